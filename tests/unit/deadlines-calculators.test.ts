// The four deadline calculators (src/lib/deadlines/calculators.ts), each with its legal source.
import { describe, expect, test } from "vitest";
import { appealDeadline, breachDeadline, calculators, limitationDeadline, paymentDeadline } from "../../src/lib/deadlines/calculators";
import { bad, ok } from "./helpers/checked";

describe("breach notification: 72 hours, GDPR Article 33(1)", () => {
  test("an ordinary week", () => {
    const r = ok(breachDeadline("2025-01-15T09:30")).result;
    expect(r.deadlines).toEqual([
      { text: "Saturday 18 January 2025 at 09:30 (UTC+01:00, winter time)", datetime: "2025-01-18T08:30:00.000Z", assuming: undefined },
    ]);
    expect(r.sources.map((s) => s.target)).toContain("gdpr:33(1)");
    expect(r.steps.join(" ")).toContain("72 hours");
  });

  test("across the change to summer time in March, the clock time moves an hour on", () => {
    const r = ok(breachDeadline("2025-03-28T10:00")).result;
    expect(r.deadlines[0].text).toBe("Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)");
    expect(r.deadlines[0].datetime).toBe("2025-03-31T09:00:00.000Z");
    expect(r.steps.join(" ")).toContain("go forward one hour");
  });

  test("across the change to winter time in October, the clock time moves an hour back", () => {
    const r = ok(breachDeadline("2025-10-24T10:00")).result;
    expect(r.deadlines[0].text).toBe("Monday 27 October 2025 at 09:00 (UTC+01:00, winter time)");
    expect(r.steps.join(" ")).toContain("go back one hour");
  });

  test("over New Year and a leap day", () => {
    expect(ok(breachDeadline("2025-12-30T23:15")).result.deadlines[0].text).toBe("Friday 2 January 2026 at 23:15 (UTC+01:00, winter time)");
    expect(ok(breachDeadline("2028-02-27T12:00")).result.deadlines[0].text).toBe("Wednesday 1 March 2028 at 12:00 (UTC+01:00, winter time)");
  });

  test("a time that happened twice gives both readings", () => {
    const r = ok(breachDeadline("2025-10-26T02:30")).result;
    expect(r.deadlines.map((d) => d.text)).toEqual([
      "Wednesday 29 October 2025 at 01:30 (UTC+01:00, winter time)",
      "Wednesday 29 October 2025 at 02:30 (UTC+01:00, winter time)",
    ]);
    expect(r.deadlines[0].assuming).toContain("first 02:30");
    expect(r.deadlines[0].assuming).toContain("UTC+02:00");
  });

  test("a time that did not exist, and missing or malformed input, get clear messages", () => {
    expect(bad(breachDeadline("2025-03-30T02:30")).message).toBe(
      "Sunday 30 March 2025 at 02:30 did not exist in Norway: the clocks were put forward an hour that night. Check the time and enter it as the clock showed it.",
    );
    expect(bad(breachDeadline("")).message).toBe("Enter the date and time you became aware of the breach.");
    expect(bad(breachDeadline("2025-04-31T10:00")).message).toContain("April 2025 has 30 days");
  });
});

describe("appeal to the Privacy Appeals Board: three weeks, forvaltningsloven § 29", () => {
  test("three weeks on the same weekday", () => {
    const r = ok(appealDeadline("2025-03-05")).result;
    expect(r.deadlines[0]).toEqual({ text: "Wednesday 26 March 2025", datetime: "2025-03-26" });
    expect(r.sources.map((s) => s.label)).toEqual(expect.arrayContaining([expect.stringContaining("§ 29"), expect.stringContaining("§ 149")]));
  });

  test("a deadline ending on a Saturday moves to Monday", () => {
    const r = ok(appealDeadline("2025-01-04")).result;
    expect(r.deadlines[0].datetime).toBe("2025-01-27");
    expect(r.steps.join(" ")).toContain("Saturday 25 January 2025 is a Saturday; Sunday 26 January 2025 is a Sunday");
  });

  test("Easter: Maundy Thursday to Easter Monday are skipped", () => {
    // Three weeks after 27 March 2025 is Thursday 17 April, Maundy Thursday.
    const r = ok(appealDeadline("2025-03-27")).result;
    expect(r.deadlines[0].datetime).toBe("2025-04-22");
    expect(r.steps.join(" ")).toContain("Easter Monday");
  });

  test("1 and 17 May count as public holidays", () => {
    expect(ok(appealDeadline("2025-04-10")).result.deadlines[0].datetime).toBe("2025-05-02");
    expect(ok(appealDeadline("2024-04-26")).result.deadlines[0].datetime).toBe("2024-05-21"); // 17 May Fri, Sat, Sun, Whit Monday 20 May
  });

  test("across a month end and into a leap day", () => {
    expect(ok(appealDeadline("2024-02-08")).result.deadlines[0].datetime).toBe("2024-02-29");
    expect(ok(appealDeadline("2025-12-10")).result.deadlines[0].datetime).toBe("2025-12-31");
  });

  test("bad input", () => {
    expect(bad(appealDeadline("2025-02-29")).message).toContain("February 2025 has 28 days");
    expect(bad(appealDeadline(null)).field).toBe("received");
  });
});

describe("paying an administrative fine: four weeks, section 27", () => {
  test("four weeks after the decision became final", () => {
    const r = ok(paymentDeadline("2025-05-05")).result;
    expect(r.deadlines[0]).toEqual({ text: "Monday 2 June 2025", datetime: "2025-06-02" });
    expect(r.sources[0].target).toBe("pda:27(1)");
  });

  test("not moved off a weekend, and the page says so", () => {
    const r = ok(paymentDeadline("2025-05-03")).result;
    expect(r.deadlines[0].datetime).toBe("2025-05-31");
    expect(r.steps.join(" ")).toContain("is a Saturday. We have not moved the deadline");
  });

  test("across February in a leap year and in an ordinary one", () => {
    expect(ok(paymentDeadline("2024-02-10")).result.deadlines[0].datetime).toBe("2024-03-09");
    expect(ok(paymentDeadline("2025-02-10")).result.deadlines[0].datetime).toBe("2025-03-10");
  });
});

describe("limitation: five years, section 28", () => {
  test("five years after the violation ceased", () => {
    const r = ok(limitationDeadline("2021-06-15")).result;
    expect(r.deadlines[0]).toEqual({ text: "Monday 15 June 2026", datetime: "2026-06-15" });
    expect(r.sources[0].target).toBe("pda:28");
  });

  test("29 February", () => {
    expect(ok(limitationDeadline("2024-02-29")).result.deadlines[0].datetime).toBe("2029-02-28");
  });

  test("an advance notice within the period interrupts it; one after it does not", () => {
    expect(ok(limitationDeadline("2020-01-10", "2024-11-01")).result.steps.join(" ")).toContain("so the period was interrupted");
    expect(ok(limitationDeadline("2020-01-10", "2025-01-11")).result.steps.join(" ")).toContain("came after the five years ran out on Friday 10 January 2025");
    expect(bad(limitationDeadline("2020-01-10", "2024-13-01")).field).toBe("notice");
  });
});

describe("the calculators read their inputs from the URL", () => {
  test.each([
    ["breach", "?aware=2025-03-28T10:00", "Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)"],
    ["appeal", "?received=2025-03-05", "Wednesday 26 March 2025"],
    ["payment", "?final=2025-05-05", "Monday 2 June 2025"],
    ["limitation", "?ceased=2021-06-15&notice=2024-01-01", "Monday 15 June 2026"],
  ] as const)("%s", (name, query, text) => {
    const r = ok(calculators[name].run(new URLSearchParams(query)));
    expect(r.result.deadlines[0].text).toBe(text);
  });
});

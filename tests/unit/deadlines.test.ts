import { describe, expect, test } from "vitest";
import { addDays, addYears, formatDay, parseDate } from "../../src/lib/deadlines/calendar";
import { appealDeadline, breachDeadline, calculators, limitationDeadline, paymentDeadline } from "../../src/lib/deadlines/calculators";
import { easterSunday, holidays, nonWorkingReason } from "../../src/lib/deadlines/holidays";
import { osloMoments, parseLocalDateTime } from "../../src/lib/deadlines/oslo-time";

const ok = <T extends { ok: boolean }>(r: T) => {
  if (!r.ok) throw new Error(`expected a result, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};
const bad = <T extends { ok: boolean }>(r: T) => {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: false }>;
};

describe("calendar dates", () => {
  test("month ends and leap years", () => {
    expect(addDays("2025-01-31", 1)).toBe("2025-02-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addYears("2024-02-29", 5)).toBe("2029-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2023-03-31", 5)).toBe("2028-03-31");
    expect(formatDay("2025-04-23")).toBe("Wednesday 23 April 2025");
  });

  test.each([
    ["", "Enter the date."],
    ["2025-02-30", "“2025-02-30” is not a date: February 2025 has 28 days."],
    ["2024-02-30", "February 2024 has 29 days"],
    ["2025-13-01", "there is no month 13"],
    ["23.04.2025", "year-month-day"],
    ["1999-12-31", "between 2000 and 2100"],
  ])("%j is refused with a clear message", (input, message) => {
    const r = bad(parseDate(input));
    expect(r.message).toContain(message);
    expect(r.message).not.toMatch(/invalid date|NaN|undefined/i);
  });
});

describe("Norwegian public holidays", () => {
  test.each([
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
  ])("Easter Sunday %i is %s", (year, date) => expect(easterSunday(year)).toBe(date));

  test("the days of helligdagsfredloven § 2 and 1 and 17 May, 2025", () => {
    expect([...holidays(2025).keys()].sort()).toEqual([
      "2025-01-01", "2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-01", "2025-05-17", "2025-05-29", "2025-06-08", "2025-06-09", "2025-12-25", "2025-12-26",
    ]);
    expect(nonWorkingReason("2025-04-21")).toBe("Easter Monday (annen påskedag)");
    expect(nonWorkingReason("2025-04-26")).toBe("a Saturday");
    expect(nonWorkingReason("2025-12-24")).toBeUndefined(); // Christmas Eve is not a public holiday
  });

  test("17 May that is also Ascension Day or Whit Monday keeps both names", () => {
    expect(holidays(2012).get("2012-05-17")).toBe("Ascension Day (Kristi himmelfartsdag) and 17 May, Constitution Day (offentlig høytidsdag)");
    expect(holidays(2027).get("2027-05-17")).toBe("Whit Monday (annen pinsedag) and 17 May, Constitution Day (offentlig høytidsdag)");
  });
});

describe("Norwegian clock times", () => {
  test("an ordinary time is one moment", () => {
    const [m] = osloMoments(ok(parseLocalDateTime("2025-01-15T09:30")).value);
    expect(m.toISOString()).toBe("2025-01-15T08:30:00.000Z");
  });
  test("the hour skipped in March is no moment; the hour repeated in October is two", () => {
    expect(osloMoments(ok(parseLocalDateTime("2025-03-30T02:30")).value)).toEqual([]);
    expect(osloMoments(ok(parseLocalDateTime("2025-10-26T02:30")).value).map((d) => d.toISOString())).toEqual(["2025-10-26T00:30:00.000Z", "2025-10-26T01:30:00.000Z"]);
  });
  test.each([
    ["2025-03-28T25:00", "hours 00–23"],
    ["2025-02-29T10:00", "February 2025 has 28 days"],
    ["yesterday", "for example 2025-03-28T10:00"],
  ])("%j is refused", (input, message) => expect(bad(parseLocalDateTime(input)).message).toContain(message));
});

describe("breach notification: 72 hours, GDPR Article 33(1)", () => {
  test("an ordinary week", () => {
    const r = ok(breachDeadline("2025-01-15T09:30")).result;
    expect(r.deadlines).toEqual([{ text: "Saturday 18 January 2025 at 09:30 (UTC+01:00, winter time)", datetime: "2025-01-18T08:30:00.000Z", assuming: undefined }]);
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
    expect(r.deadlines.map((d) => d.text)).toEqual(["Wednesday 29 October 2025 at 01:30 (UTC+01:00, winter time)", "Wednesday 29 October 2025 at 02:30 (UTC+01:00, winter time)"]);
    expect(r.deadlines[0].assuming).toContain("first 02:30");
    expect(r.deadlines[0].assuming).toContain("UTC+02:00");
  });

  test("a time that did not exist, and missing or malformed input, get clear messages", () => {
    expect(bad(breachDeadline("2025-03-30T02:30")).message).toBe("Sunday 30 March 2025 at 02:30 did not exist in Norway: the clocks were put forward an hour that night. Check the time and enter it as the clock showed it.");
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

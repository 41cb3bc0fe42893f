// The holiday calendar of lib/deadlines/holidays.ts: known days, and an independent oracle, the
// date-holidays package (a devDependency; the site keeps its own few lines, which cite the
// statutes and ship to the browser): the same public holidays in Norway for every year the
// calculators accept.
import Holidays from "date-holidays";
import { describe, expect, test } from "vitest";
import { YEARS } from "../../src/lib/deadlines/calendar";
import { easterSunday, holidays, nonWorkingReason } from "../../src/lib/deadlines/holidays";

// Only the public holidays: asking for observances too makes the oracle seven times slower.
const oracle = new Holidays("NO", { types: ["public"] });
const years = Array.from({ length: YEARS.to - YEARS.from + 1 }, (_, i) => YEARS.from + i);
const theirs = new Map(years.map((year) => [year, oracle.getHolidays(year)]));

describe(`Norwegian public holidays ${YEARS.from}–${YEARS.to}, against date-holidays`, () => {
  test("the range is the calculators' range, and the oracle knows Norway's days", () => {
    expect(years).toHaveLength(101);
    expect(theirs.get(2025)!.map((h) => h.name)).toEqual(expect.arrayContaining(["Grunnlovsdagen", "Første påskedag", "Andre juledag"]));
  });

  test.each(years)("%i: the same days and the same Easter Sunday", (year) => {
    const days = theirs.get(year)!;
    expect([...holidays(year).keys()].sort()).toEqual([...new Set(days.map((h) => h.date.slice(0, 10)))].sort());
    expect(easterSunday(year)).toBe(days.find((h) => h.name === "Første påskedag")?.date.slice(0, 10));
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
      "2025-01-01",
      "2025-04-17",
      "2025-04-18",
      "2025-04-20",
      "2025-04-21",
      "2025-05-01",
      "2025-05-17",
      "2025-05-29",
      "2025-06-08",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
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

// The holiday calendar of lib/deadlines/holidays.ts against an independent oracle, the
// date-holidays package (a devDependency; the site keeps its own few lines, which cite the
// statutes and ship to the browser): the same public holidays in Norway for every year the
// calculators accept.
import Holidays from "date-holidays";
import { describe, expect, test } from "vitest";
import { YEARS } from "../../src/lib/deadlines/calendar";
import { easterSunday, holidays } from "../../src/lib/deadlines/holidays";

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

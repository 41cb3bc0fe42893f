// Dates of decisions known to the day, the month or only the year (src/lib/decisions/dates.ts);
// the short form of the lists is tested with the lead text (decisions-text.test.ts).
import { expect, test } from "vitest";
import { dateYear, formatPartialDate, isFullDate } from "../../src/lib/decisions/dates";

test("only a date with its day is a full date; the year is read from any of the three forms", () => {
  expect(isFullDate("2021-12-13")).toBe(true);
  expect(isFullDate("2021-12")).toBe(false);
  expect(isFullDate("2022")).toBe(false);
  expect(["2021-12-13", "2021-12", "2021"].map(dateYear)).toEqual([2021, 2021, 2021]);
});

test("printed no more precisely than known", () => {
  expect(formatPartialDate("2021-12-13")).toBe("13 December 2021");
  expect(formatPartialDate("2021-02")).toBe("February 2021");
  expect(formatPartialDate("2022")).toBe("2022");
});

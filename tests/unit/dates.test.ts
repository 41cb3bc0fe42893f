import { expect, test } from "vitest";
import { formatDate } from "../../src/lib/dates";

test("a calendar date in English and Norwegian, the same day in every time zone", () => {
  expect(formatDate("2018-07-20")).toBe("20 July 2018");
  expect(formatDate("2018-07-20", "nb")).toBe("20. juli 2018");
  expect(formatDate("2024-12-31")).toBe("31 December 2024");
  expect(formatDate("2024-01-01", "nb")).toBe("1. januar 2024");
});

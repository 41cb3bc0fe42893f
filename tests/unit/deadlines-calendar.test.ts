// Calendar dates (src/lib/deadlines/calendar.ts): arithmetic on YYYY-MM-DD and messages for bad input.
import { describe, expect, test } from "vitest";
import { addDays, addYears, formatDay, parseDate } from "../../src/lib/deadlines/calendar";
import { bad } from "./helpers/checked";

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

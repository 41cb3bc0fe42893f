// Norwegian clock times (src/lib/deadlines/oslo-time.ts): the moments a clock time in Norway stands for.
import { describe, expect, test } from "vitest";
import { osloMoments, parseLocalDateTime } from "../../src/lib/deadlines/oslo-time";
import { bad, ok } from "./helpers/checked";

describe("Norwegian clock times", () => {
  test("an ordinary time is one moment", () => {
    const [m] = osloMoments(ok(parseLocalDateTime("2025-01-15T09:30")).value);
    expect(m.toISOString()).toBe("2025-01-15T08:30:00.000Z");
  });
  test("the hour skipped in March is no moment; the hour repeated in October is two", () => {
    expect(osloMoments(ok(parseLocalDateTime("2025-03-30T02:30")).value)).toEqual([]);
    expect(osloMoments(ok(parseLocalDateTime("2025-10-26T02:30")).value).map((d) => d.toISOString())).toEqual([
      "2025-10-26T00:30:00.000Z",
      "2025-10-26T01:30:00.000Z",
    ]);
  });
  test.each([
    ["2025-03-28T25:00", "hours 00–23"],
    ["2025-02-29T10:00", "February 2025 has 28 days"],
    ["yesterday", "for example 2025-03-28T10:00"],
  ])("%j is refused", (input, message) => expect(bad(parseLocalDateTime(input)).message).toContain(message));
});

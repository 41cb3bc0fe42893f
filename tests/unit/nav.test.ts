import { expect, test } from "vitest";
import { nav } from "../../src/lib/nav";

test("every item leads into the part of the site it marks as current", () => {
  for (const item of nav)
    expect(
      item.prefixes.some((p) => item.path.startsWith(p)),
      item.path,
    ).toBe(true);
});

test("no two items claim the same part of the site", () => {
  const prefixes = nav.flatMap((item) => item.prefixes);
  expect(new Set(prefixes).size).toBe(prefixes.length);
  for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(a.startsWith(b), `${a} inside ${b}`).toBe(false);
});

// What was breached (lib/decisions/breaches.ts): the kinds of breach a set of GDPR articles shows.
import { describe, expect, test } from "vitest";
import { BREACH_TYPES, breachTypeKeys, breachTypes } from "../../src/lib/decisions/breaches";

describe("what was breached", () => {
  test("articles map to kinds of breach; definitions, powers and fines map to none", () => {
    expect(breachTypes([5, 6, 9, 83, 58, 4])).toEqual(["principles", "legal-basis"]);
    expect(breachTypes([32, 33, 34, 35])).toEqual(["security", "breach-notification", "dpia"]);
    expect(breachTypes([13, 15, 37, 44])).toEqual(["information", "rights", "dpo", "transfers"]);
    const all = Object.values(BREACH_TYPES).flatMap((t) => t.articles as readonly number[]);
    expect(new Set(all).size).toBe(all.length);
  });

  test("each kind once, in the order of the list, whatever the order and repetition of the articles", () => {
    expect(breachTypes([34, 5, 33, 5, 6])).toEqual(["principles", "legal-basis", "breach-notification"]);
    expect(breachTypes([])).toEqual([]);
    expect(breachTypes([1, 4, 58, 83, 99, 100])).toEqual([]);
    expect(breachTypeKeys).toEqual(Object.keys(BREACH_TYPES));
  });
});

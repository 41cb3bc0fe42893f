// The ordinal and numeral tables of citations (src/lib/refs/recognise/ordinals.ts).
import { describe, expect, test } from "vitest";
import { ordinal, ROMAN } from "../../src/lib/refs/recognise/ordinals";

describe("ordinals", () => {
  test.each([
    ["first", 1],
    ["Second", 2],
    ["tenth", 10],
    ["første", 1],
    ["annet", 2],
    ["andre", 2],
    ["sjuende", 7],
    ["syvende", 7],
    ["Tiende", 10],
  ])("%s is %i", (word, n) => expect(ordinal(word)).toBe(n));

  test("a word that is no ordinal is 0", () => expect(ordinal("eleventh")).toBe(0));
});

describe("Roman numerals", () => {
  test("chapter numbers I to XI, in order", () => {
    expect(ROMAN.indexOf("IV") + 1).toBe(4);
    expect(ROMAN.at(-1)).toBe("XI");
  });
});

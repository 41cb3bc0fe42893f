// Recitals of the GDPR cited in running text (lib/refs/recognise/recitals.ts), in English and Norwegian.
import { describe, expect, test } from "vitest";
import { GDPR_RECITALS, recogniseRecitals } from "../../src/lib/refs/recognise/recitals";

const words = (text: string) => recogniseRecitals(text).map((r) => [text.slice(r.start, r.end), r.recital, r.paragraph]);

describe("recitals in running text", () => {
  test("English and Norwegian forms, lists and paragraphs", () => {
    expect(words("As recital 71 explains, profiling")).toEqual([["recital 71", 71, undefined]]);
    expect(words("see rec. 26 on anonymous data")).toEqual([["rec. 26", 26, undefined]]);
    expect(words("Recitals 26 and 30 of the GDPR")).toEqual([
      ["Recitals 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("recitals 39, 40 and 42")).toEqual([
      ["recitals 39", 39, undefined],
      ["40", 40, undefined],
      ["42", 42, undefined],
    ]);
    expect(words("jf. betraktning 26 og fortalepunkt 47")).toEqual([
      ["betraktning 26", 26, undefined],
      ["fortalepunkt 47", 47, undefined],
    ]);
    expect(words("betraktningene 26 og 30")).toEqual([
      ["betraktningene 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("GDPR recital 47 allows")).toEqual([["GDPR recital 47", 47, undefined]]);
    expect(words("se fortalens punkt 71 og personvernforordningens fortale pkt. 47")).toEqual([
      ["fortalens punkt 71", 71, undefined],
      ["personvernforordningens fortale pkt. 47", 47, undefined],
    ]);
    expect(words("Fortalen punkt 26 og 30")).toEqual([
      ["Fortalen punkt 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("recital 71(2) on fairness")).toEqual([["recital 71(2)", 71, 2]]);
  });

  test("recitals of other texts and numbers the GDPR lacks stay plain", () => {
    expect(words("recital 12 of Directive (EU) 2016/680")).toEqual([]);
    expect(words("recital 40 of the ePrivacy Directive")).toEqual([]);
    expect(words("betraktning 4 i direktivet")).toEqual([]);
    expect(words("recital 200")).toEqual([]);
    expect(words("the recitals of the Regulation")).toEqual([]);
    expect(words("recital 26 of the GDPR")).toEqual([["recital 26", 26, undefined]]);
  });

  test("the first and last recitals are found; 0 and 174 are not; a range names its two ends", () => {
    expect(GDPR_RECITALS).toBe(173);
    expect(words("recital 1 and recital 173")).toEqual([
      ["recital 1", 1, undefined],
      ["recital 173", 173, undefined],
    ]);
    expect(words("recital 0")).toEqual([]);
    expect(words("recital 174")).toEqual([]);
    // A number the GDPR lacks drops out of a list; the others stay.
    expect(words("recitals 172, 174 and 173")).toEqual([
      ["recitals 172", 172, undefined],
      ["173", 173, undefined],
    ]);
    expect(words("recitals 26 to 30")).toEqual([
      ["recitals 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("recitals 26–30")).toEqual([
      ["recitals 26", 26, undefined],
      ["30", 30, undefined],
    ]);
  });

  test("a number that goes on (a year, a decimal, a letter, a longer number) is not a recital", () => {
    expect(words("recital 26/2016")).toEqual([]);
    expect(words("recital 26.5")).toEqual([]);
    expect(words("recital 26a")).toEqual([]);
    expect(words("recital 1234")).toEqual([]);
    // Inside a word the keyword is not a keyword.
    expect(words("prerecital 26")).toEqual([]);
  });

  test("the same text gives the same recitals each time, and several chains each their own", () => {
    const text = "recital 71 explains it; see also betraktning 26 og 30.";
    const once = recogniseRecitals(text);
    expect(recogniseRecitals(text)).toEqual(once);
    expect(once.map((r) => r.recital)).toEqual([71, 26, 30]);
    expect(recogniseRecitals("")).toEqual([]);
  });
});

import { describe, expect, test } from "vitest";
import { sentenceAround } from "../../src/lib/refs/sentence";

const around = (text: string, words: string, max?: number) => {
  const start = text.indexOf(words);
  const e = sentenceAround(text, start, start + words.length, max);
  return { text: e.text, marked: e.text.slice(e.start, e.end) };
};

describe("the sentence around a reference", () => {
  test("is the sentence that holds it, whatever the abbreviations", () => {
    const text = "First sentence. Fines are set under Article 83, cf. Article 83 (7) and Articles 33 no. 2 and 40. Last one.";
    expect(around(text, "Article 83 (7)")).toEqual({
      text: "Fines are set under Article 83, cf. Article 83 (7) and Articles 33 no. 2 and 40.",
      marked: "Article 83 (7)",
    });
  });

  test("Norwegian abbreviations and item letters do not end it", () => {
    const text = "Jf. EØS-loven § 2. Reglene i § 9 annet ledd gjelder, jf. første ledd bokstav a. og b. her.";
    expect(around(text, "§ 9 annet ledd").text).toBe("Reglene i § 9 annet ledd gjelder, jf. første ledd bokstav a. og b. her.");
  });

  test("a long sentence is shortened around the reference, and says so", () => {
    const text = `${"word ".repeat(80)}section 9 second subsection ${"more ".repeat(80)}end.`;
    const e = around(text, "section 9 second subsection", 120);
    expect(e.marked).toBe("section 9 second subsection");
    expect(e.text.startsWith("… ")).toBe(true);
    expect(e.text.endsWith(" …")).toBe(true);
    expect(e.text.length).toBeLessThanOrEqual(125);
  });
});

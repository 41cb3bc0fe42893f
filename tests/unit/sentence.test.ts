import { describe, expect, test } from "vitest";
import { plainExcerpt, sentenceAround } from "../../src/lib/refs/sentence";

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

describe("an excerpt of Markdown source", () => {
  const plain = (text: string, words: string) => {
    const start = text.indexOf(words);
    const e = plainExcerpt(sentenceAround(text, start, start + words.length));
    return { text: e.text, marked: e.text.slice(e.start, e.end) };
  };

  test("reads as the page shows it: a target link is its words, and the reference stays marked", () => {
    const text = "Through its **[§ 2](kameraovervakingsforskriften:2)**, chapter 9 applies ([§ 9-1](arbeidsmiljoloven:9-1)), and `x` *too*.";
    expect(plain(text, "[§ 9-1](arbeidsmiljoloven:9-1)")).toEqual({ text: "Through its § 2, chapter 9 applies (§ 9-1), and x too.", marked: "§ 9-1" });
    expect(plain(text, "[§ 2](kameraovervakingsforskriften:2)").marked).toBe("§ 2");
  });

  test("a reference recognised in plain words after a link keeps its place", () => {
    const text = "See [the guide](guide:cameras) and section 9 second subsection of the Act.";
    expect(plain(text, "section 9 second subsection")).toEqual({
      text: "See the guide and section 9 second subsection of the Act.",
      marked: "section 9 second subsection",
    });
  });

  test("text without markup is unchanged", () => {
    expect(plain("Under Article 6 (1) (f) only.", "Article 6 (1) (f)")).toEqual({ text: "Under Article 6 (1) (f) only.", marked: "Article 6 (1) (f)" });
  });
});

// The words marked in a result's excerpt and the window of text shown (src/lib/search/excerpt.ts).
import { describe, expect, test } from "vitest";
import { excerpt, isMatch, markTerms, type Segment } from "../../src/lib/search/excerpt";

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const text = (segments: Segment[]) => segments.map((s) => s.text).join("");

describe("markTerms", () => {
  test("content words of every alternative, each once, without stopwords or two-letter words", () => {
    expect(markTerms(["Can I record a conversation", "record conversations", "ip address"])).toEqual(["record", "conversation", "conversations", "address"]);
  });

  test("numbers are kept whatever their length", () => {
    expect(markTerms(["section 9", "§ 12"])).toEqual(["section", "9", "12"]);
  });
});

describe("isMatch", () => {
  test("a term, its inflections and its spelling without æøå", () => {
    const terms = ["fødselsnummer", "consent"];
    for (const w of ["fødselsnummer", "fodselsnummeret", "Consent", "consents", "consented"]) expect(isMatch(w, terms), w).toBe(true);
  });

  test("not a longer word that merely starts with the term, nor a short term inside a word", () => {
    expect(isMatch("consentrating", ["consent"])).toBe(false);
    expect(isMatch("been", ["be"])).toBe(false);
    expect(isMatch("data", ["dat"])).toBe(false);
  });

  test("a shorter form of a term matches when it is close", () => {
    expect(isMatch("camera", ["cameras"])).toBe(true);
    expect(isMatch("came", ["cameras"])).toBe(false);
  });
});

describe("excerpt", () => {
  const filler = (n: number, word = "lorem") => Array.from({ length: n }, () => word).join(" ");

  test("the window with the most distinct terms, with ellipses where text is left out", () => {
    const content = `${filler(40)} camera here ${filler(10)} camera and deletion of recordings ${filler(40)}`;
    const segments = excerpt(content, ["camera", "deletion", "recording"], 12);
    expect(marked(segments)).toEqual(["camera", "deletion", "recordings"]);
    expect(text(segments).startsWith("… ")).toBe(true);
    expect(text(segments).endsWith(" …")).toBe(true);
  });

  test("punctuation around a marked word stays outside the mark", () => {
    const segments = excerpt("Under «consent», the data subject agrees.", ["consent"]);
    expect(segments).toEqual([{ text: "Under «" }, { text: "consent", mark: true }, { text: "», the data subject agrees." }]);
  });

  test("a short text is shown whole, without ellipses, even with no term in it", () => {
    expect(excerpt("Nothing to mark here.", ["camera"])).toEqual([{ text: "Nothing to mark here." }]);
  });
});

describe("excerpts and marks", () => {
  test("whole words and inflections are marked, never stopwords or pieces of words", () => {
    const terms = markTerms(["to be", "consent", "samtale"]);
    expect(terms).toEqual(["consent", "samtale"]);
    expect(isMatch("consents", terms)).toBe(true);
    expect(isMatch("samtalen", terms)).toBe(true);
    expect(isMatch("con", terms)).toBe(false);
    const segments = excerpt("It has been said. The data subject gave consent, and consents were recorded.", terms, 8);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["consent", "consents"]);
    expect(segments.map((s) => s.text).join("")).toContain("gave consent, and");
  });
});

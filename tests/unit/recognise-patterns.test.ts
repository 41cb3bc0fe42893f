// The words and shapes the reference scanner tries at a position (src/lib/refs/recognise/patterns.ts).
import { describe, expect, test } from "vitest";
import { at, KEYWORD, RE } from "../../src/lib/refs/recognise/patterns";

const keywords = (text: string) => [...text.matchAll(KEYWORD)].map((m) => m[0]);
const matchAt = (re: RegExp, text: string, pos = 0) => at(re, text, pos)?.[0] ?? null;

describe("where a parse may start", () => {
  test("keywords in English and Norwegian, standing alone", () => {
    expect(keywords("See sections 6 and 7, Article 9, kapittel 2, første ledd and the second subsection.")).toEqual([
      "sections",
      "Article",
      "kapittel",
      "første",
      "second",
    ]);
  });

  test("a word that only contains a keyword does not start one", () => {
    expect(keywords("subsections, Articled, sectional, kapitlet, førstegangs")).toEqual([]);
  });

  test("§ starts a parse only before a number, touching it or not", () => {
    expect(keywords("§12, §§ 6 og 7, § a, §")).toEqual(["§", "§§"]);
  });
});

describe("sticky patterns match exactly where they are tried", () => {
  test("only at the position given, not further on", () => {
    expect(matchAt(RE.number, "section 12", 8)).toBe("12");
    expect(matchAt(RE.number, "section 12", 7)).toBeNull();
  });

  test("a plain number is not the start of a date, a decimal or a chapter number", () => {
    expect(matchAt(RE.number, "12 a")).toBe("12");
    for (const text of ["9-1", "12.5", "2016/679", "1234"]) expect(matchAt(RE.number, text), text).toBeNull();
  });

  test("a section numbered within its chapter gives both numbers", () => {
    expect(at(RE.chapterNumber, "9-1 første ledd", 0)?.slice(1, 3)).toEqual(["9", "1"]);
    expect(at(RE.chapterNumber, "3‑15", 0)?.slice(1, 3)).toEqual(["3", "15"]);
  });

  test("roman chapter numbers take the longest numeral", () => {
    expect(matchAt(RE.roman, "VIII of the GDPR")).toBe("VIII");
    expect(matchAt(RE.roman, "XI")).toBe("XI");
    expect(matchAt(RE.roman, "IVa")).toBeNull();
  });

  test("list and range separators in both languages", () => {
    for (const sep of [", ", " and ", " or ", ", and ", " og ", " eller "]) expect(matchAt(RE.listSep, sep), sep).toBe(sep);
    for (const sep of [" to ", " til ", "–", " — "]) expect(matchAt(RE.rangeSep, sep), sep).toBe(sep);
  });

  test("a chain goes on only when the next words start another reference", () => {
    expect(matchAt(RE.join, " and Article 38 (3)")).toBe(" and ");
    expect(matchAt(RE.join, " samt §§ 6, 7 og 9")).toBe(" samt ");
    expect(matchAt(RE.join, " and the controller")).toBeNull();
    expect(matchAt(RE.join, " and sectional")).toBeNull();
  });

  test("sentence qualifiers between a place and the name of its instrument", () => {
    for (const q of [" first sentence", " second and third sentences", " annet punktum", " ff.", " flg."]) expect(matchAt(RE.sentences, q), q).toBe(q);
    expect(matchAt(RE.sentences, " first subsection")).toBeNull();
  });

  test("what may follow a spaced section letter, as against the English article", () => {
    expect(matchAt(RE.afterLetter, " of this Act")).not.toBeNull();
    expect(matchAt(RE.afterLetter, ".")).not.toBeNull();
    expect(matchAt(RE.afterLetter, " controller")).toBeNull();
  });
});

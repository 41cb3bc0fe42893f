// The recogniser (lib/refs/recognise.ts) on its own, without the registry: what a bare number cites in
// each context, chains and ranges, names before and after a chain, chapters, recitals merged in text
// order, and the readings `exists` settles. The real phrases of the Act and other texts are the tables
// of references-phrases.test.ts and references-statutes.test.ts.
import { describe, expect, test } from "vitest";
import { type Ref, type RefContext, recognise, romanNumeral } from "../../src/lib/refs/recognise";
import { refName } from "../../src/lib/refs/resolve";
import { formatTarget } from "../../src/lib/refs/targets";

/** The words of each link and what it cites. */
const links = (text: string, context?: RefContext) => recognise(text, context).map((f) => [text.slice(f.start, f.end), refName(f.ref)]);

describe("what a bare reference cites", () => {
  test("the Personal Data Act by default, the instrument the context names, nothing in the GDPR's own text", () => {
    expect(links("see section 12")).toEqual([["section 12", "pda:12"]]);
    expect(links("see § 12", { statute: "penal" })).toEqual([["§ 12", "penal:12"]]);
    expect(links("see section 12", { statute: null })).toEqual([]);
  });

  test("in a section's text, its subsections and letters; in an article's, its paragraphs", () => {
    expect(links("the first subsection (c)", { section: "16" })).toEqual([["first subsection (c)", "pda:16(1)(c)"]]);
    expect(links("referred to in paragraph 2", { statute: null, article: 6 })).toEqual([["paragraph 2", "gdpr:6(2)"]]);
  });
});

describe("chains, names and ranges", () => {
  test("a name before or after a chain says whose sections they are; an instrument the site lacks keeps the chain plain", () => {
    expect(links("straffeloven § 205 og § 267")).toEqual([
      ["§ 205", "penal:205"],
      ["§ 267", "penal:267"],
    ]);
    expect(links("section 2 of the EEA Act")).toEqual([]);
    expect(links("Article 8 ECHR")).toEqual([]);
  });

  test("a range names where it began", () => {
    const found = recognise("sections 27 to 29 of this Act");
    expect(found.map((f) => [refName(f.ref), f.rangeFrom && refName(f.rangeFrom)])).toEqual([
      ["pda:27", undefined],
      ["pda:29", "pda:27"],
    ]);
  });

  test("chapters of the GDPR in roman numerals and of the Act in arabic ones", () => {
    const chapters = (text: string) => recognise(text).map((f) => f.ref);
    expect(chapters("Chapter VI of the GDPR")).toEqual([{ kind: "chapter", of: "gdpr", chapter: 6 }]);
    expect(chapters("chapter 6 of this Act")).toEqual([{ kind: "chapter", of: "pda", chapter: 6 }]);
    expect(romanNumeral(7)).toBe("VII");
    expect(romanNumeral(11)).toBe("XI");
  });
});

describe("recitals beside the other references", () => {
  test("the main recogniser adds them, in text order, beside articles and sections", () => {
    const text = "Article 22 and recital 71 apply, as does section 12 of this Act.";
    expect(recognise(text).map((f) => [text.slice(f.start, f.end), formatTarget(f.ref as never)])).toEqual([
      ["Article 22", "gdpr:22"],
      ["recital 71", "gdpr-recital:71"],
      ["section 12", "pda:12"],
    ]);
  });

  test("recitals alone, first, or last; and the same text gives the same links each time", () => {
    expect(links("recitals 26 and 30")).toEqual([
      ["recitals 26", "gdpr-recital:26"],
      ["30", "gdpr-recital:30"],
    ]);
    const text = "recital 47 and Article 6(1)(f)";
    expect(links(text)).toEqual([
      ["recital 47", "gdpr-recital:47"],
      ["Article 6(1)(f)", "gdpr:6(1)(f)"],
    ]);
    expect(links(text)).toEqual(links(text));
    expect(recognise("")).toEqual([]);
  });
});

describe("readings the words leave open", () => {
  test("«section 12 a controller»: the letter is a section's only where that section exists", () => {
    const exists = (held: string[]) => (ref: Ref) => ref.kind !== "pda" || held.includes(ref.section);
    expect(links("under section 12 a controller must", { exists: exists(["12"]) })).toEqual([["section 12", "pda:12"]]);
    expect(links("under section 12 a", { exists: exists(["12", "12a"]) })).toEqual([["section 12 a", "pda:12a"]]);
  });
});

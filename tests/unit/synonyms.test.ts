import { describe, expect, test } from "vitest";
import { groupsFromGlossary, knowledgeFor, parseEveryday } from "../../src/lib/search/synonyms";

const glossary = [
  { slug: "fodselsnummer", term: "fødselsnummer", variants: ["fnr."], english: ["national identity number", "national ID number"] },
  { slug: "datatilsynet", term: "Datatilsynet", english: ["Norwegian Data Protection Authority"] },
  { slug: "ledd", term: "ledd", english: [] },
];

describe("synonyms and the everyday list", () => {
  test("glossary groups: the Norwegian term, its variants and its English names; a term without equivalents makes none", () => {
    expect(groupsFromGlossary(glossary)).toEqual([
      ["fødselsnummer", "fnr.", "national identity number", "national ID number"],
      ["Datatilsynet", "Norwegian Data Protection Authority"],
    ]);
  });
  test("the everyday list is read, and a bad entry names the file, entry and field", () => {
    expect(parseEveryday([{ words: ["film"], terms: ["camera surveillance"] }], "e.yaml")).toEqual([{ words: ["film"], terms: ["camera surveillance"] }]);
    expect(() => parseEveryday([{ words: ["film"], terms: [] }], "e.yaml")).toThrow('e.yaml: entry 1: "terms" must be a non-empty list');
    expect(() => parseEveryday([{ words: ["film"], terms: ["x"], note: 1 }], "e.yaml")).toThrow('entry 1: unknown field "note"');
    expect(() => parseEveryday({}, "e.yaml")).toThrow("e.yaml: expected a list");
  });
  test("only names whose every word a page uses are kept, so none is matched as a prefix", () => {
    const used = new Set(["fødselsnummer", "national", "identity", "number", "datatilsynet", "camera", "surveillance"]);
    const k = knowledgeFor(
      glossary,
      [
        { words: ["film"], terms: ["camera surveillance", "kameraovervåking"] },
        { words: ["x"], terms: ["nothing here"] },
      ],
      (w) => used.has(w),
    );
    expect(k.synonyms).toEqual([["fødselsnummer", "national identity number"]]);
    expect(k.everyday).toEqual([{ words: ["film"], terms: ["camera surveillance"] }]);
    expect(k.terms.map((t) => t.slug)).toEqual(["fodselsnummer", "datatilsynet", "ledd"]);
  });
});

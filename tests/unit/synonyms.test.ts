import { describe, expect, test } from "vitest";
import { rarity } from "../../src/lib/search/merge";
import { groupsFromGlossary, knowledgeFor, parseEveryday, phraseRarity, raritiesOf } from "../../src/lib/search/synonyms";

const glossary = [
  {
    slug: "fodselsnummer",
    term: "fødselsnummer",
    variants: ["fnr."],
    english: ["national identity number", "national ID number"],
    see: ["pda:12", "guide:national-identity-numbers", "decision:x"],
  },
  { slug: "datatilsynet", term: "Datatilsynet", english: ["Norwegian Data Protection Authority"] },
  { slug: "ledd", term: "ledd", english: [] },
  { slug: "brudd", term: "brudd på personopplysningssikkerheten", english: ["personal data breach", "a breach"] },
];
const pagesOf = (target: string) =>
  target === "pda:12" ? ["/personal-data-act/12/", "/personopplysningsloven/12/"] : target.startsWith("guide:") ? [`/guides/${target.slice(6)}/`] : [];

describe("synonyms and the everyday list", () => {
  test("glossary groups: the Norwegian term, its variants and its English names, with the pages of its see list; a term without equivalents makes none", () => {
    expect(groupsFromGlossary(glossary, pagesOf).slice(0, 2)).toEqual([
      {
        names: ["fødselsnummer", "fnr.", "national identity number", "national ID number"],
        pages: [["/personal-data-act/12/", "/personopplysningsloven/12/"], ["/guides/national-identity-numbers/"]],
      },
      { names: ["Datatilsynet", "Norwegian Data Protection Authority"], pages: [] },
    ]);
    expect(groupsFromGlossary(glossary).map((g) => g.names[0])).toEqual(["fødselsnummer", "Datatilsynet", "brudd på personopplysningssikkerheten"]);
  });
  test("the everyday list is read, and a bad entry names the file, entry and field", () => {
    expect(parseEveryday([{ words: ["film"], terms: ["camera surveillance"] }], "e.yaml")).toEqual([{ words: ["film"], terms: ["camera surveillance"] }]);
    expect(() => parseEveryday([{ words: ["film"], terms: [] }], "e.yaml")).toThrow('e.yaml: entry 1: "terms" must be a non-empty list');
    expect(() => parseEveryday([{ words: ["film"], terms: ["x"], note: 1 }], "e.yaml")).toThrow('entry 1: unknown field "note"');
    expect(() => parseEveryday({}, "e.yaml")).toThrow("e.yaml: expected a list");
  });
  test("an everyday entry may name the pages that answer it, site paths resolved to the index's ids; a path no page has fails the build", () => {
    const entry = { words: ["biggest fine"], terms: ["largest"], pages: ["/fines/"] };
    expect(parseEveryday([entry], "e.yaml")).toEqual([entry]);
    expect(() => parseEveryday([{ ...entry, pages: ["fines"] }], "e.yaml")).toThrow(
      'e.yaml: entry 1: "pages" must be a non-empty list of site paths such as "/fines/", got ["fines"]',
    );
    const ids = (path: string) => (path === "/fines/" ? ["fines-id"] : []);
    expect(knowledgeFor([], [entry], new Map([["largest", 1]]), 10, ids).everyday[0].pages).toEqual(["fines-id"]);
    expect(() => knowledgeFor([], [{ ...entry, pages: ["/fine/"] }], new Map([["largest", 1]]), 10, ids)).toThrow(
      'content/search/everyday.yaml: entry 1: "pages": no page of the search index at "/fine/"',
    );
  });
  test("only names whose every content word a page uses are kept, so none is matched as a prefix; stopwords such as 'a' need not be on a page", () => {
    const used = new Map(
      [
        "fødselsnummer",
        "national",
        "identity",
        "number",
        "datatilsynet",
        "camera",
        "surveillance",
        "brudd",
        "på",
        "personopplysningssikkerheten",
        "breach",
      ].map((w) => [w, 3]),
    );
    const k = knowledgeFor(
      glossary,
      [
        { words: ["film"], terms: ["camera surveillance", "kameraovervåking"] },
        { words: ["x"], terms: ["nothing here"] },
      ],
      used,
      100,
      pagesOf,
    );
    expect(k.synonyms.map((g) => g.names)).toEqual([
      ["fødselsnummer", "national identity number"],
      ["Datatilsynet"],
      ["brudd på personopplysningssikkerheten", "a breach"],
    ]);
    expect(k.synonyms[0].pages).toHaveLength(2);
    // A name no page uses is kept apart: recognised in a query, leading to the names the pages use, never searched.
    expect(k.synonyms[0].unused).toEqual(["fnr.", "national ID number"]);
    expect(k.synonyms[1].unused).toEqual(["Norwegian Data Protection Authority"]);
    expect(k.everyday).toEqual([{ words: ["film"], terms: ["camera surveillance"], rarity: [expect.any(Number)] }]);
    expect(k.terms.map((t) => t.slug)).toEqual(["fodselsnummer", "datatilsynet", "ledd", "brudd"]);
  });
  test("each kept name and term has its rarity: the sum of its content words', rarer words weighing more", () => {
    const used = new Map([
      ["camera", 50],
      ["surveillance", 10],
      ["fødselsnummer", 5],
      ["national", 80],
      ["identity", 20],
      ["number", 90],
    ]);
    const k = knowledgeFor(glossary, [{ words: ["film"], terms: ["camera surveillance"] }], used, 100);
    const rarities = raritiesOf(k);
    expect(rarities.get("camera surveillance")).toBeCloseTo(rarity(50, 100) + rarity(10, 100), 2);
    expect(rarities.get("fødselsnummer")).toBeGreaterThan(rarities.get("camera surveillance")! / 2);
    expect(k.synonyms[0].rarity).toHaveLength(k.synonyms[0].names.length);
    expect(phraseRarity("the camera", used, 100)).toBeCloseTo(rarity(50, 100));
    expect(phraseRarity("to be", used, 100)).toBe(0);
  });
});

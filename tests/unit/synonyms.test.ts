import { describe, expect, test } from "vitest";
import { groupsFromGlossary, queryVariants } from "../../src/lib/search/synonyms";

const groups = groupsFromGlossary([
  { term: "fødselsnummer", variants: ["fnr."], english: ["national identity number", "national ID number"] },
  { term: "Datatilsynet", english: ["Norwegian Data Protection Authority"] },
  { term: "overtredelsesgebyr", english: ["administrative fine", "violation penalty"] },
  { term: "ledd", english: [] },
]);

describe("synonym queries", () => {
  test("Norwegian to English and back", () => {
    expect(queryVariants("fødselsnummer", groups)).toEqual(["fødselsnummer", "fnr.", "national identity number", "national ID number"]);
    expect(queryVariants("National Identity Number", groups)).toEqual(["National Identity Number", "fødselsnummer", "fnr.", "national ID number"]);
  });
  test("inside a longer query, and whole words only", () => {
    expect(queryVariants("Datatilsynet fines", groups)).toContain("Norwegian Data Protection Authority fines");
    expect(queryVariants("overtredelsesgebyret", groups)).toEqual(["overtredelsesgebyret"]);
  });
  test("a term without equivalents makes no group; a plain query has no variants", () => {
    expect(groups).toHaveLength(3);
    expect(queryVariants("Grindr", groups)).toEqual(["Grindr"]);
  });
  test("at most a few variants", () => {
    expect(queryVariants("Datatilsynet overtredelsesgebyr fødselsnummer", groups, 3)).toHaveLength(4);
  });
});

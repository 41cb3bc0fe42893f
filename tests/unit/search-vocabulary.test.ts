// The site's own vocabulary, spelling correction against it and inflections (src/lib/search/vocabulary.ts).
import { describe, expect, test } from "vitest";
import { correct, editDistance, inflections, shardOf, shardVocabulary } from "../../src/lib/search/vocabulary";
import { vocabulary } from "./helpers/search-knowledge";

describe("the vocabulary and correction", () => {
  test("page counts, shards by folded first letter", () => {
    expect(vocabulary.get("fødselsnummer")).toBe(2);
    expect(shardOf("ørken")).toBe("o");
    expect(shardOf("12")).toBe("_");
    expect(Object.keys(shardVocabulary(vocabulary))).toContain("f");
  });
  test("edit distance counts a swap of neighbours as one", () => {
    expect(editDistance("samtale", "smatale")).toBe(1);
    expect(editDistance("abc", "abcdef", 2)).toBe(3);
  });
  test.each([
    ["fodselsnummer", "fødselsnummer"],
    ["fodselsnumer", "fødselsnummer"],
    ["Datatilsynnet", "datatilsynet"],
    ["personvernforordingen", "personvernforordningen"],
    ["employr", "employer"],
    ["consent", "consent"],
  ])("%s → %s", (typed, right) => expect(correct(typed, vocabulary)).toBe(right));
  test("nothing close, or a word too short to correct, stays uncorrected (never a prefix)", () => {
    expect(correct("xylofon", vocabulary)).toBeUndefined();
    expect(correct("f", vocabulary)).toBeUndefined();
    expect(correct("ab", vocabulary)).toBeUndefined();
  });
  test("Norwegian inflections that the pages use", () => {
    expect(inflections("samtale", vocabulary)).toEqual(expect.arrayContaining(["samtaler", "samtalen"]));
    expect(inflections("samtalen", vocabulary)[0]).toBe("samtalen");
    expect(inflections("consent", vocabulary)).toEqual(["consent", "consents"]);
  });
  test("another form of a word beats a spelling correction", () => {
    expect(
      correct(
        "researchers",
        new Map([
          ["research", 3],
          ["researches", 1],
        ]),
      ),
    ).toBe("research");
    expect(correct("tatt", new Map([["satt", 3]]))).toBeUndefined();
  });
});

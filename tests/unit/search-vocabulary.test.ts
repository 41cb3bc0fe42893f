// The site's own vocabulary, spelling correction against it and inflections (src/lib/search/vocabulary.ts).
import { describe, expect, test } from "vitest";
import {
  correct,
  correctable,
  editDistance,
  inflections,
  languagesOf,
  readShards,
  shardOf,
  shardVocabulary,
  splitCompound,
} from "../../src/lib/search/vocabulary";
import { vocabulary } from "./helpers/search-knowledge";
import { vocabularyOf } from "../../src/lib/search/vocabulary";

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
  test("a candidate that does not fit (another language's word) is passed over", () => {
    const v = new Map([
      ["share", 9],
      ["spare", 1],
    ]);
    expect(correct("svare", v)).toBe("share");
    expect(correct("svare", v, (w) => w !== "share")).toBe("spare");
    expect(correct("svare", v, () => false)).toBeUndefined();
  });
});

describe("the language of the pages' words", () => {
  const texts = ["We may share the data with the police. Opptak skal slettes etter en uke.", "Data: 12", "Share. Data kan deles med politiet."];
  test("a word one language's sentences alone use is of that language; words of both, or of sentences that tell nothing, are of none", () => {
    const languages = languagesOf(texts);
    expect(languages.get("share")).toBe("en");
    expect(languages.get("opptak")).toBe("no");
    expect(languages.get("politiet")).toBe("no");
    expect(languages.has("data")).toBe(false);
    expect(languages.has("12")).toBe(false);
  });
  test("the vocabulary files keep each word under its language and read back whole", () => {
    const v = vocabularyOf(texts);
    const shards = shardVocabulary(v, languagesOf(texts));
    expect(shards.s).toEqual({ en: { share: 2 }, no: { skal: 1, slettes: 1 } });
    const back = readShards(Object.values(shards));
    expect(back.vocabulary).toEqual(v);
    expect(back.languages.get("opptak")).toBe("no");
  });
});

test("compounds split into two known words, a joining s or e dropped; nothing else is split", () => {
  const known = (w: string) => ["kamera", "opptak", "personvern", "sak", "arbeid", "giver"].includes(w);
  expect(splitCompound("kameraopptak", known)).toEqual(["kamera", "opptak"]);
  expect(splitCompound("personvernssak", known)).toEqual(["personvern", "sak"]);
  expect(splitCompound("arbeidsgiver", known)).toEqual(["arbeid", "giver"]);
  expect(splitCompound("kameraer", known)).toBeUndefined();
  expect(splitCompound("opptak", known)).toBeUndefined();
});

test("an English word spelt with z finds the pages' s, and the other forms of its stem: anonymization → anonymised", () => {
  const v = new Map([
    ["anonymised", 3],
    ["organisation", 9],
  ]);
  expect(correct("anonymization", v)).toBe("anonymised");
  expect(correct("organization", v)).toBe("organisation");
});

test("a short word's forms are its own, not other words it begins: car → cars, never care", () => {
  const v = new Map([
    ["cars", 2],
    ["care", 9],
    ["cared", 1],
  ]);
  expect(inflections("car", v)).toEqual(["cars"]);
});

test("a word of two letters has no forms: «ex» is not «exert»", () => {
  expect(inflections("ex", new Map([["exert", 3]]))).toEqual([]);
});

test("a word is corrected only from five letters on, counted as folded", () => {
  expect(["samtykke", "ørken", "konse"].map(correctable)).toEqual([true, true, true]);
  expect(["kam", "lov", "gdpr"].map(correctable)).toEqual([false, false, false]);
});

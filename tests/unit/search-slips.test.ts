// Words misspelt in their first letter (src/lib/search/slips.ts).
import { describe, expect, test } from "vitest";
import { analyseQuery } from "../../src/lib/search/analyse";
import { moreShards, slipShards } from "../../src/lib/search/slips";
import { knowledge, vocabulary } from "./helpers/search-knowledge";

test("a first letter's slips: letters that sound alike or are spelt alike, and the second letter; never the word's own file", () => {
  expect(slipShards("konsent")).toEqual(["c", "g", "o"]);
  expect(slipShards("sertifisering")).toEqual(["c", "z", "e"]);
  expect(slipShards("ocnsent")).toEqual(["u", "c"]);
  expect(slipShards("øppbevaring")).toEqual(["u", "p"]);
  expect(slipShards("ssamtykke")).toEqual(["c", "z"]);
  expect(slipShards("hx")).toEqual(["x"]);
});

describe("the vocabulary files read for a word misspelt in its first letter", () => {
  // As the engine has them: only the files of the query's first letters.
  const only = (...letters: string[]) => new Map([...vocabulary].filter(([w]) => letters.includes(w[0])));

  test("a word nothing in its file corrects: the files of the letters it may have been meant to start with", () => {
    const k = { ...knowledge, vocabulary: only("k") };
    expect(moreShards("konsent", k)).toEqual(["c", "g", "o"]);
    // Read together with the c file, the word is corrected.
    const read = { ...knowledge, vocabulary: only("k", ...moreShards("konsent", k)) };
    expect(analyseQuery("konsent", read).concepts[0].alternatives).toContain("consent");
  });

  test("nothing more for a word the site uses, a word its own file corrects, a word the glossary or everyday list names, or a short word", () => {
    expect(moreShards("consent", { ...knowledge, vocabulary: only("c") })).toEqual([]);
    expect(moreShards("consnet", { ...knowledge, vocabulary: only("c") })).toEqual([]);
    expect(moreShards("fodselsnumer", { ...knowledge, vocabulary: only("f") })).toEqual([]);
    expect(moreShards("filme", { ...knowledge, vocabulary: only("f") })).toEqual([]);
    expect(moreShards("kam", { ...knowledge, vocabulary: only("k") })).toEqual([]);
  });
});

// Words as the search reads them, in the query and in the pages (src/lib/search/text.ts).
import { describe, expect, test } from "vitest";
import { engineQuery, fold, isContentWord, isContentWordIn, isStopword, languageOf, words } from "../../src/lib/search/text";

describe("words", () => {
  test("split on anything but letters and digits, in order, lower case", () => {
    expect(words("GDPR Art. 6(1)(f) – «berettiget interesse»")).toEqual(["gdpr", "art", "6", "1", "f", "berettiget", "interesse"]);
  });

  test("a possessive or elided ending stays with its word and is dropped", () => {
    expect(words("the employer's camera, arbeidsgiver’s logg")).toEqual(["the", "employer", "camera", "arbeidsgiver", "logg"]);
  });

  test("Norwegian letters are letters", () => {
    expect(words("Må jeg slette kameraopptak?")).toEqual(["må", "jeg", "slette", "kameraopptak"]);
  });

  test("a text without words gives none", () => {
    expect(words("§ – … ()")).toEqual([]);
  });
});

describe("fold", () => {
  test("æ, ø, å and accents fold to plain letters, so either spelling finds the other", () => {
    expect(fold("Behandlingsgrunnlag for særlige kategorier")).toBe("behandlingsgrunnlag for saerlige kategorier");
    expect(fold("løgn")).toBe(fold("logn"));
    expect(fold("Café Östermalm, Säter")).toBe("cafe ostermalm, sater");
  });
});

describe("stopwords and content words", () => {
  test("question words in English, bokmål and nynorsk say nothing about what is searched for", () => {
    for (const w of ["Can", "my", "hvordan", "korleis", "kva", "allowed"]) expect(isStopword(w), w).toBe(true);
    for (const w of ["camera", "samtykke", "fødselsnummer"]) expect(isStopword(w), w).toBe(false);
  });

  test("a content word is no stopword and is a number or has two letters or more", () => {
    expect(isContentWord("12")).toBe(true);
    expect(isContentWord("5")).toBe(true);
    expect(isContentWord("ip")).toBe(true);
    expect(isContentWord("x")).toBe(false);
    expect(isContentWord("when")).toBe(false);
  });
});

test("a query's language, told by its little words", () => {
  expect(languageOf(words("hvor lang tid har vi på å svare"))).toBe("no");
  expect(languageOf(words("kva er eit personvernombod"))).toBe("no");
  expect(languageOf(words("how long can we keep it"))).toBe("en");
  // None, or words both languages write alike ("i", "under"): unknown.
  expect(languageOf(words("fødselsnummer"))).toBeUndefined();
  expect(languageOf(words("i under"))).toBeUndefined();
});

test("a Norwegian little word that is an English content word is set aside only in a Norwegian query", () => {
  expect(isContentWordIn("store", "no")).toBe(false);
  expect(isContentWordIn("store", "en")).toBe(true);
  expect(isContentWordIn("store", undefined)).toBe(true);
  expect(isContentWordIn("bøter", "no")).toBe(true);
});

describe("words, folded and stopwords, together", () => {
  test("lower case words and numbers; æøå fold to plain letters", () => {
    expect(words("Can my EMPLOYER check § 12 a?")).toEqual(["can", "my", "employer", "check", "12", "a"]);
    expect(fold("Fødselsnummer på Ærø")).toBe("fodselsnummer pa aero");
  });
  test("stopwords in English, bokmål and nynorsk", () => {
    for (const w of ["can", "my", "is", "it", "hvordan", "kan", "jeg", "korleis", "kva", "ikkje", "norway", "norge", "noreg", "write"])
      expect(isStopword(w), w).toBe(true);
    for (const w of ["employer", "samtale", "film", "opptak"]) expect(isStopword(w), w).toBe(false);
  });
});

test("what Pagefind is asked: content words only, never a stopword alone", () => {
  expect(engineQuery("the Board")).toBe("board");
  expect(engineQuery("Norwegian personal identification number")).toBe("norwegian personal identification number");
  expect(engineQuery("fnr.")).toBe("fnr");
  expect(engineQuery("breach 72 hours")).toBe("breach 72 hours");
  // A phrase of stopwords only is sent as it is rather than as nothing.
  expect(engineQuery("to be")).toBe("to be");
});

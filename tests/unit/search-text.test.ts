// Words as the search reads them, in the query and in the pages (src/lib/search/text.ts).
import { describe, expect, test } from "vitest";
import { fold, isContentWord, isStopword, words } from "../../src/lib/search/text";

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

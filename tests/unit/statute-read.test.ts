// The instruments of content/statutes/ read through the one content reader, outside Astro
// (lib/statute/read.ts): every instrument of the registry in its order, each one's facts, and the
// Act's translations, each file validated once with the collections' schemas.
import { expect, test } from "vitest";
import { INSTRUMENTS } from "../../src/lib/statute/instruments";
import { instrumentFacts, readTranslations, TRANSLATION_FILE } from "../../src/lib/statute/read";
import { root } from "./helpers/act-files";
import { builtStatutes } from "./helpers/built";

test("every instrument of the registry, in its order, the Penal Code among them", () => {
  expect(builtStatutes().map((s) => s.key)).toEqual(INSTRUMENTS.map((i) => i.key));
  expect(builtStatutes().find((s) => s.key === "penal")!.file).toBe("content/statutes/penal/instrument.yaml");
});

test("an instrument's facts, validated, and read once", () => {
  const facts = instrumentFacts("penal", root);
  expect(facts).toMatchObject({ key: "penal", textAsOf: "2026-04-15", sourceFile: "penal-code.md" });
  expect(Object.keys(facts.chapters!)).toEqual(["21", "23", "24", "26"]);
  expect(instrumentFacts("penal", root)).toBe(facts);
});

test("the translations are the files under <key>/en/, and only those", () => {
  expect(TRANSLATION_FILE.test("pda/en/12a")).toBe(true);
  expect(TRANSLATION_FILE.test("pda/12a")).toBe(false);
  const translations = readTranslations(root);
  expect(translations).toHaveLength(35);
  expect(new Set(translations.map((e) => e.id.split("/")[0]))).toEqual(new Set(["pda"]));
});

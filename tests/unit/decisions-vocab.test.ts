// The fixed vocabularies of the decisions (lib/decisions/vocab.ts): the bodies found by their URL key,
// keys fit for a query string, and the appeal ladder and counting rule the statistics rest on.
import { describe, expect, test } from "vitest";
import { AUTHORITIES, authorityByKey, authorityNames, FINAL_STATUS, INSTANCE } from "../../src/lib/decisions/vocab";

describe("the deciding bodies", () => {
  test("found by their URL key; an unknown key, or a name in place of a key, finds none", () => {
    expect(authorityByKey("personvernnemnda")).toBe(AUTHORITIES.Personvernnemnda);
    expect(authorityByKey("romerike-og-glamdal-tingrett")?.en).toBe("Romerike and Glåmdal District Court");
    expect(authorityByKey("Personvernnemnda")).toBeUndefined();
    expect(authorityByKey("")).toBeUndefined();
  });

  test("every key is URL-safe and names one body", () => {
    const keys = authorityNames.map((a) => AUTHORITIES[a].key);
    for (const k of keys) expect(k).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("the appeal ladder: the board above the Authority, the courts above the board, each court above the one below", () => {
    expect(Object.keys(INSTANCE).sort()).toEqual([...authorityNames].sort());
    expect(INSTANCE.Datatilsynet).toBeLessThan(INSTANCE.Personvernnemnda);
    expect(INSTANCE.Personvernnemnda).toBeLessThan(INSTANCE["Oslo tingrett"]);
    expect(INSTANCE["Oslo tingrett"]).toBeLessThan(INSTANCE["Borgarting lagmannsrett"]);
    expect(INSTANCE["Borgarting lagmannsrett"]).toBeLessThan(INSTANCE.Høyesterett);
  });
});

test("what counts in the statistics: what stood or was never appealed; nothing left open or that did not stand", () => {
  const counted = Object.entries(FINAL_STATUS)
    .filter(([, s]) => s.counted)
    .map(([k]) => k);
  expect(counted.sort()).toEqual(["no-appeal-recorded", "not-appealed", "reduced", "upheld"]);
});

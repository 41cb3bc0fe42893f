// Which instrument a chain of references cites, from the words before or after it
// (src/lib/refs/recognise/names.ts): the names come from the instrument registry.
import { describe, expect, test } from "vitest";
import { PREFIXES, QUALIFIERS } from "../../src/lib/refs/recognise/names";
import { at } from "../../src/lib/refs/recognise/patterns";

/** What the words right after a chain say it cites (the first qualifier that matches wins). */
const after = (words: string) => QUALIFIERS.find(([re]) => at(re, words, 0))?.[1];
/** What the words right before a chain say it cites. */
const before = (words: string) => PREFIXES.find(([re]) => re.test(words))?.[1];

describe("the words after a chain", () => {
  test.each([
    [" of this Act", "this"],
    [" i loven her", "this"],
    [" i forskriften her", "this-regulation"],
    [" of the GDPR", "gdpr"],
    [" of the General Data Protection Regulation", "gdpr"],
    [" i personvernforordningen", "gdpr"],
    [" of the Working Environment Act", "arbeidsmiljoloven"],
    [" i arbeidsmiljøloven", "arbeidsmiljoloven"],
    [" aml.", "arbeidsmiljoloven"],
    [" of the Public Administration Act", "forvaltningsloven"],
    [" of the Personal Data Act", "pda"],
    [" of the former Act", "other"],
    [" of the EEA Act", "other"],
    [" of Directive (EU) 2016/680", "other"],
    [" of the Regulation (EU) 2016/680", "other"],
    [" i EØS-loven", "other"],
    [" ECHR", "other"],
  ])("%j → %s", (words, cited) => expect(after(words)).toBe(cited));

  test("an instrument's name followed by the year of an older Act of that name is another Act", () => {
    expect(after(" of the Personal Data Act")).toBe("pda");
    expect(after(" of the Personal Data Act of 2000")).toBe("other");
    expect(after(" i åndsverkloven 1961")).toBe("other");
  });

  test("words that name nothing leave the chain to its context", () => {
    expect(after(" applies")).toBeUndefined();
    expect(after(", the controller")).toBeUndefined();
  });
});

describe("the words before a chain", () => {
  test.each([
    ["arbeidsmiljøloven ", "arbeidsmiljoloven"],
    ["aml. ", "arbeidsmiljoloven"],
    ["the Working Environment Act's ", "arbeidsmiljoloven"],
    ["(personopplysningsloven) ", "pda"],
    ["straffeloven ", "penal"],
    ["fvl. ", "forvaltningsloven"],
    ["åndsverkloven 2018 ", "andsverkloven"],
    ["åndsverkloven 1961 ", "other"],
    ["the former Personal Data Act ", "other"],
    ["gamle personopplysningsloven ", "other"],
    ["personvernforordningen ", "gdpr"],
    ["loven ", "this"],
    ["forskriften ", "this-regulation"],
    ["EØS-loven ", "other"],
    ["straffeprosessloven ", "other"],
    ["the Public Administration Act ", "forvaltningsloven"],
    ["the Health Personnel Act ", "other"],
    ["lov 14. april 2000 nr. 31 om behandling av personopplysninger ", "other"],
    ["FOR-2018-07-02-1108 ", "epostforskriften"],
    ["(LOV-2005-06-17-62) ", "arbeidsmiljoloven"],
    ["LOV-2000-04-14-31 ", "other"],
  ])("%j → %s", (words, cited) => expect(before(words)).toBe(cited));

  test("a name inside another word is not that name", () => {
    expect(before("gaml ")).toBeUndefined();
    expect(before("the controller ")).toBeUndefined();
  });
});

// Where /go/ takes a typed citation (src/lib/link-citations/go.ts).
import { describe, expect, test } from "vitest";
import { destination } from "../../src/lib/link-citations/go";
import { citationIndex } from "../../src/lib/link-citations/index-data";
import { registry } from "../../src/lib/refs/registry";

const index = citationIndex(registry(), [
  { id: "grindr-2021", caseNumber: "20/02136-18", title: "Grindr fined" },
  { id: "grindr-2023-pvn", caseNumber: "Datatilsynet 20/02136-25", title: "Another stage" },
  { id: "avfallsservice-hr-2013", caseNumber: "HR-2013-00234-A (sak nr. 2012/1334); Rt-2013-143", title: "Avfallsservice" },
]);
const goes = (q: string) => {
  const to = destination(q, index);
  return "go" in to ? to.go.path : undefined;
};

describe("one citation goes straight to its place", () => {
  test.each([
    ["popl. § 16 (1) c", "/personal-data-act/16/#subsection-1-c"],
    ["Article 6(1)(f) GDPR", "/gdpr/article-6/#paragraph-1-f"],
    ["GDPR 33", "/gdpr/article-33/"],
    ["art 33 (1)", "/gdpr/article-33/#paragraph-1"],
    ["recital 71", "/gdpr/recital-71/"],
    ["fortalepunkt 71", "/gdpr/recital-71/"],
    ["fortalens punkt 71", "/gdpr/recital-71/"],
    ["personvernforordningen fortale pkt. 71", "/gdpr/recital-71/"],
    ["kameraforskriften § 6", "/kameraovervakingsforskriften/6/"],
    ["FOR-2018-07-02-1107 § 6", "/kameraovervakingsforskriften/6/"],
    ["20/02136-18", "/decisions/2021-12-13-grindr/"],
    ["HR-2013-234-A", "/decisions/2013-01-31-a-v-avfallsservice/"],
    ["HR-2013-00234", "/decisions/2013-01-31-a-v-avfallsservice/"],
    ["Rt. 2013 s. 143", "/decisions/2013-01-31-a-v-avfallsservice/"],
    ["rt-2013-143", "/decisions/2013-01-31-a-v-avfallsservice/"],
  ])("%j → %s", (q, path) => expect(goes(q)).toBe(path));
});

test("a recital with several paragraphs is linked to each", () => {
  expect(goes("recital 71(2)")).toBe("/gdpr/recital-71/#paragraph-2");
});

test("a case number shared by two stages lists both; one written in full goes to its own", () => {
  expect(destination("20/2136", index)).toEqual({
    choose: expect.arrayContaining([expect.objectContaining({ label: "Grindr fined" }), expect.objectContaining({ label: "Another stage" })]),
  });
  expect(goes("20/02136-25")).toBeDefined();
  expect(goes("20/02136-25")).not.toBe(goes("20/02136-18"));
});

test("several citations, or none, leave the choice to the reader", () => {
  expect(destination("GDPR Article 6 and Article 9", index)).toEqual({
    choose: [expect.objectContaining({ path: "/gdpr/article-6/" }), expect.objectContaining({ path: "/gdpr/article-9/" })],
  });
  expect(destination("nothing here", index)).toEqual({ choose: [] });
  expect(destination("FOR-2000-12-15-1265 § 5", index)).toEqual({ choose: [] });
});

test("a case number goes to the decision of the authority that gave it, though another stage prints it too", () => {
  const stages = citationIndex(registry(), [
    { id: "x-advokatfirma-dt-2019", authority: "Datatilsynet", caseNumber: "Datatilsynet 17/00788-19 (PVN-2019-15)", title: "Fined" },
    { id: "x-advokatfirma-2020-pvn", authority: "Personvernnemnda", caseNumber: "PVN-2019-15 (Datatilsynet 17/00788-19)", title: "Appeal" },
  ]);
  expect(destination("PVN-2019-15", stages)).toEqual({ go: expect.objectContaining({ label: "Appeal" }) });
  expect(destination("17/788-19", stages)).toEqual({ go: expect.objectContaining({ label: "Fined" }) });
});

describe("citations in the forms lawyers write them go to their place", () => {
  test.each([
    ["Working Environment Act s 9-1", "/arbeidsmiljoloven/9-1/"],
    ["s 12 PDA", "/personal-data-act/12/"],
    ["point (f) of Article 6(1)", "/gdpr/article-6/#paragraph-1-f"],
    ["poppl § 16", "/personal-data-act/16/"],
    ["PVN 2022 03", undefined],
    ["HR-2013-234-A avsnitt 40", "/decisions/2013-01-31-a-v-avfallsservice/"],
    // A subsection or point the index does not hold: the section or article that it is part of.
    ["art 6(9)", "/gdpr/article-6/"],
    ["popl § 12 niende ledd bokstav a", "/personal-data-act/12/"],
  ])("%j → %s", (q, path) => expect(goes(q)).toBe(path));
});

describe("an instrument's name misspelt by a letter is read as the name it is close to", () => {
  test.each([
    ["poppl § 16", "/personal-data-act/16/"],
    ["personopplysningsloen § 12", "/personal-data-act/12/"],
    ["arbeidsmiljølven § 9-1", "/arbeidsmiljoloven/9-1/"],
    ["straffelven § 205", "/penal-code/205/"],
    ["gdrp art 6", "/gdpr/article-6/"],
  ])("%j → %s", (q, path) => expect(goes(q)).toBe(path));
  test("words with a year are not a citation", () => expect(goes("grindr 2021")).toBeUndefined());
});

// The index of every place the citation linker and /go/ can link to (lib/link-citations/index-data.ts),
// built here from a small registry: each section, subsection and letter, each GDPR article, paragraph
// and point, each recital (and its paragraphs where it has several), and the decisions the site holds
// with their case numbers.
import { describe, expect, test } from "vitest";
import { citationIndex } from "../../src/lib/link-citations/index-data";
import type { Registry } from "../../src/lib/refs/registry";

const reg: Registry = {
  statutes: new Map([
    [
      "pda",
      new Map([
        ["16", { shape: [["a", "c"], []] }],
        ["12a", { shape: [] }],
      ]),
    ],
  ]),
  gdpr: new Map([
    [6, new Map([[1, ["a", "f"]]])],
    [99, new Map()],
  ]),
  gdprRecitals: new Map([
    [71, 2],
    [26, 1],
  ]),
  decisions: new Map([
    ["grindr-2021", "2021-12-13-grindr"],
    ["pvn-2022-03", "2022-06-01-pvn-grindr"],
  ]),
  guides: new Set(),
  trees: new Set(),
  glossary: new Set(),
};

const decisions = [
  { id: "grindr-2021", authority: "Datatilsynet", caseNumber: "Datatilsynet 20/02136-18", title: "Grindr fined" },
  { id: "pvn-2022-03", authority: "Personvernnemnda", caseNumber: "PVN-2022-03 (Datatilsynet 20/02136)", title: "Grindr's appeal" },
  { id: "not-held-2020", authority: "Datatilsynet", caseNumber: "19/01234", title: "Not on the site" },
];
const index = citationIndex(reg, decisions);

describe("the citation index", () => {
  test("every section, subsection and letter of the sections held, with path and English label", () => {
    expect(index.targets["pda:16"]).toEqual(["/personal-data-act/16/", "Personal Data Act section 16"]);
    expect(index.targets["pda:16(1)(c)"]).toEqual(["/personal-data-act/16/#subsection-1-c", "Personal Data Act section 16 first subsection (c)"]);
    expect(index.targets["pda:16(2)"]?.[0]).toBe("/personal-data-act/16/#subsection-2");
    expect(index.targets["pda:12a"]?.[0]).toBe("/personal-data-act/12a/");
    expect(
      Object.keys(index.targets)
        .filter((t) => t.startsWith("pda:"))
        .sort(),
    ).toEqual(["pda:12a", "pda:16", "pda:16(1)", "pda:16(1)(a)", "pda:16(1)(c)", "pda:16(2)"].sort());
  });

  test("every GDPR article, paragraph and point; recitals to the paragraph only where there are several", () => {
    expect(index.targets["gdpr:6(1)(f)"]).toEqual(["/gdpr/article-6/#paragraph-1-f", "GDPR Article 6(1)(f)"]);
    expect(index.targets["gdpr:99"]?.[0]).toBe("/gdpr/article-99/");
    expect(index.targets["gdpr:6(2)"]).toBeUndefined();
    expect(index.targets["gdpr-recital:71"]?.[0]).toBe("/gdpr/recital-71/");
    expect(index.targets["gdpr-recital:71(2)"]?.[0]).toBe("/gdpr/recital-71/#paragraph-2");
    expect(index.targets["gdpr-recital:26"]).toBeDefined();
    expect(index.targets["gdpr-recital:26(1)"]).toBeUndefined();
  });

  test("decisions the site holds by their title, and their case numbers in every form they are found by", () => {
    expect(index.targets["decision:grindr-2021"]).toEqual(["/decisions/2021-12-13-grindr/", "Grindr fined"]);
    expect(index.targets["decision:not-held-2020"]).toBeUndefined();
    // The board's number names the board's decision; the Authority's number names the Authority's, though both print it.
    expect(index.cases["case:PVN-2022-3"]).toEqual(["decision:pvn-2022-03"]);
    expect(index.cases["case:20/2136-18"]).toEqual(["decision:grindr-2021"]);
    expect(index.cases["case:20/2136"]).toEqual(["decision:grindr-2021"]);
    expect(Object.values(index.cases).flat()).not.toContain("decision:not-held-2020");
  });

  test("a registry without recitals or decisions gives an index without them", () => {
    const bare = citationIndex({ ...reg, gdprRecitals: undefined, decisions: new Map() }, decisions);
    expect(Object.keys(bare.targets).some((t) => t.startsWith("gdpr-recital:") || t.startsWith("decision:"))).toBe(false);
    expect(bare.cases).toEqual({});
  });
});

// Recitals cited in running text, as targets and as search queries: "recital 71", "rec. 26",
// "recitals 26 and 30", "betraktning 26", "fortalepunkt 47", "GDPR recital 47", gdpr-recital:71(2).
import { describe, expect, test } from "vitest";
import { recognise } from "../../src/lib/refs/recognise";
import { recogniseRecitals } from "../../src/lib/refs/recognise/recitals";
import { missing, readRegistry } from "../../src/lib/refs/registry";
import { documentOf } from "../../src/lib/refs/resolve";
import { formatTarget, parseTarget, targetLabel, targetPath } from "../../src/lib/refs/targets";
import { parseCitationQuery } from "../../src/lib/search/citation-query";
import { siteTarget } from "../../src/schemas/target";
import { root } from "./helpers/act-files";

const words = (text: string) => recogniseRecitals(text).map((r) => [text.slice(r.start, r.end), r.recital, r.paragraph]);

describe("recitals in running text", () => {
  test("English and Norwegian forms, lists and paragraphs", () => {
    expect(words("As recital 71 explains, profiling")).toEqual([["recital 71", 71, undefined]]);
    expect(words("see rec. 26 on anonymous data")).toEqual([["rec. 26", 26, undefined]]);
    expect(words("Recitals 26 and 30 of the GDPR")).toEqual([
      ["Recitals 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("recitals 39, 40 and 42")).toEqual([
      ["recitals 39", 39, undefined],
      ["40", 40, undefined],
      ["42", 42, undefined],
    ]);
    expect(words("jf. betraktning 26 og fortalepunkt 47")).toEqual([
      ["betraktning 26", 26, undefined],
      ["fortalepunkt 47", 47, undefined],
    ]);
    expect(words("betraktningene 26 og 30")).toEqual([
      ["betraktningene 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("GDPR recital 47 allows")).toEqual([["GDPR recital 47", 47, undefined]]);
    expect(words("se fortalens punkt 71 og personvernforordningens fortale pkt. 47")).toEqual([
      ["fortalens punkt 71", 71, undefined],
      ["personvernforordningens fortale pkt. 47", 47, undefined],
    ]);
    expect(words("Fortalen punkt 26 og 30")).toEqual([
      ["Fortalen punkt 26", 26, undefined],
      ["30", 30, undefined],
    ]);
    expect(words("recital 71(2) on fairness")).toEqual([["recital 71(2)", 71, 2]]);
  });

  test("recitals of other texts and numbers the GDPR lacks stay plain", () => {
    expect(words("recital 12 of Directive (EU) 2016/680")).toEqual([]);
    expect(words("recital 40 of the ePrivacy Directive")).toEqual([]);
    expect(words("betraktning 4 i direktivet")).toEqual([]);
    expect(words("recital 200")).toEqual([]);
    expect(words("the recitals of the Regulation")).toEqual([]);
    expect(words("recital 26 of the GDPR")).toEqual([["recital 26", 26, undefined]]);
  });

  test("the main recogniser adds them, in text order, beside articles and sections", () => {
    const text = "Article 22 and recital 71 apply, as does section 12 of this Act.";
    expect(recognise(text).map((f) => [text.slice(f.start, f.end), formatTarget(f.ref as never)])).toEqual([
      ["Article 22", "gdpr:22"],
      ["recital 71", "gdpr-recital:71"],
      ["section 12", "pda:12"],
    ]);
  });
});

describe("the target gdpr-recital:", () => {
  const reg = readRegistry(root);
  test("parses, prints, links and names", () => {
    expect(parseTarget("gdpr-recital:71")).toEqual({ kind: "gdpr-recital", recital: 71, paragraph: undefined });
    expect(formatTarget(parseTarget("gdpr-recital:71(2)"))).toBe("gdpr-recital:71(2)");
    expect(targetPath(parseTarget("gdpr-recital:71(2)"))).toBe("/gdpr/recital-71/#paragraph-2");
    expect(targetPath(parseTarget("gdpr-recital:26"))).toBe("/gdpr/recital-26/");
    expect(targetLabel(parseTarget("gdpr-recital:71(2)"))).toBe("GDPR recital 71(2)");
    expect(targetLabel(parseTarget("gdpr-recital:47"), "nb")).toBe("personvernforordningen fortalepunkt 47");
    expect(documentOf(parseTarget("gdpr-recital:71(2)"))).toBe("gdpr-recital:71");
    expect(() => parseTarget("gdpr-recital:174")).toThrow("the GDPR has recitals 1 to 173");
    expect(() => parseTarget("gdpr-recital:a")).toThrow('expected a recital like "71" or "71(2)"');
    expect(siteTarget.safeParse("gdpr-recital:71").success).toBe(true);
  });

  test("exists only where the recital and its paragraph do", () => {
    expect(missing(parseTarget("gdpr-recital:71(2)"), reg)).toBeUndefined();
    expect(missing(parseTarget("gdpr-recital:71(3)"), reg)).toBe("gdpr-recital:71(3): recital 71 has 2 paragraphs");
    expect(missing(parseTarget("gdpr-recital:26(2)"), reg)).toBe("gdpr-recital:26(2): recital 26 has one paragraph");
  });
});

describe("recitals as search queries", () => {
  test.each([
    ["recital 71", 71, undefined],
    ["Recital 71(2)", 71, 2],
    ["rec. 26", 26, undefined],
    ["rec 26", 26, undefined],
    ["recitals 26 and 30", 26, undefined],
    ["betraktning 26", 26, undefined],
    ["fortalepunkt 47", 47, undefined],
    ["GDPR recital 47", 47, undefined],
    ["personvernforordningen betraktning 4", 4, undefined],
  ])("%s", (query, recital, paragraph) => {
    expect(parseCitationQuery(query)).toEqual({ target: { kind: "gdpr-recital", recital, paragraph } });
  });

  test("not a recital", () => {
    expect(parseCitationQuery("recital 174")).toBeUndefined();
    expect(parseCitationQuery("recitals")).toBeUndefined();
    expect(parseCitationQuery("recital 71 profiling children")).toBeUndefined();
  });
});

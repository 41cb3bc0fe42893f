// Recitals as targets ("gdpr-recital:71(2)") and as search queries ("recital 71", "rec. 26", "betraktning 26",
// "fortalepunkt 47"). Recitals in running text are tested in recognise-recitals.test.ts.
import { describe, expect, test } from "vitest";
import { missing, readRegistry } from "../../src/lib/refs/registry";
import { documentOf } from "../../src/lib/refs/resolve";
import { formatTarget, parseTarget, targetLabel, targetPath } from "../../src/lib/refs/targets";
import { parseCitationQuery } from "../../src/lib/search/citation-query";
import { siteTarget } from "../../src/schemas/target";
import { root } from "./helpers/act-files";

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

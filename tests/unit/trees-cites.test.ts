// The citations of a tree's outcomes (lib/trees/cites.ts): why a target does not resolve, and the label
// and path a resolved one links with. The places come from a small registry here; the titles of trees,
// guides and decisions from their files in content/.
import { describe, expect, test } from "vitest";
import type { Registry } from "../../src/lib/refs/registry";
import { resolveCite, targetProblem } from "../../src/lib/trees/cites";

/** The Act's section 16 with four subsections, the Penal Code's § 205 (letters a–d) and § 267 a, GDPR Article 34's paragraphs and points, one of each other kind. */
const reg: Registry = {
  statutes: new Map([
    ["pda", new Map([["16", { shape: [[], [], [], []] }]])],
    [
      "penal",
      new Map([
        ["205", { shape: [["a", "b", "c", "d"]] }],
        ["267a", { shape: [[]] }],
      ]),
    ],
  ]),
  gdpr: new Map([
    [
      34,
      new Map([
        [1, []],
        [2, []],
        [3, ["a", "b", "c"]],
      ]),
    ],
  ]),
  decisions: new Map([["argon-2023", "2023-03-08-argon-medical-devices"]]),
  guides: new Set(["breach-notification"]),
  trees: new Set(["publish-a-recording"]),
  glossary: new Set(),
};

describe("a tree's citations", () => {
  test("citations become readable links to the right place", () => {
    expect(resolveCite("pda:16(4)", reg)).toMatchObject({
      label: "Personal Data Act section 16 fourth subsection",
      path: "/personal-data-act/16/#subsection-4",
    });
    expect(resolveCite("penal:267a(1)", reg)).toMatchObject({ label: "Penal Code section 267 a first subsection", path: "/penal-code/267a/#subsection-1" });
    expect(resolveCite("gdpr:34(3)(c)", reg)).toMatchObject({ label: "GDPR Article 34(3)(c)", path: "/gdpr/article-34/#paragraph-3-c" });
    expect(resolveCite("tree:publish-a-recording", reg)).toMatchObject({
      label: "Decision tree: May I publish or share a recording, photo or video of someone?",
      path: "/tools/publish-a-recording/",
    });
    expect(resolveCite("guide:breach-notification", reg).label).toMatch(/^Guide: /);
    expect(resolveCite("decision:argon-2023", reg).path).toMatch(/^\/decisions\/.+\/$/);
  });

  test("a cite keeps the target as written and says its kind; a decision links to its page by its slug", () => {
    expect(resolveCite("gdpr:34(3)(c)", reg)).toEqual({
      target: "gdpr:34(3)(c)",
      kind: "gdpr",
      label: "GDPR Article 34(3)(c)",
      path: "/gdpr/article-34/#paragraph-3-c",
    });
    expect(resolveCite("decision:argon-2023", reg)).toMatchObject({ kind: "decision", path: "/decisions/2023-03-08-argon-medical-devices/" });
    expect(() => resolveCite("pda 16", reg)).toThrow(/pda 16/);
  });

  test("a citation to a GDPR point or Penal Code letter that does not exist is caught", () => {
    expect(targetProblem("gdpr:34(3)(d)", reg)).toBe("gdpr:34(3)(d): no point (d) in that paragraph");
    expect(targetProblem("penal:205(1)(e)", reg)).toBe("penal:205(1)(e): no letter e in that subsection");
    expect(targetProblem("decision:no-such-case", reg)).toContain("no decision with this id");
    expect(targetProblem("pda 16", reg)).toContain("is not a citation target");
  });

  test("what exists has no problem; a section, subsection or article that does not is named", () => {
    for (const t of ["pda:16", "pda:16(4)", "penal:205(1)(d)", "gdpr:34(3)(a)", "tree:publish-a-recording", "guide:breach-notification", "decision:argon-2023"])
      expect(targetProblem(t, reg), t).toBeUndefined();
    expect(targetProblem("pda:17", reg)).toBe("pda:17: no such section");
    expect(targetProblem("pda:16(5)", reg)).toBe("pda:16(5): section 16 has 4 subsection(s)");
    expect(targetProblem("gdpr:35", reg)).toBe("gdpr:35: no such article");
    expect(targetProblem("tree:nope", reg)).toBe("tree:nope: no such decision tree");
  });
});

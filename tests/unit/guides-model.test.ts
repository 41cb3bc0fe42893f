// Guides: every citation in the frontmatter and the body exists, the "cites" list and the body
// agree, each guide links a section of the Act, and a guide citing something that does not
// exist is rejected, naming file, field and value.
import { describe, expect, test } from "vitest";
import { parseTarget } from "../../src/lib/refs/targets";
import { buildGuides, checkGuide, covers, groupGuides, linkedTargets } from "../../src/lib/guides/model";
import { guide, type GuideData } from "../../src/schemas/guide";
import { fullRegistry, readMdx } from "./helpers/content";
import { smallRegistry } from "./helpers/small-registry";
import { GUIDE_SLUGS as SLUGS } from "../guide-slugs";

describe("links in a guide's body", () => {
  test("are found with their text, targets with parentheses included", () => {
    const body =
      "See [s. 16 (1)(a)](pda:16(1)(a)), [Grindr](decision:grindr-2021), [x](https://lovdata.no/) and [s. 16 (1)(a)](pda:16(1)(a)) again; [term](glossary:ledd).";
    expect(linkedTargets(body)).toEqual([
      { target: "pda:16(1)(a)", text: "s. 16 (1)(a)" },
      { target: "decision:grindr-2021", text: "Grindr" },
      { target: "glossary:ledd", text: "term" },
    ]);
  });

  test.each([
    ["pda:16", "pda:16(1)(a)", true],
    ["pda:16(1)", "pda:16(1)(a)", true],
    ["pda:16(1)(a)", "pda:16(1)(a)", true],
    ["pda:16(1)(b)", "pda:16(1)(a)", false],
    ["pda:16(1)", "pda:16", false],
    ["gdpr:33", "gdpr:33(1)", true],
    ["gdpr:83(5)", "gdpr:83(5)(c)", true],
    ["penal:205", "pda:205", false],
    ["decision:grindr-2021", "decision:grindr-2021", true],
  ])("%s covers %s: %s", (outer, inner, expected) => {
    expect(covers(parseTarget(outer), parseTarget(inner))).toBe(expected);
  });
});

describe("a guide that cites what does not exist is rejected", () => {
  const reg = smallRegistry;
  const data = (cites: string[], see: string[] = []): GuideData =>
    guide.parse({ title: "T", summary: "S", questions: ["Q?"], group: "Duties of organisations", order: 1, cites, see, lastReviewed: "2026-11-23" });
  const body = "Read [section 16](pda:16(1)(a)), [Article 33](gdpr:33(1)) and [the Grindr decision](decision:grindr-2021).";
  const check = (cites: string[], text = body, see: string[] = []) => checkGuide("content/guides/x.mdx", data(cites, see), text, reg);

  test("a consistent guide passes, with labels", () => {
    expect(check(["pda:16", "gdpr:33", "decision:grindr-2021"])).toEqual([
      { target: "pda:16", kind: "pda", label: "Personal Data Act section 16" },
      { target: "gdpr:33", kind: "gdpr", label: "GDPR Article 33" },
      { target: "decision:grindr-2021", kind: "decision", label: "the Grindr decision" },
    ]);
  });

  test("a section, article, paragraph or decision that does not exist", () => {
    expect(() => check(["pda:99", "gdpr:33", "decision:grindr-2021"])).toThrow('content/guides/x.mdx: field "cites.0" = "pda:99": pda:99: no such section');
    expect(() => check(["pda:16(1)(g)"])).toThrow('field "cites.0" = "pda:16(1)(g)": pda:16(1)(g): no letter g in that subsection');
    expect(() => check(["pda:16", "gdpr:33(7)"])).toThrow('field "cites.1" = "gdpr:33(7)": gdpr:33(7): Article 33 has no paragraph 7');
    expect(() => check(["pda:16", "gdpr:33", "decision:grindr-2099"])).toThrow(
      'field "cites.2" = "decision:grindr-2099": decision:grindr-2099: no decision with this id',
    );
    expect(() => check(["pda:16", "gdpr:33", "decision:grindr-2021"], body, ["guide:nope"])).toThrow('field "see.0" = "guide:nope": guide:nope: no such guide');
    expect(() => check(["pda:16", "gdpr:33", "decision:grindr-2021"], `${body} [x](glossary:nope)`)).toThrow('field "(body links).3" = "glossary:nope"');
  });

  test("the list and the body must agree", () => {
    expect(() => check(["pda:16", "gdpr:33"])).toThrow(
      'field "cites" = ["pda:16","gdpr:33"]: the body links decision:grindr-2021 ("the Grindr decision"), which the list does not include',
    );
    expect(() => check(["pda:16(2)", "pda:16", "gdpr:33", "decision:grindr-2021"])).toThrow(
      'field "cites.0" = "pda:16(2)": listed but never linked in the body',
    );
    expect(() => check(["gdpr:33", "decision:grindr-2021"], "[a](gdpr:33) [b](decision:grindr-2021)")).toThrow(
      "a guide must link at least one section of the Personal Data Act",
    );
  });

  test("the schema rejects a malformed target, naming its place in the list", () => {
    const result = guide.safeParse({
      title: "T",
      summary: "S",
      questions: ["Q?"],
      group: "Duties of organisations",
      order: 1,
      cites: ["pda:16", "section 16"],
      lastReviewed: "2026-11-23",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["cites", 1]);
    expect(result.error!.issues[0].message).toContain('"section 16" is not a citation target');
    const kind = guide.safeParse({
      title: "T",
      summary: "S",
      questions: ["Q?"],
      group: "Duties of organisations",
      order: 1,
      cites: ["guide:dpia"],
      lastReviewed: "2026-11-23",
    });
    expect(kind.error!.issues[0].message).toContain('got "guide"');
  });
});

describe("the guides on the site", () => {
  const entries = readMdx("content/guides", guide);
  const reg = fullRegistry();
  const guides = buildGuides(entries, reg);

  test("are the thirteen of the URL contract, each in a group", () => {
    expect(guides.map((g) => g.slug).sort()).toEqual([...SLUGS].sort());
    expect(groupGuides(guides).flatMap((g) => g.guides)).toHaveLength(13);
  });

  test.each(SLUGS)("%s cites only what exists (GDPR paragraphs and points included) and links the Act", (slug) => {
    const e = entries.find((x) => x.id === slug)!;
    const g = guides.find((x) => x.slug === slug)!;
    expect(g.citations.length).toBe(e.data.cites.length);
    expect(g.citations.some((c) => c.kind === "pda")).toBe(true);
    expect(e.data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Decisions are listed by the text of their first link, so that text must say which decision it is.
    for (const c of g.citations.filter((x) => x.kind === "decision")) expect(c.label.length, c.target).toBeGreaterThanOrEqual(12);
  });

  test("follow the Act where secondary sources are wrong", () => {
    const body = (slug: string) => entries.find((e) => e.id === slug)!.body;
    expect(body("children-and-consent")).toContain("[section 5](pda:5)");
    expect(body("national-identity-numbers")).toContain("(pda:12(1))");
    expect(body("enforcement-and-appeals")).toContain("(pda:20(1))");
    expect(body("data-protection-officers")).toContain("[Section 18](pda:18)");
  });
});

// lib/refs/resolve.ts against a registry built by hand (the functions are pure given one): names,
// labels, existence, whether a reference becomes a link, its page and anchor, the document "Cited by"
// files it under, and the places a range covers. The recogniser's tests check the same functions on
// real phrases and the real registry.
import { describe, expect, test } from "vitest";
import type { Ref } from "../../src/lib/refs/recognise";
import type { Registry, SectionShape } from "../../src/lib/refs/registry";
import {
  between,
  citeId,
  documentOf,
  gdprChapterAnchor,
  gdprSectionAnchor,
  refLabel,
  refName,
  refPath,
  refProblem,
  shouldLink,
} from "../../src/lib/refs/resolve";
import { parseTarget } from "../../src/lib/refs/targets";

const shape = (...subsections: string[][]): SectionShape => ({ shape: subsections });
const reg: Registry = {
  statutes: new Map([
    [
      "pda",
      new Map([
        ["1", shape([])],
        ["12", shape([], [])],
        ["12a", shape([])],
        ["13", shape([])],
        ["16", shape(["a", "b", "c", "d", "e", "f"], [], [])],
      ]),
    ],
    [
      "penal",
      new Map([
        ["204", shape([])],
        ["205", shape(["a", "b", "c"])],
      ]),
    ],
    ["kameraovervakingsforskriften", new Map([["6", shape([], [], [])]])],
    ["arbeidsmiljoloven", new Map([["9-1", shape([], [])]])],
  ]),
  gdpr: new Map([
    [5, new Map([[1, ["a", "b", "c", "d", "e", "f"]]])],
    [
      6,
      new Map([
        [1, ["a", "b", "c", "d", "e", "f"]],
        [2, []],
        [3, []],
        [4, ["a", "b", "c", "d", "e"]],
      ]),
    ],
    [7, new Map()],
    [8, new Map()],
  ]),
  gdprRecitals: new Map([
    [26, 1],
    [71, 2],
  ]),
  chapters: { pda: new Set([1, 2, 3]), penal: new Set([21, 24]), arbeidsmiljoloven: new Set(), gdpr: new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) },
  decisions: new Map([["grindr-2021", "2021-12-13-grindr-llc"]]),
  guides: new Set(["recording-conversations"]),
  trees: new Set(["breach-notification"]),
  glossary: new Set(["fodselsnummer"]),
};

const ref = (target: string): Ref => parseTarget(target);
const pdaChapter = (chapter: number): Ref => ({ kind: "chapter", of: "pda", chapter });
const gdprChapter = (chapter: number): Ref => ({ kind: "chapter", of: "gdpr", chapter });
const penalChapter = (chapter: number): Ref => ({ kind: "chapter", of: "penal", chapter });

describe("anchors of the GDPR's chapters and their sections on /gdpr/", () => {
  test("a chapter is named by its roman numeral, in lower case", () => {
    expect(gdprChapterAnchor(7)).toBe("chapter-vii");
    expect(gdprChapterAnchor(11)).toBe("chapter-xi");
  });
  test("a section of a chapter follows the chapter's anchor", () => {
    expect(gdprSectionAnchor(4, 2)).toBe("chapter-iv-section-2");
  });
});

describe("refName and refLabel", () => {
  test("a citation target is named as it is written in content", () => {
    for (const t of ["pda:16(1)(c)", "penal:205", "gdpr:9(2)(a)", "gdpr-recital:71(2)", "arbeidsmiljoloven:9-1(1)"]) expect(refName(ref(t))).toBe(t);
  });
  test("chapters, which are not citation targets, get names of their own: arabic for the Act, roman for the GDPR", () => {
    expect(refName(pdaChapter(6))).toBe("pda-chapter:6");
    expect(refName(gdprChapter(7))).toBe("gdpr-chapter:VII");
    expect(refName(penalChapter(24))).toBe("penal-chapter:24");
  });
  test("a chapter reads in full in both languages", () => {
    expect(refLabel(pdaChapter(6), "en")).toBe("Personal Data Act chapter 6");
    expect(refLabel(pdaChapter(6), "nb")).toBe("personopplysningsloven kapittel 6");
    expect(refLabel(gdprChapter(6), "en")).toBe("GDPR Chapter VI");
    expect(refLabel(gdprChapter(6), "nb")).toBe("personvernforordningen kapittel VI");
    expect(refLabel(penalChapter(24), "en")).toBe("Penal Code chapter 24");
    expect(refLabel(penalChapter(24), "nb")).toBe("straffeloven kapittel 24");
  });
  test("any other reference reads as its target does", () => {
    expect(refLabel(ref("pda:16(1)(c)"), "en")).toBe("Personal Data Act section 16 first subsection (c)");
    expect(refLabel(ref("penal:205"), "nb")).toBe("straffeloven § 205");
    expect(refLabel(ref("gdpr:6(1)(f)"), "nb")).toBe("personvernforordningen artikkel 6 nr. 1 bokstav f");
  });
});

describe("refProblem: whether a reference exists", () => {
  test.each(["pda:16(1)(f)", "penal:205(1)(c)", "gdpr:6(4)(e)", "gdpr-recital:71(2)", "decision:grindr-2021", "glossary:fodselsnummer"])("%s exists", (t) => {
    expect(refProblem(ref(t), reg)).toBeUndefined();
  });
  test.each([
    ["pda:17", "no such section"],
    ["pda:16(1)(g)", "no letter g"],
    ["gdpr:6(5)", "no paragraph 5"],
    ["gdpr-recital:26(2)", "one paragraph"],
    ["decision:nobody-2020", "no decision with this id"],
    ["guide:nothing-here", "no such guide"],
  ])("%s does not: %s", (t, why) => {
    expect(refProblem(ref(t), reg)).toContain(why);
  });
  test("a chapter exists if the registry lists it", () => {
    expect(refProblem(pdaChapter(3), reg)).toBeUndefined();
    expect(refProblem(pdaChapter(9), reg)).toBe("pda-chapter:9: no such chapter");
    expect(refProblem(gdprChapter(11), reg)).toBeUndefined();
    expect(refProblem(gdprChapter(7), { ...reg, chapters: { pda: new Set(), gdpr: new Set([1, 2]) } })).toBe("gdpr-chapter:VII: no such chapter");
  });
  test("without a list of chapters, every chapter is taken to exist", () => {
    expect(refProblem(pdaChapter(40), { ...reg, chapters: undefined })).toBeUndefined();
  });
});

describe("shouldLink: whether a recognised reference becomes a link", () => {
  test("a section the site holds is linked, in a whole instrument or an extract", () => {
    expect(shouldLink(ref("pda:16(1)(c)"), reg)).toBe(true);
    expect(shouldLink(ref("penal:205"), reg)).toBe(true);
    expect(shouldLink(ref("arbeidsmiljoloven:9-1"), reg)).toBe(true);
  });
  test("a missing section of an instrument held whole is linked, so that the typo fails the build", () => {
    expect(shouldLink(ref("pda:17"), reg)).toBe(true);
    expect(shouldLink(ref("kameraovervakingsforskriften:9"), reg)).toBe(true);
  });
  test("a section the site does not hold of an extract stays plain text", () => {
    expect(shouldLink(ref("penal:266"), reg)).toBe(false);
    expect(shouldLink(ref("arbeidsmiljoloven:9-2"), reg)).toBe(false);
  });
  test("a section of an instrument the site holds nothing of stays plain text", () => {
    expect(shouldLink(ref("forvaltningsloven:13"), reg)).toBe(false);
    expect(shouldLink(ref("epostforskriften:4"), reg)).toBe(false);
  });
  test("GDPR places and chapters are always linked (refProblem judges them)", () => {
    expect(shouldLink(ref("gdpr:99"), reg)).toBe(true);
    expect(shouldLink(gdprChapter(4), reg)).toBe(true);
  });
  test("a chapter of an instrument whose facts number its chapters is linked: any of one held whole, those held of an extract", () => {
    expect(shouldLink(pdaChapter(3), reg)).toBe(true);
    expect(shouldLink(pdaChapter(9), reg)).toBe(true);
    expect(shouldLink(penalChapter(24), reg)).toBe(true);
    expect(shouldLink(penalChapter(25), reg)).toBe(false);
  });
  test("a chapter of an instrument whose chapters are not numbered on the site stays plain text", () => {
    expect(shouldLink({ kind: "chapter", of: "arbeidsmiljoloven", chapter: 9 }, reg)).toBe(false);
    expect(shouldLink({ kind: "chapter", of: "ekomloven", chapter: 3 }, reg)).toBe(false);
  });
});

describe("refPath: the page and anchor of a reference, in the language of the citing text", () => {
  test("a statute place goes to its section page in that language, with the subsection's anchor", () => {
    expect(refPath(ref("pda:16(1)(c)"), "en", reg)).toBe("/personal-data-act/16/#subsection-1-c");
    expect(refPath(ref("pda:16(1)(c)"), "nb", reg)).toBe("/personopplysningsloven/16/#subsection-1-c");
    expect(refPath(ref("pda:12a"), "en", reg)).toBe("/personal-data-act/12a/");
    expect(refPath(ref("arbeidsmiljoloven:9-1(2)"), "nb", reg)).toBe("/arbeidsmiljoloven/9-1/#subsection-2");
  });
  test("a chapter goes to the contents page's chapter: the Act's in that language, the GDPR's on /gdpr/", () => {
    expect(refPath(pdaChapter(2), "en", reg)).toBe("/personal-data-act/#chapter-2");
    expect(refPath(pdaChapter(2), "nb", reg)).toBe("/personopplysningsloven/#chapter-2");
    expect(refPath(gdprChapter(9), "nb", reg)).toBe("/gdpr/#chapter-ix");
    expect(refPath(penalChapter(24), "en", reg)).toBe("/penal-code/#chapter-24");
  });
  test("a decision goes to its page by the slug the registry knows for its id", () => {
    expect(refPath(ref("decision:grindr-2021"), "en", reg)).toBe("/decisions/2021-12-13-grindr-llc/");
    expect(() => refPath(ref("decision:nobody-2020"), "en", reg)).toThrow(/nobody-2020/);
  });
  test("GDPR places and recitals go where their targets lead", () => {
    expect(refPath(ref("gdpr:6(1)(f)"), "nb", reg)).toBe("/gdpr/article-6/#paragraph-1-f");
    expect(refPath(ref("gdpr-recital:71(2)"), "en", reg)).toBe("/gdpr/recital-71/#paragraph-2");
  });
});

describe("documentOf and citeId", () => {
  test("a place is filed under the document holding it", () => {
    const document = (target: string) => documentOf(parseTarget(target));
    expect(document("pda:16(1)(c)")).toBe("pda:16");
    expect(document("arbeidsmiljoloven:9-1(1)")).toBe("arbeidsmiljoloven:9-1");
    expect(document("gdpr:6(1)(f)")).toBe("gdpr:6");
    expect(document("gdpr-recital:71(2)")).toBe("gdpr-recital:71");
    expect(document("decision:grindr-2021")).toBe("decision:grindr-2021");
  });
  test("the first link to a target gets an id made of the target, fit for an anchor", () => {
    expect(citeId(parseTarget("pda:16(1)(c)"))).toBe("cite-pda-16-1-c");
    expect(citeId(parseTarget("gdpr:33"))).toBe("cite-gdpr-33");
    expect(citeId(parseTarget("arbeidsmiljoloven:9-1(1)"))).toBe("cite-arbeidsmiljoloven-9-1-1");
    expect(citeId(parseTarget("decision:grindr-2021"))).toBe("cite-decision-grindr-2021");
  });
  test("different places get different ids", () => {
    const targets = ["pda:16", "pda:16(1)", "pda:16(1)(c)", "pda:1(6)", "gdpr:6(1)", "gdpr:61", "penal:205"].map(parseTarget);
    expect(new Set(targets.map(citeId)).size).toBe(targets.length);
  });
});

describe("between: the places strictly inside a range", () => {
  const names = (from: Ref, to: Ref) => between(from, to, reg).map(refName);

  test("sections in statute order, as far as the registry knows them ('sections 12 to 16')", () => {
    expect(names(ref("pda:12"), ref("pda:16"))).toEqual(["pda:12a", "pda:13"]);
    expect(names(ref("pda:12"), ref("pda:99"))).toEqual([]);
  });
  test("letters of one subsection ('(b) to (e)') and subsections of one section", () => {
    expect(names(ref("pda:16(1)(b)"), ref("pda:16(1)(e)"))).toEqual(["pda:16(1)(c)", "pda:16(1)(d)"]);
    expect(names(ref("pda:16(1)"), ref("pda:16(3)"))).toEqual(["pda:16(2)"]);
  });
  test("GDPR articles, paragraphs and points", () => {
    expect(names(ref("gdpr:5"), ref("gdpr:8"))).toEqual(["gdpr:6", "gdpr:7"]);
    expect(names(ref("gdpr:6(1)"), ref("gdpr:6(4)"))).toEqual(["gdpr:6(2)", "gdpr:6(3)"]);
    expect(names(ref("gdpr:6(1)(c)"), ref("gdpr:6(1)(f)"))).toEqual(["gdpr:6(1)(d)", "gdpr:6(1)(e)"]);
  });
  test("chapters of the same instrument", () => {
    expect(between(pdaChapter(1), pdaChapter(4), reg).map(refName)).toEqual(["pda-chapter:2", "pda-chapter:3"]);
    expect(between(gdprChapter(5), gdprChapter(7), reg).map(refName)).toEqual(["gdpr-chapter:VI"]);
  });
  test("ends of different kinds or levels give nothing", () => {
    expect(names(ref("pda:12"), ref("penal:205"))).toEqual([]);
    expect(names(ref("pda:12"), ref("pda:16(1)"))).toEqual([]);
    expect(names(ref("pda:16(1)(b)"), ref("pda:16(2)"))).toEqual([]);
    expect(names(ref("gdpr:5"), ref("gdpr:6(1)"))).toEqual([]);
    expect(between(pdaChapter(1), gdprChapter(4), reg)).toEqual([]);
    expect(names(ref("gdpr:5"), ref("pda:16"))).toEqual([]);
  });
  test("adjacent ends have nothing between them", () => {
    expect(names(ref("pda:12a"), ref("pda:13"))).toEqual([]);
  });
});

import { describe, expect, test } from "vitest";
import { parseCitationQuery } from "../../src/lib/search/citation-query";
import { formatTarget } from "../../src/lib/refs/targets";

const target = (q: string) => {
  const r = parseCitationQuery(q);
  return r && "target" in r ? formatTarget(r.target) : r && "caseNumber" in r ? `case:${r.caseNumber}` : undefined;
};

describe("citations typed as search queries", () => {
  test.each([
    ["§ 12", "pda:12"],
    ["§12", "pda:12"],
    ["section 12a", "pda:12a"],
    ["section 12 a", "pda:12a"],
    ["Section 16", "pda:16"],
    ["pda 16", "pda:16"],
    ["PDA 16(1)(c)", "pda:16(1)(c)"],
    ["popl. § 16", "pda:16"],
    ["popl § 9 annet ledd", "pda:9(2)"],
    ["personopplysningsloven § 16 første ledd bokstav c", "pda:16(1)(c)"],
    ["section 9 second subsection", "pda:9(2)"],
    // The recogniser's ordinals (refs/recognise/ordinals.ts), past the sixth too.
    ["section 12 seventh subsection", "pda:12(7)"],
    ["popl § 12 sjuende ledd", "pda:12(7)"],
    ["s. 16 (1)(c)", "pda:16(1)(c)"],
    ["art 33", "gdpr:33"],
    ["Art. 33", "gdpr:33"],
    ["article 9(2)", "gdpr:9(2)"],
    ["Article 9 (2) (a)", "gdpr:9(2)(a)"],
    ["gdpr 6", "gdpr:6"],
    ["artikkel 6 nr. 1 bokstav a", "gdpr:6(1)(a)"],
    ["art 6 (1) f", "gdpr:6(1)(f)"],
    ["gdpr art. 6 1 f", "gdpr:6(1)(f)"],
    ["gdpr 4 11", "gdpr:4(11)"],
    ["article 9 2 a", "gdpr:9(2)(a)"],
    ["straffeloven § 205", "penal:205"],
    ["strl. 267 a", "penal:267a"],
    ["Penal Code section 205", "penal:205"],
    ["§ 267 a", "penal:267a"],
    ["§ 205 første ledd bokstav a", "penal:205(1)(a)"],
    ["HR-2021-2403-A", "case:HR-2021-2403-A"],
    ["hr-2021-2403-a", "case:HR-2021-2403-A"],
    ["PVN-2022-03", "case:PVN-2022-03"],
    ["20/02136", "case:20/02136"],
    ["Rt. 2013 s. 143", "case:RT. 2013 S. 143"],
    ["LB-2022-46509", "case:LB-2022-46509"],
  ])("%s → %s", (q, want) => {
    expect(target(q)).toBe(want);
  });

  test.each([
    "fødselsnummer",
    "breach 72 hours",
    "Grindr",
    "section",
    "§ 99",
    "article 120",
    "section 12 of the Education Act",
    "12",
    "",
    "gdpr 2018",
    "gdpr 2 years",
    "article 6 and 7",
  ])("%s is a word query", (q) => {
    expect(parseCitationQuery(q)).toBeUndefined();
  });
});

describe("citations of the regulations and other Acts", () => {
  test.each([
    ["kameraforskriften § 6", "kameraovervakingsforskriften:6"],
    ["kameraovervåkingsforskriften § 6 andre ledd", "kameraovervakingsforskriften:6(2)"],
    ["forskrift om kameraovervåking i virksomhet § 4", "kameraovervakingsforskriften:4"],
    ["e-postforskriften § 4", "epostforskriften:4"],
    ["epostforskriften 2", "epostforskriften:2"],
    ["aml 9-1", "arbeidsmiljoloven:9-1"],
    ["aml. § 9-2 (2) b", "arbeidsmiljoloven:9-2(2)(b)"],
    ["arbeidsmiljøloven § 9-1 første ledd", "arbeidsmiljoloven:9-1(1)"],
    ["section 9-1 of the Working Environment Act", "arbeidsmiljoloven:9-1"],
    ["fvl § 29", "forvaltningsloven:29"],
    ["§ 29 i forvaltningsloven", "forvaltningsloven:29"],
    ["åvl § 104", "andsverkloven:104"],
    ["avl § 104", "andsverkloven:104"],
    ["andsverkloven 104", "andsverkloven:104"],
    ["arbeidsmiljoloven § 9-1", "arbeidsmiljoloven:9-1"],
    ["kameraovervakingsforskriften § 6", "kameraovervakingsforskriften:6"],
    ["åndsverkloven § 104 første ledd bokstav c", "andsverkloven:104(1)(c)"],
    ["ekomloven 3-15", "ekomloven:3-15"],
    ["personopplysningsforskriften § 3", "personopplysningsforskriften:3"],
    // A section the site does not hold is still named; the search finds no page for it and searches the words.
    ["section 12 of the Public Administration Act", "forvaltningsloven:12"],
  ])("%s names %s", (q, target) => {
    const parsed = parseCitationQuery(q);
    expect(parsed && "target" in parsed ? formatTarget(parsed.target) : parsed).toBe(target);
  });

  test.each(["aml 9", "fvl 9-1", "kameraforskriften", "ekomloven § 3"])("%s is not a citation of a section that can exist", (q) => {
    expect(parseCitationQuery(q)).toBeUndefined();
  });
});

describe("citations in the forms lawyers write them, the instrument's name before or after", () => {
  test.each([
    ["Working Environment Act s 9-1", "arbeidsmiljoloven:9-1"],
    ["s 9-1 aml", "arbeidsmiljoloven:9-1"],
    ["aml s. 9-1", "arbeidsmiljoloven:9-1"],
    ["§ 9-1 i arbeidsmiljølova", "arbeidsmiljoloven:9-1"],
    ["PDA s 12", "pda:12"],
    ["s 12 PDA", "pda:12"],
    ["s 12", "pda:12"],
    ["section 12 of the Personal Data Act", "pda:12"],
    ["personopplysningslova § 12", "pda:12"],
    ["§ 16 i personopplysningsloven", "pda:16"],
    ["section 16 first paragraph litra c", "pda:16(1)(c)"],
    ["§ 16 1. ledd bokstav c", "pda:16(1)(c)"],
    ["section 16 subsection 1 c", "pda:16(1)(c)"],
    ["section 16 1st subsection c", "pda:16(1)(c)"],
    ["section 205 of the Penal Code", "penal:205"],
    ["straffelova § 205", "penal:205"],
    ["article 6 paragraph 1 point f", "gdpr:6(1)(f)"],
    ["art. 6 para. 1 lit. f", "gdpr:6(1)(f)"],
    ["art. 6 no. 1 letter (f)", "gdpr:6(1)(f)"],
    ["point (f) of Article 6(1)", "gdpr:6(1)(f)"],
    ["Article 6(1)(f) of the GDPR", "gdpr:6(1)(f)"],
    ["Article 17(1) of the General Data Protection Regulation", "gdpr:17(1)"],
    ["artikkel 9 i personvernforordningen", "gdpr:9"],
    ["PVN 2022-03", "case:PVN-2022-03"],
    ["PVN 2022 3", "case:PVN-2022-3"],
    ["pvn-22-03", "case:PVN-2022-03"],
  ])("%s → %s", (q, want) => {
    expect(target(q)).toBe(want);
  });
});

test("a nynorsk ordinal names the subsection: «§ 12 sjuande ledd»", () => {
  expect(target("personopplysningslova § 12 sjuande ledd")).toBe("pda:12(7)");
});

test("a Supreme Court number with the paragraph cited, and the GDPR as «forordningen»", () => {
  expect(target("HR-2021-2403-A avsnitt 40")).toBe("case:HR-2021-2403-A");
  expect(target("HR-2021-2403-A, para. 40")).toBe("case:HR-2021-2403-A");
  expect(target("forordningen artikkel 6")).toBe("gdpr:6");
});

// The recogniser against real phrases about the regulations and the neighbouring Acts: taken
// verbatim from the instruments' own text (content/statutes/), from the decisions dataset
// (../shared/sources/decisions-v2.json, notes and summaries), and the citation forms practitioners
// use; with what each must link to, traps included. Whether a recognised place becomes a link is
// shouldLink's call: a section of an extract the site does not hold stays plain text.
import { describe, expect, test } from "vitest";
import { markdownFiles } from "../../src/lib/content/disk";
import { linkReferences } from "../../src/lib/refs/link";
import { recognise, type RefContext } from "../../src/lib/refs/recognise";
import { readRegistry } from "../../src/lib/refs/registry";
import { refName, refProblem, shouldLink } from "../../src/lib/refs/resolve";
import type { StatuteKey } from "../../src/lib/statute/instruments";
import { root } from "./helpers/act-files";
import { datasetPhrase } from "./helpers/dataset";

const reg = readRegistry(root);
const exists = (ref: Parameters<typeof refProblem>[0]) => refProblem(ref, reg) === undefined;
/** What becomes a link: recognised, and linkable. */
const linked = (text: string, ctx: RefContext) =>
  recognise(text, { exists, ...ctx })
    .filter((f) => shouldLink(f.ref, reg))
    .map((f) => refName(f.ref));
const recognised = (text: string, ctx: RefContext) => recognise(text, { exists, ...ctx }).map((f) => refName(f.ref));

/** [instrument, section, phrase verbatim in content/statutes/<instrument>/<section>.mdx, what it links to] */
const STATUTE_TEXT: [StatuteKey, string, string, string[]][] = [
  [
    "kameraovervakingsforskriften",
    "1",
    "Det samme gjelder uekte kameraovervåkingsutstyr eller skilting, oppslag eller lignende som gir inntrykk av at kameraovervåking finner sted, jf. personopplysningsloven § 31.",
    ["pda:31"],
  ],
  ["kameraovervakingsforskriften", "2", "Arbeidsmiljøloven kapittel 9 og personopplysningsloven gjelder for kameraovervåking i virksomhet.", []],
  [
    "kameraovervakingsforskriften",
    "6",
    "Sletteplikten etter første og andre ledd gjelder ikke",
    ["kameraovervakingsforskriften:6(1)", "kameraovervakingsforskriften:6(2)"],
  ],
  [
    "kameraovervakingsforskriften",
    "6",
    "Dersom det foreligger et særlig behov for oppbevaring i lengre tid enn i første og andre ledd, kan Datatilsynet gjøre unntak",
    ["kameraovervakingsforskriften:6(1)", "kameraovervakingsforskriften:6(2)"],
  ],
  // The 2000 regulation's section, named by date and number: not this regulation's.
  [
    "kameraovervakingsforskriften",
    "7",
    "forskrift 15. desember 2000 nr. 1265 om behandling av personopplysninger (personopplysningsforskriften) § 8-4 sjette ledd om oppbevaring",
    [],
  ],
  [
    "kameraovervakingsforskriften",
    "4",
    "Ved kameraovervåking etter forskriften her skal det ved skilting eller på annen måte gjøres tydelig at stedet blir overvåket",
    [],
  ],
  ["epostforskriften", "2", "Arbeidsgiver har bare rett til innsyn i opplysninger som er lagret på områder nevnt i § 1", ["epostforskriften:1"]],
  ["epostforskriften", "3", "Arbeidstaker har innsigelsesrett etter personvernforordningen artikkel 21", ["gdpr:21"]],
  ["epostforskriften", "3", "Unntakene fra rett til informasjon i personopplysningsloven § 16 gjelder tilsvarende", ["pda:16"]],
  [
    "epostforskriften",
    "4",
    "Opplysninger nevnt i § 1 første ledd bokstav a og b som ikke er nødvendig",
    ["epostforskriften:1(1)(a)", "epostforskriften:1(1)(b)"],
  ],
  ["epostforskriften", "1", "opplysninger som er slettet fra områder som nevnt i første ledd", ["epostforskriften:1(1)"]],
  ["personopplysningsforskriften", "1", "For Svalbard gjelder ikke personvernforordningen artikkel 56 og kapittel VII.", ["gdpr:56", "gdpr-chapter:VII"]],
  ["personopplysningsforskriften", "2", "Kommisjonens beslutninger etter personvernforordningen artikkel 45 nr. 3 og 5", ["gdpr:45(3)", "gdpr:45(5)"]],
  ["personopplysningsforskriften", "2", "og artikkel 46 nr. 2 bokstav c og d (standard personvernbestemmelser)", ["gdpr:46(2)(c)", "gdpr:46(2)(d)"]],
  ["personopplysningsforskriften", "2", "Er en beslutning som nevnt i første ledd ikke innlemmet i EØS-avtalen", ["personopplysningsforskriften:2(1)"]],
  // Amendments of other regulations: their sections, never this regulation's.
  ["personopplysningsforskriften", "8", "I forskrift 15. juni 2001 nr. 635 om svangerskapsavbrudd (abortforskriften) skal overskriften i § 22 lyde", []],
  ["personopplysningsforskriften", "8", "I forskrift 17. oktober 2008 nr. 1119 til offentleglova (offentlegforskrifta) skal § 7 annet ledd bokstav c lyde", []],
  [
    "personopplysningsforskriften",
    "8",
    "I forskrift 28. oktober 2016 nr. 1258 om elektronisk kommunikasjon med domstolene skal § 12 første ledd annet punktum lyde",
    [],
  ],
  ["personopplysningsforskriften", "8", "(Reseptformidlerforskriften) skal § 2-4 nytt tredje ledd lyde", []],
  [
    "overgangsregler-personopplysninger",
    "1",
    "i forbindelse med gjennomføring av strafferettslige reaksjoner i konfliktrådene, jf. konfliktrådsloven § 1 annet ledd",
    [],
  ],
  [
    "overgangsregler-personopplysninger",
    "2",
    "Datatilsynet kan fastsette tvangsmulkt i medhold av personopplysningsloven § 29 så langt pålegget fortsetter å gjelde i henhold til første ledd.",
    ["pda:29", "overgangsregler-personopplysninger:2(1)"],
  ],
  [
    "overgangsregler-personopplysninger",
    "3",
    "Tillatelser gitt i medhold av lov 14. april 2000 nr. 31 om behandling av personopplysninger § 9 tredje ledd opphører å gjelde",
    [],
  ],
  [
    "overgangsregler-personopplysninger",
    "5",
    "Rådføringsplikten etter personopplysningsloven § 9 annet ledd, § 10 og § 11 annet ledd gjelder ikke",
    ["pda:9(2)", "pda:10", "pda:11(2)"],
  ],
  ["overgangsregler-personopplysninger", "5", "i samsvar med forskrift 15. desember 2000 nr. 1265 om behandling av personopplysninger § 7-27", []],
  [
    "overgangsregler-personopplysninger",
    "6",
    "kan behandle personopplysninger som nevnt i personvernforordningen artikkel 9 og 10 i samme utstrekning",
    ["gdpr:9", "gdpr:10"],
  ],
  [
    "overgangsregler-personopplysninger",
    "6",
    "er det uten betydning for adgangen til behandling etter første og annet ledd at en tillatelse er tidsbegrenset",
    ["overgangsregler-personopplysninger:6(1)", "overgangsregler-personopplysninger:6(2)"],
  ],
  ["ekomloven", "3-15", "Første ledd gjelder ikke for teknisk lagring av eller adgang til opplysninger", ["ekomloven:3-15(1)"]],
  ["ekomloven", "3-15", "Departementet kan gi forskrift om unntak etter andre ledd.", ["ekomloven:3-15(2)"]],
  ["andsverkloven", "104", "bildet brukes som omhandlet i § 33 andre ledd eller § 37 tredje ledd", []],
  ["andsverkloven", "14", "Åndsverk som ikke er skapt særskilt til bruk i dokumenter som nevnt i første ledd", ["andsverkloven:14(1)"]],
  ["forvaltningsloven", "29", "Har en part krevet å få oppgitt begrunnelsen for vedtaket etter § 24 annet ledd, avbrytes klagefristen.", []],
  ["forvaltningsloven", "30", "Fristen regnes overensstemmende med reglene i domstollovens §§ 148 og 149.", []],
  ["arbeidsmiljoloven", "9-3", "(2) Departementet kan i forskrift gi nærmere bestemmelser om hvilke opplysninger som kan innhentes etter denne paragraf.", []],
];

/**
 * Phrases of the dataset's notes and summaries (../shared/sources/decisions-v2.json), read from it at
 * test time: [decision, start of the phrase, end of the phrase (when it is longer), what it links to,
 * what is recognised but stays plain]. The anchors are short so that this file copies none of the prose.
 */
const DECISION_PHRASES: [string, string, string | undefined, string[], string[]][] = [
  ["pvn-2020-12", "It also cites ekomloven § 2-7b", undefined, [], ["ekomloven:2-7b"]],
  ["pvn-2020-12", "and forvaltningsloven § 14", undefined, [], ["forvaltningsloven:14"]],
  ["indre-ostfold-2021", "GDPRhub also cites Education Act", "Public Administration Act § 13", [], ["forvaltningsloven:13"]],
  ["pvn-2021-07", "GDPRhub also cites forvaltningsloven §§ 2 and 28", undefined, [], ["forvaltningsloven:2", "forvaltningsloven:28"]],
  ["jo-2024-4601", "GDPRhub also cites forvaltningsloven § 28", undefined, [], ["forvaltningsloven:28"]],
  ["datatilsynet-website-2020", "GDPRhub lists the Public Administration Act § 2(b) (disqualification)", undefined, [], ["forvaltningsloven:2"]],
  ["pvn-2022-11", "GDPRhub also cites the Child", "and forvaltningsloven § 28", [], ["forvaltningsloven:28"]],
  [
    "meta-2024-pvn-coercive",
    "GDPRhub also lists personopplysningsloven §§ 22",
    "51 as relevant law",
    ["pda:22", "pda:29"],
    ["forvaltningsloven:34(2)", "forvaltningsloven:51"],
  ],
  ["fast-candy-2023", "GDPRhub also cites § 3", "(FOR-2018-07-02-1107)", ["kameraovervakingsforskriften:3"], []],
  // "§ 9(6)" is not a section of a chapter-numbered Act: the note itself doubts it.
  ["fast-candy-2023", "'Working Environment Act § 9(6)'", "not checked)", [], []],
  ["pvn-2024-01", "e-postforskriften § 2 (regulation,", "was listed by GDPRhub", ["epostforskriften:2"], []],
  // "§§ 2-3" of a regulation whose sections are not numbered by chapter: sections 2 to 3.
  ["cyberbook-2021", "GDPRhub also cites §§ 2-3", "(FOR-2018-07-02-1108)", ["epostforskriften:2", "epostforskriften:3"], []],
  ["email-sickleave-2021-pvn", "and §§ 2-3 of the e-mail", "(FOR-2018-07-02-1108)", ["epostforskriften:2", "epostforskriften:3"], []],
  // Sections of the repealed 2000 regulation, numbered by chapter: not today's regulation.
  ["eas-2021", "credit-rating rule (personopplysningsforskriften § 4-3", "gives it)", [], []],
  ["kriminalomsorgen-2022", "under the Personal Data Act 2000", "§§ 2-4 and 2-7", [], []],
  // The 1961 Act's section is another Act's; the 2018 Act's § 87 is outside the extract.
  ["scanbox-telenor-hr-2017", "disclosure was governed by åndsverkloven 1961", "(continued in åndsverkloven 2018 § 87)", [], ["andsverkloven:87"]],
  ["nav-cv-2022", "also cites the NAV Act", "velferdsforvaltningsloven) § 7", [], []],
];
const DECISIONS = DECISION_PHRASES.map(([id, from, to, links, plain]): [string, string[], string[]] => [datasetPhrase(id, from, to), links, plain]);

/** Citation forms as practitioners write them (issue #13), and traps. [phrase, context instrument, what it links to] */
const FORMS: [string, StatuteKey | undefined, string[]][] = [
  ["kameraovervåkingsforskriften § 6", undefined, ["kameraovervakingsforskriften:6"]],
  ["forskrift om kameraovervåking i virksomhet § 4", undefined, ["kameraovervakingsforskriften:4"]],
  ["kameraforskriften § 6 første ledd", undefined, ["kameraovervakingsforskriften:6(1)"]],
  ["e-postforskriften § 2 annet ledd", undefined, ["epostforskriften:2(2)"]],
  ["arbeidsmiljøloven § 9-1 første ledd", undefined, ["arbeidsmiljoloven:9-1(1)"]],
  ["aml. § 9-2", undefined, ["arbeidsmiljoloven:9-2"]],
  ["aml. §§ 9-1 til 9-3", undefined, ["arbeidsmiljoloven:9-1", "arbeidsmiljoloven:9-3"]],
  // Ranges and lists of sections in an instrument whose sections are not numbered by chapter.
  ["e-postforskriften §§ 2-3", undefined, ["epostforskriften:2", "epostforskriften:3"]],
  ["§§ 2–3 i e-postforskriften", undefined, ["epostforskriften:2", "epostforskriften:3"]],
  ["e-postforskriften §§ 2 til 4", undefined, ["epostforskriften:2", "epostforskriften:4"]],
  ["e-postforskriften §§ 2 og 3", undefined, ["epostforskriften:2", "epostforskriften:3"]],
  ["sections 2 to 4 of the E-mail Access Regulations", undefined, ["epostforskriften:2", "epostforskriften:4"]],
  ["sections 2-4 and 6 of the E-mail Access Regulations", undefined, ["epostforskriften:2", "epostforskriften:4", "epostforskriften:6"]],
  ["kameraovervåkingsforskriften §§ 3-5", undefined, ["kameraovervakingsforskriften:3", "kameraovervakingsforskriften:5"]],
  ["§§ 2-3", "epostforskriften", ["epostforskriften:2", "epostforskriften:3"]],
  ["aml. §§ 9-1 og 9-2", undefined, ["arbeidsmiljoloven:9-1", "arbeidsmiljoloven:9-2"]],
  ["ekomloven § 3-15", undefined, ["ekomloven:3-15"]],
  ["åndsverkloven § 104 første ledd bokstav c", undefined, ["andsverkloven:104(1)(c)"]],
  ["fvl. § 29", undefined, ["forvaltningsloven:29"]],
  ["forvaltningsloven § 16", undefined, ["forvaltningsloven:16"]],
  ["strl. § 205", undefined, ["penal:205"]],
  ["section 9-1 of the Working Environment Act", undefined, ["arbeidsmiljoloven:9-1"]],
  ["section 104 of the Copyright Act", undefined, ["andsverkloven:104"]],
  ["§ 29 i forvaltningsloven", undefined, ["forvaltningsloven:29"]],
  ["personopplysningsforskriften § 3", undefined, ["personopplysningsforskriften:3"]],
  // Traps.
  ["forskrift gitt med hjemmel i loven her", undefined, []],
  ["straffeprosessloven § 216 a", undefined, []],
  ["§ 9-5", "arbeidsmiljoloven", ["arbeidsmiljoloven:9-5"]],
  ["§ 9-5", undefined, []],
  // One section 2-3, not a range: singular, or a list that does not ascend as ranges would (the 2000 regulation's chapters).
  ["section 2-3 of the E-mail Access Regulations", undefined, []],
  ["personopplysningsforskriften §§ 2-4 og 2-7", undefined, []],
  ["jf. § 4", "kameraovervakingsforskriften", ["kameraovervakingsforskriften:4"]],
  ["forvaltningsloven § 13 flg.", undefined, []],
  ["the Personal Data Act of 2000 section 8", undefined, []],
  ["a legal basis in Article 6(1)(c) read with chapter 9A of the Education Act", undefined, ["gdpr:6(1)(c)"]],
  // Chapters: linked where the site numbers the instrument's chapters (the Act's, the Penal Code's), plain where it keeps them as printed.
  ["kapittel 6 i personopplysningsloven", undefined, ["pda-chapter:6"]],
  ["straffeloven kapittel 24", undefined, ["penal-chapter:24"]],
  ["chapter 24 of the Penal Code", undefined, ["penal-chapter:24"]],
  ["straffeloven kapittel 25", undefined, []],
  ["chapter 9 of the Working Environment Act", undefined, []],
];

describe("references in the regulations and neighbouring Acts", () => {
  test("the tables hold at least 40 real phrases, and every one is verbatim in its source", () => {
    expect(STATUTE_TEXT.length + DECISIONS.length).toBeGreaterThanOrEqual(40);
    const bodies = new Map(markdownFiles("statutes", root, 2).map((e) => [e.id, e.body.replace(/^- /gm, "").replace(/\s+/g, " ")]));
    for (const [key, section, phrase] of STATUTE_TEXT) expect(bodies.get(`${key}/${section}`), `${key} § ${section}`).toContain(phrase);
    // DECISIONS are read from the dataset itself (datasetPhrase fails when an anchor is not there).
  });

  test.each(STATUTE_TEXT)("%s § %s: %s", (key, section, phrase, expected) => {
    expect(linked(phrase, { statute: key, section })).toEqual(expected);
  });

  test.each(DECISIONS)("%s", (phrase, expected, plain) => {
    expect(linked(phrase, { statute: "pda" })).toEqual(expected);
    expect(recognised(phrase, { statute: "pda" }).filter((r) => !expected.includes(r))).toEqual(plain);
  });

  test.each(FORMS)("%s (in %s)", (phrase, key, expected) => {
    expect(linked(phrase, key ? { statute: key, section: key === "arbeidsmiljoloven" ? "9-6" : "1" } : { statute: "pda" })).toEqual(expected);
  });

  test("a held section of an extract links; one the site does not hold stays plain in the linked HTML", () => {
    const tree = {
      type: "root" as const,
      children: [
        { type: "element" as const, tagName: "p", properties: {}, children: [{ type: "text" as const, value: "Se fvl. § 29 og forvaltningsloven § 13." }] },
      ],
    };
    const refs = linkReferences(tree, { lang: "nb", statute: "pda" }, { registry: reg });
    expect(refs.map((r) => refName(r.ref))).toEqual(["forvaltningsloven:29"]);
  });
});

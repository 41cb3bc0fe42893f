// The registry of statutory instruments the site holds or cites: one entry per Act or regulation.
// Everything that knows about an instrument reads it from here — the citation-target syntax
// ("kameraovervakingsforskriften:6(1)"), the recogniser's names and abbreviations ("aml. § 9-2",
// "forskrift om kameraovervåking i virksomhet § 4", "section 9-1 of the Working Environment Act"),
// citations in both languages, URLs, Lovdata links and the /legislation/ page. Adding an
// instrument is one entry here plus its content (content/statutes/<key>/, see the README).
//
// Facts (identifiers, titles, Lovdata patterns) are from ../shared/sources/norwegian-identifiers.md
// and the headers of the source files named in `source`; the English names are descriptive, ours
// (no official English translation of the regulations was found), except where Lovdata's English
// translation uses the name.

import type { Lang } from "../citation";
import { formatDate } from "../dates";

export interface Instrument {
  /** The citation-target prefix and the key everywhere in code: "pda", "kameraovervakingsforskriften". */
  key: string;
  /** Further target prefixes that mean the same instrument ("straffeloven:205" = "penal:205"). */
  aliases: readonly string[];
  /** URL slug of its pages: /<slug>/, /<slug>/<section>/, /<slug>/full/. */
  slug: string;
  /** Where the site holds a translation of the whole instrument (the Act): the slug of its Norwegian pages; the English ones are at `slug`. */
  nbSlug?: string;
  /** The name of its data file where it is not the slug (/data/<dataName>.json): the Act's is /data/act.json, its address from before the shared model. */
  dataName?: string;
  /** Lovdata's identifier ("Datokode"). */
  identifier: string;
  type: "lov" | "forskrift";
  /** Full title, and the short name used in citations (Norwegian as printed, English ours). */
  title: { nb: string; en: string };
  name: { nb: string; en: string };
  /**
   * The names it is cited by in running text, longest forms first: bokmål, nynorsk (definite forms),
   * English, and abbreviations (with their full stop where usual). Matched case-insensitively, as whole words.
   */
  citedAs: { nb: readonly string[]; nn: readonly string[]; en: readonly string[]; abbreviations: readonly string[] };
  /** Years that, written right after the name, mean another Act of that name ("Personal Data Act of 2000"): not this one. */
  otherYears: readonly string[];
  /** The ordinal the instrument itself uses for the second ledd ("annet" or "andre"). */
  second: "annet" | "andre";
  /** Section numbers carry the chapter ("9-1", "3-15") rather than running through ("12a"). */
  chapterNumbered: boolean;
  /** The site holds only some sections (an extract): citations of other sections stay plain text. */
  extract: boolean;
  /**
   * Its pages are its own rather than the shared routes' (src/pages/<slug>/): the Penal Code's, English
   * first, with its own entry in the navigation and its own group in "Cited by". Its content is every instrument's.
   */
  ownPages?: boolean;
}

/** The instruments, in the order /legislation/ lists them. */
export const INSTRUMENTS = [
  {
    key: "pda",
    aliases: [],
    slug: "personal-data-act",
    nbSlug: "personopplysningsloven",
    dataName: "act",
    identifier: "LOV-2018-06-15-38",
    type: "lov",
    otherYears: ["2000"],
    title: {
      nb: "Lov om behandling av personopplysninger (personopplysningsloven)",
      en: "Act relating to the processing of personal data (The Personal Data Act)",
    },
    name: { nb: "personopplysningsloven", en: "Personal Data Act" },
    citedAs: { nb: ["personopplysningsloven"], nn: ["personopplysningslova"], en: ["Personal Data Act"], abbreviations: ["popplyl.", "popl.", "PDA"] },
    second: "annet",
    chapterNumbered: false,
    extract: false,
  },
  {
    key: "penal",
    aliases: ["straffeloven"],
    slug: "penal-code",
    identifier: "LOV-2005-05-20-28",
    type: "lov",
    otherYears: ["1902"],
    title: { nb: "Lov om straff (straffeloven)", en: "Penal Code" },
    name: { nb: "straffeloven", en: "Penal Code" },
    citedAs: { nb: ["straffeloven"], nn: ["straffelova"], en: ["Penal Code"], abbreviations: ["strl."] },
    second: "annet",
    chapterNumbered: false,
    extract: true,
    ownPages: true,
  },
  {
    key: "personopplysningsforskriften",
    aliases: [],
    slug: "personopplysningsforskriften",
    identifier: "FOR-2018-06-15-876",
    type: "forskrift",
    otherYears: [],
    title: { nb: "Forskrift om behandling av personopplysninger (personopplysningsforskriften)", en: "Regulations on the processing of personal data" },
    name: { nb: "personopplysningsforskriften", en: "Personal Data Regulations" },
    citedAs: {
      nb: ["forskrift om behandling av personopplysninger", "personopplysningsforskriften"],
      nn: ["personopplysningsforskrifta"],
      en: ["Personal Data Regulations", "Personal Data Regulation"],
      abbreviations: [],
    },
    second: "annet",
    chapterNumbered: false,
    extract: false,
  },
  {
    key: "kameraovervakingsforskriften",
    aliases: [],
    slug: "kameraovervakingsforskriften",
    identifier: "FOR-2018-07-02-1107",
    type: "forskrift",
    otherYears: [],
    title: { nb: "Forskrift om kameraovervåking i virksomhet", en: "Regulations on camera surveillance in the workplace" },
    name: { nb: "kameraovervåkingsforskriften", en: "Workplace Camera Surveillance Regulations" },
    citedAs: {
      nb: ["forskrift om kameraovervåking i virksomhet", "kameraovervåkingsforskriften", "kameraovervåkningsforskriften", "kameraforskriften"],
      nn: ["kameraovervakingsforskrifta", "kameraforskrifta"],
      en: [
        "Workplace Camera Surveillance Regulations",
        "Camera Surveillance Regulations",
        "Camera Surveillance Regulation",
        "Camera Regulation",
        "regulation on camera surveillance in businesses",
        "regulation on camera surveillance in undertakings",
        "regulation on camera surveillance in the workplace",
      ],
      abbreviations: [],
    },
    second: "andre",
    chapterNumbered: false,
    extract: false,
  },
  {
    key: "epostforskriften",
    aliases: [],
    slug: "epostforskriften",
    identifier: "FOR-2018-07-02-1108",
    type: "forskrift",
    otherYears: [],
    title: {
      nb: "Forskrift om arbeidsgivers innsyn i e-postkasse og annet elektronisk lagret materiale",
      en: "Regulations on employers' access to e-mail and other electronically stored material",
    },
    name: { nb: "e-postforskriften", en: "Employer E-mail Access Regulations" },
    citedAs: {
      nb: [
        "forskrift om arbeidsgivers innsyn i e-postkasse og annet elektronisk lagret materiale",
        "e-postinnsynsforskriften",
        "epostinnsynsforskriften",
        "e-postforskriften",
        "epostforskriften",
        "innsynsforskriften",
      ],
      nn: ["e-postforskrifta", "innsynsforskrifta"],
      en: ["Employer E-mail Access Regulations", "E-mail Access Regulations", "e-mail access regulation", "E-mail Regulations", "E-mail Regulation"],
      abbreviations: [],
    },
    second: "andre",
    chapterNumbered: false,
    extract: false,
  },
  {
    key: "overgangsregler-personopplysninger",
    aliases: [],
    slug: "overgangsregler-personopplysninger",
    identifier: "FOR-2018-06-15-877",
    type: "forskrift",
    otherYears: [],
    title: { nb: "Overgangsregler om behandling av personopplysninger", en: "Transitional rules on the processing of personal data" },
    name: { nb: "overgangsreglene om behandling av personopplysninger", en: "Transitional Rules (personal data)" },
    citedAs: {
      nb: [
        "forskrift om overgangsregler om behandling av personopplysninger",
        "overgangsregler om behandling av personopplysninger",
        "overgangsreglene om behandling av personopplysninger",
        "overgangsforskriften",
      ],
      nn: [],
      en: ["Transitional Rules on the processing of personal data", "Transitional Regulations"],
      abbreviations: [],
    },
    second: "annet",
    chapterNumbered: false,
    extract: false,
  },
  {
    key: "arbeidsmiljoloven",
    aliases: [],
    slug: "arbeidsmiljoloven",
    identifier: "LOV-2005-06-17-62",
    type: "lov",
    otherYears: [],
    title: {
      nb: "Lov om arbeidsmiljø, arbeidstid og stillingsvern mv. (arbeidsmiljøloven)",
      en: "Act relating to working environment, working hours and employment protection, etc. (Working Environment Act)",
    },
    name: { nb: "arbeidsmiljøloven", en: "Working Environment Act" },
    citedAs: { nb: ["arbeidsmiljøloven", "arbeidsmiljølovens"], nn: ["arbeidsmiljølova"], en: ["Working Environment Act"], abbreviations: ["aml."] },
    second: "andre",
    chapterNumbered: true,
    extract: true,
  },
  {
    key: "ekomloven",
    aliases: [],
    slug: "ekomloven",
    identifier: "LOV-2024-12-13-76",
    type: "lov",
    otherYears: ["2003"],
    title: { nb: "Lov om elektronisk kommunikasjon (ekomloven)", en: "Electronic Communications Act" },
    name: { nb: "ekomloven", en: "Electronic Communications Act" },
    citedAs: { nb: ["ekomloven"], nn: ["ekomlova"], en: ["Electronic Communications Act"], abbreviations: ["ekoml."] },
    second: "andre",
    chapterNumbered: true,
    extract: true,
  },
  {
    key: "andsverkloven",
    aliases: [],
    slug: "andsverkloven",
    identifier: "LOV-2018-06-15-40",
    type: "lov",
    otherYears: ["1961"],
    title: { nb: "Lov om opphavsrett til åndsverk mv. (åndsverkloven)", en: "Act relating to copyright in intellectual property, etc. (Copyright Act)" },
    name: { nb: "åndsverkloven", en: "Copyright Act" },
    citedAs: { nb: ["åndsverkloven", "åndsverksloven"], nn: ["åndsverklova"], en: ["Copyright Act"], abbreviations: ["åvl.", "åndsverkl."] },
    second: "andre",
    chapterNumbered: false,
    extract: true,
  },
  {
    key: "forvaltningsloven",
    aliases: [],
    slug: "forvaltningsloven",
    identifier: "LOV-1967-02-10",
    type: "lov",
    otherYears: ["2025"],
    title: { nb: "Lov om behandlingsmåten i forvaltningssaker (forvaltningsloven)", en: "Public Administration Act" },
    name: { nb: "forvaltningsloven", en: "Public Administration Act" },
    citedAs: { nb: ["forvaltningsloven"], nn: ["forvaltningslova"], en: ["Public Administration Act"], abbreviations: ["fvl."] },
    second: "annet",
    chapterNumbered: false,
    extract: true,
  },
] as const satisfies readonly Instrument[];

export type StatuteKey = (typeof INSTRUMENTS)[number]["key"];

const byKey = new Map<string, Instrument>(INSTRUMENTS.map((i) => [i.key, i]));
const byPrefix = new Map<string, Instrument>(INSTRUMENTS.flatMap((i) => [i.key, ...i.aliases].map((p) => [p, i] as const)));

export const STATUTE_KEYS: readonly StatuteKey[] = INSTRUMENTS.map((i) => i.key);

export function isStatuteKey(key: string): key is StatuteKey {
  return byKey.has(key);
}

/** The instrument of a key; throws for an unknown one (a programming error). */
export function instrument(key: string): Instrument {
  const found = byKey.get(key);
  if (!found) throw new Error(`unknown instrument "${key}" (known: ${STATUTE_KEYS.join(", ")})`);
  return found;
}

/** The instrument a citation-target prefix names, aliases included ("straffeloven" → penal). */
export function instrumentByPrefix(prefix: string): Instrument | undefined {
  return byPrefix.get(prefix);
}

/** Every target prefix: keys and aliases. */
export const TARGET_PREFIXES: readonly string[] = [...byPrefix.keys()];

/** Whether a section id has the form the instrument numbers its sections in. */
export function sectionFits(inst: Instrument, section: string): boolean {
  return inst.chapterNumbered ? /^\d+-\d+[a-z]?$/.test(section) : /^\d+[a-z]?$/.test(section);
}

/** Statute order of section ids: "9-2" < "9-10" < "10-1"; "12" < "12a" < "13". */
export function compareSections(a: string, b: string): number {
  const parts = (s: string) => /^(\d+)(?:-(\d+))?([a-z]?)$/.exec(s) ?? [s, "0", "0", s];
  const [, a1, a2, a3] = parts(a);
  const [, b1, b2, b3] = parts(b);
  return Number(a1) - Number(b1) || Number(a2 ?? 0) - Number(b2 ?? 0) || (a3 ?? "").localeCompare(b3 ?? "");
}

/** The date an instrument was made, as its identifier gives it: LOV-2018-06-15-38 → 2018-06-15. */
export const instrumentDate = (i: Instrument): string => i.identifier.slice(4, 14);

/** An identifier as Norwegian lawyers write it: LOV-2021-06-18-124 → "lov 18. juni 2021 nr. 124". */
export function identifierInNorwegian(identifier: string): string {
  const m = /^(LOV|FOR)-(\d{4}-\d{2}-\d{2})(?:-(\d+))?$/.exec(identifier);
  if (!m) return identifier;
  return `${m[1] === "LOV" ? "lov" : "forskrift"} ${formatDate(m[2], "nb")}${m[3] ? ` nr. ${m[3]}` : ""}`;
}

/** The URL slug of an instrument's pages in a language: its Norwegian pages have their own where the site holds a translation too (/personopplysningsloven/). */
export const slugIn = (inst: Instrument, lang: Lang): string => (lang === "nb" && inst.nbSlug ? inst.nbSlug : inst.slug);

/** Lovdata's page of the whole instrument. */
export function lovdataDocument(inst: Instrument): string {
  const id = inst.identifier.replace(/^(LOV|FOR)-/, "");
  return inst.type === "lov" ? `https://lovdata.no/dokument/NL/lov/${id}` : `https://lovdata.no/dokument/SF/forskrift/${id}`;
}

/** Lovdata's deep link to one section: https://lovdata.no/lov/2005-05-20-28/§267a. */
export function lovdataSection(inst: Instrument, section: string): string {
  const id = inst.identifier.replace(/^(LOV|FOR)-/, "");
  return `https://lovdata.no/${inst.type}/${id}/§${section}`;
}

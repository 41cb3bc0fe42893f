// Recognises a search query that is a citation ("§ 12", "section 12a", "pda 16", "popl. § 16",
// "art 33", "article 9(2)", "straffeloven § 205", "HR-2021-2403-A", "PVN-2022-03") so that the
// page it names can be offered first. Pure; the search island resolves the result to a page.
import { CASE_NUMBER } from "../decisions/case-numbers";
import { ORD_EN, ORD_NB, ordinal } from "../refs/recognise/ordinals";
import { RECITAL_WORD } from "../refs/recognise/recitals";
import type { Target } from "../refs/targets";
import { INSTRUMENTS, type Instrument, sectionFits, type StatuteKey } from "../statute/instruments";

export type CitationQuery = { target: Target } | { caseNumber: string };

const ORDINALS = [...ORD_EN, ...Object.keys(ORD_NB)].join("|");
/** A subsection in words: "first subsection", "første ledd", "second paragraph" (as English renderings of "ledd" have it), "1. ledd", "1st subsection", "subsection 2". */
const SUBSECTION = String.raw`(?:(?:${ORDINALS}|\d{1,2}\.|\d{1,2}(?:st|nd|rd|th))\s*(?:subsection|paragraph|para\.?|ledd)|(?:subsection|paragraph|para\.?|ledd|nr\.?|no\.?)\s*\d{1,2}(?!\d))`;
/** What may follow a section number: a subsection and a letter, in any of the usual forms. */
const PLACE = new RegExp(String.raw`^(?:\(\d+\)|${SUBSECTION})?,?\s*(?:\(?[a-z]\)?|(?:bokstav|letter|litra|lit\.|point|item)\s*\(?[a-z]\)?)?$`, "i");

function subsectionOf(text: string): number | undefined {
  const paren = /\((\d+)\)/.exec(text);
  if (paren) return Number(paren[1]);
  const word = new RegExp(`^\\s*(${ORDINALS}|\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:subsection|paragraph|para\\.?|ledd)`, "i").exec(text);
  if (word) return /\d/.test(word[1]) ? Number(word[1]) : ordinal(word[1]);
  const numbered = /(?:subsection|paragraph|para\.?|ledd|nr\.?|no\.?)\s*(\d{1,2})(?!\d)/i.exec(text);
  return numbered ? Number(numbered[1]) : undefined;
}

const RECITAL = new RegExp(
  String.raw`^(?:(?:gdpr|personvernforordningen|personvernforordningens)\s+)?(?:${RECITAL_WORD}|rec)\s*(\d{1,3})(?:\s?\((\d)\))?(?:\s*(?:,|and|og|or|eller|to|til)\s*\d{1,3})*(?:\s+(?:gdpr|(?:i|til)\s+personvernforordningen))?$`,
  "i",
);

function letterOf(rest: string): string | undefined {
  const m =
    /(?:\(([a-z])\)|(?:bokstav|letter|litra|lit\.|point|item)\s*\(?([a-z])\b|(?:\(\d+\)|subsection|paragraph|para\.?|ledd|(?:nr\.?|no\.?|subsection|paragraph|ledd)\s*\d{1,2}),?\s*([a-z])\b)/i.exec(
      rest,
    );
  return (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
}

export function parseCitationQuery(raw: string): CitationQuery | undefined {
  const spaced = raw.trim().replace(/\s+/g, " ");
  // Every citation has a number. Words alone skip the patterns below, whose first use costs the
  // browser tens of milliseconds to compile (the instruments' names, in every form, ignoring case).
  if (!spaced || spaced.length > 80 || !/\d/.test(spaced)) return undefined;

  const caseNumber = CASE_NUMBER.exec(caseTyped(spaced));
  if (caseNumber && caseNumber[0].length >= caseTyped(spaced).replace(/^(case|sak)\s+/i, "").length - 1) return { caseNumber: caseNumber[1].toUpperCase() };

  // The instrument named after the place ("section 9-1 of the Working Environment Act", "s 12 PDA",
  // "§ 29 i forvaltningsloven", "art. 6(1)(f) of the GDPR") is read as if named before it.
  const q = nameFirst(spaced);

  // Penal Code: "straffeloven § 205", "strl. 267 a", "penal code section 205", "penal 205", and a
  // bare "§ 267 a": the Personal Data Act has no section numbered above 34.
  const penal = PENAL.exec(q);
  if (penal) {
    const subsection = subsectionOf(penal[3]);
    return {
      target: { kind: "penal", section: `${penal[1]}${penal[2]?.toLowerCase() ?? ""}`, subsection, letter: subsection ? letterOf(penal[3]) : undefined },
    };
  }

  // GDPR recitals: "recital 71", "rec. 26", "GDPR recital 47", "recitals 26 and 30" (the first), "betraktning 26", "fortalepunkt 47", "fortalens punkt 71"
  const recital = RECITAL.exec(q);
  if (recital) {
    const n = Number(recital[1]);
    if (n >= 1 && n <= 173) return { target: { kind: "gdpr-recital", recital: n, paragraph: recital[2] ? Number(recital[2]) : undefined } };
  }

  // GDPR: "art 33", "article 9(2)", "art. 9 (2) (a)", "gdpr 33", "artikkel 6 nr. 1 bokstav a", "article 6
  // paragraph 1 point f", the paragraph and point without brackets ("art. 6 1 f", "gdpr 4 11"), and
  // the EU's own order, "point (f) of Article 6(1)".
  const gdpr =
    /^(?:(?:gdpr|personvernforordningen|forordningen|personvernforordninga|(?:the\s+)?general\s+data\s+protection\s+regulation)\s*)?(?:art(?:icle|ikkel)?\.?|gdpr)\s*(\d{1,2})(?!\d)\s*(?:\(\s*(\d+)\s*\)|(?:nr|no|para)\.?\s*(\d+)|(?:paragraph|ledd)\s*(\d+)|\s(\d{1,2})(?!\d))?\s*(?:\(\s*([a-z])\s*\)|(?:bokstav|letter|litra|lit\.|point|item)\s*\(?([a-z])\)?|(?<=\s)([a-z]))?\s*(?:gdpr)?$/i.exec(
      pointFirst(q),
    );
  if (gdpr) {
    const article = Number(gdpr[1]);
    if (article >= 1 && article <= 99) {
      const paragraph = gdpr[2] ?? gdpr[3] ?? gdpr[4] ?? gdpr[5];
      const point = gdpr[6] ?? gdpr[7] ?? gdpr[8];
      return { target: { kind: "gdpr", article, paragraph: paragraph ? Number(paragraph) : undefined, point: paragraph ? point?.toLowerCase() : undefined } };
    }
  }

  const other = instrumentCitation(q);
  if (other) return other;

  // Personal Data Act: "§ 12", "section 12a", "s. 12 a", "s 12", "pda 16", "popl. § 16", "personopplysningsloven § 16 første ledd bokstav c"
  const pda = PDA.exec(q);
  const named = PDA_NAMED.test(q);
  if (pda && named) {
    const n = Number(pda[1]);
    if (n >= 1 && n <= 34) {
      const rest = (pda[3] ?? "").trim();
      if (!PLACE.test(rest)) return undefined;
      const subsection = subsectionOf(rest);
      return { target: { kind: "pda", section: `${n}${pda[2]?.toLowerCase() ?? ""}`, subsection, letter: subsection ? letterOf(rest) : undefined } };
    }
  }
  return undefined;
}

/**
 * A case number as the search's pattern reads it: the Privacy Appeals Board's with spaces for hyphens
 * or a two-digit year ("PVN 2022 03", "pvn-22-3" → "PVN-2022-03"/"PVN-2022-3").
 */
function caseTyped(q: string): string {
  return q
    .replace(/,?\s*\(?(?:avsnitt|para(?:graph)?\.?|premiss)\s*\d{1,3}\)?$/i, "")
    .replace(
      /^(case\s+|sak\s+)?pvn[\s-]*(\d{4}|\d{2})[\s-/]+(\d{1,3})$/i,
      (_, lead: string | undefined, year: string, n: string) => `${lead ?? ""}PVN-${year.length === 2 ? `20${year}` : year}-${n}`,
    );
}

/** "point (f) of Article 6(1)" as "Article 6(1)(f)". */
const pointFirst = (q: string) =>
  q.replace(/^(?:point|letter|bokstav)\s*\(?([a-z])\)?\s+(?:of|i)\s+(art(?:icle|ikkel)?\.?\s*\d{1,2}\s*\(\s*\d+\s*\))(.*)$/i, "$2($1)$3");

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A name as typed: spaces stretch, a trailing full stop and a hyphen are optional ("aml", "epostforskriften"), æ, ø and å may be written without ("arbeidsmiljoloven", "avl"). */
const typed = (name: string) =>
  escape(name)
    .replace(/ /g, "\\s+")
    .replace(/\\\.$/, "\\.?")
    .replace(/-/g, "-?")
    .replace(/æ/g, "(?:æ|ae|a)")
    .replace(/ø/g, "(?:ø|oe|o)")
    .replace(/å/g, "(?:å|aa|a)");
const namesOf = (i: Instrument) =>
  [...i.citedAs.nb, ...i.citedAs.nn, ...i.citedAs.en, ...i.citedAs.abbreviations]
    .sort((a, b) => b.length - a.length)
    .map(typed)
    .join("|");
const instrument = (key: StatuteKey) => INSTRUMENTS.find((i) => i.key === key) as Instrument;
/** Every name of every instrument, and the GDPR's: what may follow the place cited. */
const ALL_NAMES = `${INSTRUMENTS.map(namesOf).join("|")}|personal data act|penal code|gdpr|the general data protection regulation|general data protection regulation|personvernforordningen`;
/** A citation that names its instrument last: "s 12 PDA", "section 9-1 of the Working Environment Act", "§ 29 i forvaltningsloven", "art. 6 (1) (f) of the GDPR". */
const NAME_LAST = new RegExp(
  String.raw`^((?:§|s\.?|section|sec\.?|art(?:icle|ikkel)?\.?)\s*\d.*?)(?:,?\s+(?:of\s+the|of|in\s+the|in|under\s+the|under|i|etter))?\s+(${ALL_NAMES})$`,
  "iu",
);
const PENAL = new RegExp(String.raw`^(?:(?:${namesOf(instrument("penal"))}|penal)\s*(?:§|s\.?(?=\s*\d)|section|sec\.?)?|§)\s*(\d{3})\s*([a-b])?\b(.*)$`, "iu");
const PDA_NAME = `${namesOf(instrument("pda"))}|personal data act`;
const PDA = new RegExp(String.raw`^(?:(?:${PDA_NAME})\s*)?(?:§|s\.?(?=\s*\d)|section|sec\.?)?\s*(\d{1,2})\s*([a])?\b(.*)$`, "iu");
const PDA_NAMED = new RegExp(String.raw`^(?:${PDA_NAME}|§|s\.?\s*\d|section|sec)`, "iu");
/** The citation with its instrument's name moved before the place ("PDA s 12"); other queries unchanged. */
function nameFirst(q: string): string {
  const m = NAME_LAST.exec(q);
  return m ? `${m[2]} ${m[1]}` : q;
}

/** The other instruments of the registry (the Act and the Penal Code have their own rules above). */
const OTHER_INSTRUMENTS = INSTRUMENTS.filter((i) => i.key !== "pda" && i.key !== "penal").map((i) => ({
  instrument: i as Instrument,
  // "kameraforskriften § 6", "aml 9-1", "fvl. § 29 annet ledd", "åvl § 104 (1) c", "e-postforskriften § 4"
  before: new RegExp(String.raw`^(?:${namesOf(i)})\s*(?:§|s\.?(?=\s*\d)|section|sec\.?)?\s*(\d{1,3}(?:\s*-\s*\d{1,3})?)\s*([a-z])?(?![\p{L}\p{N}])(.*)$`, "iu"),
}));

/** A section of a regulation or another Act in the instrument registry, by any of the names it is cited by. */
function instrumentCitation(q: string): CitationQuery | undefined {
  for (const { instrument, before } of OTHER_INSTRUMENTS) {
    const m = before.exec(q);
    if (!m) continue;
    const section = `${m[1].replace(/\s+/g, "")}${m[2]?.toLowerCase() ?? ""}`;
    if (!sectionFits(instrument, section)) continue;
    const rest = (m[3] ?? "").trim();
    if (rest && !PLACE.test(rest)) continue;
    const subsection = subsectionOf(rest);
    return { target: { kind: instrument.key as StatuteKey, section, subsection, letter: subsection ? letterOf(rest) : undefined } };
  }
  return undefined;
}

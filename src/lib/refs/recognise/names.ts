// Which instrument a chain of references cites, read from the words around it: a name before it
// ("arbeidsmiljøloven § 9-1", "aml. § 9-2", "forskrift om kameraovervåking i virksomhet § 4") or
// after it ("section 9-1 of the Working Environment Act", "§ 4 i forskriften her"). The names come
// from the instrument registry (src/lib/statute/instruments.ts); what is left are the words for
// "this Act", the GDPR, and the shapes of names of instruments the site does not hold ("other").
import { type Instrument, INSTRUMENTS, type StatuteKey } from "../../statute/instruments";
import { END, sticky } from "./patterns";

/**
 * What a chain cites: an instrument by its key, the GDPR, the text's own instrument ("this":
 * "of this Act", "i loven her"), the text's own regulation ("this-regulation": "forskriften her"),
 * or another instrument the site does not cite by section ("other").
 */
export type Cited = StatuteKey | "gdpr" | "this" | "this-regulation" | "other";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A name as a pattern: spaces stretch, a trailing full stop is optional ("aml." or "aml"). */
const namePattern = (name: string) => escape(name).replace(/ /g, "\\s+").replace(/\\\.$/, "\\.?");
const alternatives = (names: readonly string[]) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map(namePattern)
    .join("|");
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}-])";

/** Every name an instrument is cited by, Lovdata's identifier included ("FOR-2018-07-02-1107 § 6"). */
const allNames = (i: Instrument) => [...i.citedAs.nb, ...i.citedAs.nn, ...i.citedAs.en, ...i.citedAs.abbreviations, i.identifier];
/** "(?!\s*(?:of\s+)?2000)": the name followed by a year of another Act of that name. */
const notOtherYear = (i: Instrument) => (i.otherYears.length ? `(?!\\s*(?:\\(\\s*)?(?:of\\s+|fra\\s+)?(?:${i.otherYears.join("|")}))` : "");

/** What follows a chain and says which instrument it cites; the first that matches wins. */
export const QUALIFIERS: [RegExp, Cited][] = [
  [sticky(`\\s+(?:of|in|under)\\s+(?:the\\s+)?(?:former|old|previous|repealed|earlier|said)${END}`), "other"],
  [sticky(`\\s+(?:of|in|under)\\s+(?:this|the)\\s+(?:Act|Code)${END}(?!\\s+(?:of|relating|on|concerning)${END})|\\s+i\\s+(?:loven|lova)\\s+her${END}`), "this"],
  [sticky(`\\s+(?:i|etter)\\s+(?:forskriften|forskrifta)\\s+her${END}`), "this-regulation"],
  ...INSTRUMENTS.map((i): [RegExp, Cited] => {
    const en = alternatives(i.citedAs.en);
    const nb = alternatives([...i.citedAs.nb, ...i.citedAs.nn]);
    const abbr = i.citedAs.abbreviations.length ? `|\\s+(?:${alternatives(i.citedAs.abbreviations)})(?=$|[^\\p{L}\\p{N}])` : "";
    return [
      new RegExp(`(?:\\s+(?:of|in|under)\\s+(?:the\\s+)?(?:Norwegian\\s+)?(?:${en})${END}|\\s+(?:i|etter)\\s+(?:${nb})${END}${abbr})${notOtherYear(i)}`, "iuy"),
      i.key,
    ];
  }),
  [
    sticky(
      `\\s+(?:of|in|under)\\s+(?:(?:the|this)\\s+)?(?:(?:General\\s+)?Data\\s+Protection\\s+Regulation|GDPR|Regulation\\s+\\(EU\\)\\s+2016\\/679|Regulation${END}(?!\\s+\\())|\\s+(?:GDPR|of\\s+GDPR)${END}|\\s+i\\s+(?:personvernforordningen|forordningen|GDPR)${END}`,
    ),
    "gdpr",
  ],
  [
    sticky(
      [
        // "of the EEA Act", "of Directive (EU) 2016/680", "of the Act of 14 April 2000 no. 31", "of Title V"
        `\\s+of\\s+(?:(?:the|that|those|this)\\s+)?(?:\\p{Lu}|\\d)`,
        // "of this guide", "of that Directive"
        `\\s+of\\s+(?:this|that|these|those)\\s+\\p{L}`,
        // "in the Health Personnel Act", "under the Freedom of Information Act"
        `\\s+(?:in|under)\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?\\s+(?:Act|Code|Regulations?|Directive|Convention|Agreement|Charter|Treaty)${END}`,
        `\\s+(?:TFEU|TEU|ECHR|EMK|CFR|EEA)${END}`,
        // "§ 2 i EØS-loven", "§ 3 i lov 14. april 2000 nr. 31"
        `\\s+i\\s+(?:[\\p{L}-]*(?:loven|lova|forskriften|forskrifta|avtalen|konvensjonen|direktivet|traktaten)${END}|lov\\s+\\d|EMK${END}|EØS)`,
      ].join("|"),
    ),
    "other",
  ],
];

/** A character, or an abbreviation ending in a full stop, that does not end the sentence or start another reference. */
const SAME_SENTENCE = "[^.§;:]|\\b(?:nr|jf|mv|bl\\.a)\\.";

const FORMER = "(?:former|old|previous|repealed|earlier|tidligere|gamle)\\s+(?:the\\s+)?";

/** What precedes a run, read from a short window that ends where the run starts; the first that matches wins. */
export const PREFIXES: [RegExp, Cited][] = [
  // "the former Personal Data Act section 8", "gamle personopplysningsloven § 8"
  [new RegExp(`${FORMER}(?:${INSTRUMENTS.map((i) => alternatives(allNames(i))).join("|")}|personopplysningslov)(?:'s)?\\s*$`, "iu"), "other"],
  // An instrument named with the year of another Act of that name: "åndsverkloven 1961 § 56 b".
  ...INSTRUMENTS.filter((i) => i.otherYears.length).map((i): [RegExp, Cited] => [
    new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives(allNames(i))})\\s+(?:of\\s+|fra\\s+|av\\s+)?(?:${i.otherYears.join("|")})\\s*$`, "iu"),
    "other",
  ]),
  // "åndsverkloven 2018 § 87": the name with its own year.
  ...INSTRUMENTS.map((i): [RegExp, Cited] => [
    new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives(allNames(i))})\\s+(?:of\\s+|fra\\s+|av\\s+)?\\d{4}\\s*$`, "iu"),
    i.key,
  ]),
  // "arbeidsmiljøloven § 9-1", "aml. § 9-2", "(personopplysningsloven) § 31", "the Working Environment Act's section 9-1"
  ...INSTRUMENTS.map((i): [RegExp, Cited] => [new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives(allNames(i))})\\)?(?:'s)?\\s*$`, "iu"), i.key]),
  // Earlier in the same sentence, an instrument named by its date and number or by a name in
  // brackets: "I forskrift 15. juni 2001 nr. 635 om svangerskapsavbrudd (abortforskriften) skal
  // overskriften i § 22 lyde", "lov 14. april 2000 nr. 31 om behandling av personopplysninger § 9".
  [new RegExp(`(?:^|[^\\p{L}])(?:lov|loven|forskrift|forskriften)\\s+\\d{1,2}\\.\\s*\\p{L}+\\s+\\d{4}(?:${SAME_SENTENCE})*$`, "iu"), "other"],
  [new RegExp(`\\([^()]*?(?:loven|lova|forskriften|forskrifta)\\)(?:${SAME_SENTENCE})*$`, "iu"), "other"],
  [/(?:General\s+Data\s+Protection\s+Regulation|GDPR|(?:personvern)?forordningen|Regulation\s+\(EU\)\s+2016\/679)(?:'s)?\s*$/iu, "gdpr"],
  [/(?:^|[\s(])(?:loven|lova|lovens)\s*$/iu, "this"],
  [/(?:^|[\s(])(?:forskriften|forskrifta|forskriftens)\s*$/iu, "this-regulation"],
  [
    new RegExp(
      "(?:" +
        [
          // "the Public Administration Act section 13", "ECHR Article 8"
          `(?:^|[^\\p{L}])\\p{Lu}[\\p{L}-]*\\s+(?:Act|Code|Regulations?|Constitution|Agreement|Convention|Treaty|Charter|Directive|Protocol)(?:\\s+(?:of\\s+)?\\d{4})?`,
          `(?:^|[^\\p{L}])(?:ECHR|TFEU|TEU|CFR|EMK|EØS|TEUV)`,
          // a statute named by date and number: "lov 14. april 2000 nr. 31 § 2"
          `(?:^|[^\\p{L}])(?:no|nr)\\.\\s*\\d+`,
          // Lovdata's identifier of an instrument the site does not hold: "FOR-2000-12-15-1265 § 5"
          `(?:^|[^\\p{L}])(?:LOV|FOR)-\\d{4}-\\d{2}-\\d{2}-\\d+`,
          // "EØS-loven § 2", "offentleglova §§ 20 eller 21", "straffeprosessloven § 216 a", "EMK artikkel 8"
          `[\\p{L}-]*(?:loven|lova|lovens|forskriften|forskrifta|avtalen|konvensjonen|pakten|traktaten|direktivet)`,
          `(?:^|[\\s(])(?:offl|tvl|tvml|strpl|dl|hlspl|pasrl|bfl|sktbl|arkl|forskr)\\.`,
        ].join("|") +
        ")\\s*$",
      "u",
    ),
    "other",
  ],
];

// The words and shapes of a citation, as sticky regular expressions the scanner tries at a given
// position: keywords ("section", "§", "Article", "kapittel", ordinals), numbers, letters, list and
// range separators. No instrument names here: those come from the instrument registry (names.ts);
// the ordinal and numeral tables they are built from are in ordinals.ts.

import { ORD_EN, ORD_NB } from "./ordinals";

const cap = (words: string[]) => words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
export const EN_ORD = cap(ORD_EN);
export const NB_ORD = cap(Object.keys(ORD_NB));

/** Where a parse may start. "§" may touch its number ("§12"); words must stand alone. */
export const KEYWORD = new RegExp(
  `§§?(?=\\s*\\d)|(?<![\\p{L}\\p{N}])(?:[Ss]ections?|[Aa]rticles?|Arts?\\.|art\\.|[Aa]rtikkel|[Aa]rtiklene|[Aa]rtikler|[Cc]hapters?|[Kk]apittel|[Kk]apitlene|[Kk]apitler|[Pp]oints?|[Pp]aragraphs?|${EN_ORD}|${NB_ORD})(?![\\p{L}\\p{N}])`,
  "gu",
);

export const sticky = (source: string) => new RegExp(source, "uy");
export const END = "(?![\\p{L}\\p{N}])";

/** The match of a sticky pattern exactly at `pos`, or null. */
export const at = (re: RegExp, text: string, pos: number) => {
  re.lastIndex = pos;
  return re.exec(text);
};

export const RE = {
  sectionKey: sticky(`(§§?|[Ss]ections?)\\s*`),
  articleKey: sticky(`([Aa]rticles?|Arts?\\.|art\\.|[Aa]rtikkel|[Aa]rtiklene|[Aa]rtikler)\\s*`),
  chapterKey: sticky(`([Cc]hapters?|[Kk]apittel|[Kk]apitlene|[Kk]apitler)\\s+`),
  pointKey: sticky(`([Pp]oints?)\\s+`),
  paragraphKey: sticky(`([Pp]aragraphs?)\\s+`),
  number: sticky(`(\\d{1,3})(?!\\d|[-‑/.,]\\d)`),
  /** A section numbered within its chapter: "9-1", "3-15" (Working Environment Act, Electronic Communications Act). */
  chapterNumber: sticky(`(\\d{1,2})[-‑](\\d{1,3})(?!\\d|[-‑/.,]\\d)`),
  smallNumber: sticky(`(\\d{1,2})(?!\\d|[-‑/.,]\\d)`),
  /** "5(2)": a number with a paragraph in brackets, which after a comma can only be a further article. */
  articleWithParagraph: sticky(`\\d{1,2}\\s?\\(\\d{1,2}\\)`),
  sectionLetter: sticky(`(\\s?)([a-z])${END}`),
  // What may follow a spaced section letter ("section 12 a of this Act"), as opposed to the
  // English article ("section 12 a controller").
  afterLetter: sticky(
    `(?:\\s*(?:[,.;:)]|$)|\\s+(?:and|or|to|of|in|applies|apply|does|do|is|are|was|shall|may|must|also|only|og|eller|til|i|jf\\.|cf\\.|${EN_ORD}|${NB_ORD})${END}|\\s*\\()`,
  ),
  placeEn: sticky(`\\s+(${EN_ORD})\\s+subsections?${END}`),
  placeNb: sticky(`\\s+(${NB_ORD})\\s+ledd${END}`),
  placeNum: sticky(`\\s?\\((\\d{1,2})\\)`),
  parenLetter: sticky(`\\s?\\(([a-z])\\)`),
  bareLetter: sticky(`\\s+([a-z])${END}`),
  bokstav: sticky(`\\s+bokstav\\s+([a-zæøå])${END}`),
  paragraphNo: sticky(`\\s+(?:no|nr)\\.\\s*(\\d{1,2})${END}`),
  listSep: sticky(`\\s*,\\s*(?:(?:and|or|og|eller)\\s+)?|\\s+(?:and|or|og|eller|and\\/or)\\s+`),
  rangeSep: sticky(`\\s+(?:to|til)\\s+|\\s*[–—]\\s*`),
  roman: sticky(`(XI|X|IX|VIII|VII|VI|V|IV|III|II|I)${END}`),
  ordinalsEn: sticky(`(${EN_ORD})((?:\\s*,\\s*|\\s+(?:and|or)\\s+)(?:${EN_ORD}))*\\s+subsections?${END}`),
  ordinalsNb: sticky(`(${NB_ORD})((?:\\s*,\\s*|\\s+(?:og|eller)\\s+)(?:${NB_ORD}))*\\s+ledd${END}`),
  ordinalWord: new RegExp(`${EN_ORD}|${NB_ORD}`, "gu"),
  ofSection: sticky(`\\s+of\\s+section\\s+`),
  pointOf: sticky(
    `\\s+of\\s+(?:(?:the\\s+)?(?:first|second|third|fourth)\\s+subparagraph(?:\\s+of\\s+paragraph\\s+(\\d{1,2}))?|paragraph\\s+(\\d{1,2})|(this\\s+paragraph)|(Articles?\\s+(\\d{1,2})\\s?\\((\\d{1,2})\\)))(?:\\s+of\\s+this\\s+Article)?`,
  ),
  paragraphOf: sticky(`\\s+of\\s+(?:(this\\s+Article)|Article\\s+(\\d{1,2})${END}(?:\\s?\\(\\d{1,2}\\))?)`),
  sentences: sticky(
    `\\s+(?:(?:first|second|third|fourth|last)(?:\\s+(?:and|or)\\s+(?:first|second|third|fourth|last))?\\s+sentences?|(?:første|annet|andre|tredje|fjerde|siste)(?:\\s+(?:og|eller)\\s+(?:første|annet|andre|tredje|fjerde|siste))?\\s+punktum|ff\\.|et\\s+seq\\.?|flg\\.|følgende)${END}`,
  ),
  // A connector that carries a chain on to its next run: "… and Article 38 (3)", "… samt §§ 6, 7 og 9".
  join: sticky(
    `(?:\\s*,\\s*(?:(?:and|or|as\\s+well\\s+as)\\s+)?|\\s+(?:and|or|as\\s+well\\s+as|og|eller|samt)\\s+)(?=§|[Ss]ections?${END}|[Aa]rticles?${END}|[Aa]rtikkel${END}|[Cc]hapters?${END}|[Kk]apittel${END}|[Pp]oints?${END})`,
  ),
  parenPoint: sticky(`\\s?\\(([a-z]|\\d{1,2})\\)`),
  parenLetterTight: sticky(`\\(([a-z])\\)`),
  parenNumberTight: sticky(`\\((\\d{1,2})\\)`),
  parenPointTight: sticky(`\\(([a-z]|\\d{1,2})\\)`),
  noTight: sticky(`(?:no|nr)\\.\\s*(\\d{1,2})${END}`),
  letterTight: sticky(`([a-z])${END}`),
  letterTightNb: sticky(`([a-zæøå])${END}`),
  anyOf: sticky(`\\s+of\\s`),
  ofOther: sticky(`\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}|that|those)`),
};

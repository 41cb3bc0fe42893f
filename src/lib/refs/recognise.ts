// Finds the references in running text that the site can link: sections of the Personal Data
// Act and the Penal Code, their subsections and letters, GDPR articles, paragraphs, points and
// chapters, and the Act's own chapters, in English and in Norwegian:
//
//   section 9 second subsection · sections 6, 7 and 9 of this Act · sections 27 to 29 · section 12 a
//   § 9 annet ledd · §§ 6, 7 og 9 · §§ 27 til 29 · første ledd bokstav a, b og d · straffeloven § 205
//   Article 9 (2) (a) and (c) to (f) · Articles 24, 26, 33 no. 2 and 40 to 43 · point (a) of Article 6(1)
//   personvernforordningen artikkel 9 nr. 1 · artikkel 6 nr. 1 bokstav a · Chapters I, VI and XI
//
// and leaves alone what belongs to other instruments: "section 2 of the EEA Act", "EØS-loven § 2",
// "forvaltningsloven § 13 flg.", "Article 8 ECHR", "Article 2(2) of Directive (EU) 2016/680".
//
// The text is scanned once, left to right: a keyword ("section", "§", "Article", "kapittel", an
// ordinal …) starts a parse that consumes the whole chain of references it begins, and the scan
// resumes after it. What comes before or after a chain (a statute's name, "of this Act", "i loven
// her", "of the Public Administration Act") is read from a window of bounded size, so the work is
// linear in the length of the text. Pure: no I/O; whether a place exists is asked of `exists`.
import type { Target } from "./targets";

/** A chapter: of the Act (arabic numbers) or of the GDPR (roman numbers, kept as numbers here). */
export interface ChapterRef {
  kind: "chapter";
  of: "pda" | "gdpr";
  chapter: number;
}
export type Ref = Target | ChapterRef;

export interface Found {
  /** The span of the text that becomes the link. */
  start: number;
  end: number;
  ref: Ref;
  /** This link ends a range ("sections 27 to 29"): where the range began. The places between are cited too. */
  rangeFrom?: Ref;
}

export interface RefContext {
  /** What a bare "section 12" or "§ 12" cites: this Act (default), the Penal Code, or nothing (GDPR text). */
  statute?: "pda" | "penal" | null;
  /** The section the text belongs to: "the first subsection c" and "første ledd" point into it. */
  section?: string;
  /** The GDPR article the text belongs to: "paragraph 2", "point (e) of this paragraph". */
  article?: number;
  /** The paragraph of that article the text belongs to. */
  paragraph?: number;
  /** Whether a place exists. Used only to settle readings the words leave open ("section 12 a controller"). */
  exists?: (ref: Ref) => boolean;
}

type Instrument = "pda" | "penal" | "gdpr" | "this" | "other";

interface Item {
  start: number;
  end: number;
  family: "section" | "article" | "chapter";
  section?: string;
  subsection?: number;
  letter?: string;
  article?: number;
  paragraph?: number;
  point?: string;
  chapter?: number;
  roman?: boolean;
  /** The point was named in the Norwegian way ("bokstav a"), so bare letters may follow ("og c til f"). */
  bokstav?: boolean;
  /** Set when the item ends a range; the item that began it. */
  from?: Item;
}

interface Run {
  start: number;
  end: number;
  items: Item[];
  /** The instrument named right before the run ("straffeloven § 205"). */
  prefix?: Instrument;
  /** The run settles its own instrument ("paragraph 2 of this Article", "point (e) of this paragraph"). */
  fixed?: boolean;
  /** The run points into the text's own section ("the first subsection c", "første ledd"). */
  same?: boolean;
}

const ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ORD_NB: Record<string, number> = { første: 1, annet: 2, andre: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, åttende: 8, niende: 9, tiende: 10 };
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];

const cap = (words: string[]) => words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join("|");
const EN_ORD = cap(ORD_EN);
const NB_ORD = cap(Object.keys(ORD_NB));
const ordinal = (word: string) => ORD_NB[word.toLowerCase()] ?? ORD_EN.indexOf(word.toLowerCase()) + 1;

/** Where a parse may start. "§" may touch its number ("§12"); words must stand alone. */
const KEYWORD = new RegExp(
  `§§?(?=\\s*\\d)|(?<![\\p{L}\\p{N}])(?:[Ss]ections?|[Aa]rticles?|Arts?\\.|art\\.|[Aa]rtikkel|[Aa]rtiklene|[Aa]rtikler|[Cc]hapters?|[Kk]apittel|[Kk]apitlene|[Kk]apitler|[Pp]oints?|[Pp]aragraphs?|${EN_ORD}|${NB_ORD})(?![\\p{L}\\p{N}])`,
  "gu",
);

const sticky = (source: string) => new RegExp(source, "uy");
const END = "(?![\\p{L}\\p{N}])";

const RE = {
  sectionKey: sticky(`(§§?|[Ss]ections?)\\s*`),
  articleKey: sticky(`([Aa]rticles?|Arts?\\.|art\\.|[Aa]rtikkel|[Aa]rtiklene|[Aa]rtikler)\\s*`),
  chapterKey: sticky(`([Cc]hapters?|[Kk]apittel|[Kk]apitlene|[Kk]apitler)\\s+`),
  pointKey: sticky(`([Pp]oints?)\\s+`),
  paragraphKey: sticky(`([Pp]aragraphs?)\\s+`),
  number: sticky(`(\\d{1,3})(?!\\d|[-‑/.,]\\d)`),
  smallNumber: sticky(`(\\d{1,2})(?!\\d|[-‑/.,]\\d)`),
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
  join: sticky(`(?:\\s*,\\s*(?:(?:and|or|as\\s+well\\s+as)\\s+)?|\\s+(?:and|or|as\\s+well\\s+as|og|eller|samt)\\s+)(?=§|[Ss]ections?${END}|[Aa]rticles?${END}|[Aa]rtikkel${END}|[Cc]hapters?${END}|[Kk]apittel${END}|[Pp]oints?${END})`),
};

// What follows a chain and says which instrument it cites; the first that matches wins.
const QUALIFIERS: [RegExp, Instrument][] = [
  [sticky(`\\s+(?:of|in|under)\\s+(?:the\\s+)?(?:former|old|previous|repealed|earlier|said)${END}`), "other"],
  [sticky(`\\s+(?:of|in|under)\\s+(?:this|the)\\s+(?:Act|Code)${END}(?!\\s+(?:of|relating|on|concerning)${END})|\\s+i\\s+(?:loven|lova)\\s+her${END}`), "this"],
  [sticky(`\\s+(?:of|in|under)\\s+the\\s+(?:Norwegian\\s+)?Personal\\s+Data\\s+Act${END}(?!\\s*(?:\\(\\s*)?(?:of\\s+)?2000)|\\s+i\\s+personopplysningsloven${END}|\\s+(?:PDA${END}|popplyl\\.)`), "pda"],
  [sticky(`\\s+(?:of|in|under)\\s+the\\s+(?:Norwegian\\s+)?(?:General\\s+Civil\\s+)?Penal\\s+Code${END}(?!\\s*(?:of\\s+)?1902)|\\s+i\\s+straffeloven${END}|\\s+strl\\.`), "penal"],
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
        // "in the Working Environment Act", "under the Freedom of Information Act"
        `\\s+(?:in|under)\\s+the\\s+\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+){0,5}?\\s+(?:Act|Code|Regulations?|Directive|Convention|Agreement|Charter|Treaty)${END}`,
        `\\s+(?:TFEU|TEU|ECHR|EMK|CFR|EEA)${END}`,
        // "§ 2 i EØS-loven", "§ 3 i lov 14. april 2000 nr. 31"
        `\\s+i\\s+(?:[\\p{L}-]*(?:loven|lova|forskriften|forskrifta|avtalen|konvensjonen|direktivet|traktaten)${END}|lov\\s+\\d|EMK${END}|EØS)`,
      ].join("|"),
    ),
    "other",
  ],
];

// What precedes a run, read from a short window that ends where the run starts.
const PREFIXES: [RegExp, Instrument][] = [
  [/(?:former|old|previous|repealed|earlier|tidligere|gamle)\s+(?:the\s+)?(?:Personal\s+Data\s+Act|personopplysningslov(?:en)?)(?:'s)?\s*$/iu, "other"],
  [/(?:Personal\s+Data\s+Act|personopplysningsloven|personopplysningslova|popplyl\.)(?:'s)?\s*$/iu, "pda"],
  [/(?:Penal\s+Code|straffeloven|straffelova|strl\.)(?:'s)?\s*$/iu, "penal"],
  [/(?:General\s+Data\s+Protection\s+Regulation|GDPR|(?:personvern)?forordningen|Regulation\s+\(EU\)\s+2016\/679)(?:'s)?\s*$/iu, "gdpr"],
  [/(?:^|[\s(])(?:loven|lova|lovens)\s*$/iu, "this"],
  [
    new RegExp(
      "(?:" +
      [
        // "the Public Administration Act section 13", "ECHR Article 8"
        `(?:^|[^\\p{L}])\\p{Lu}[\\p{L}-]*\\s+(?:Act|Code|Regulations?|Constitution|Agreement|Convention|Treaty|Charter|Directive|Protocol)(?:\\s+(?:of\\s+)?\\d{4})?`,
        `(?:^|[^\\p{L}])(?:ECHR|TFEU|TEU|CFR|EMK|EØS|TEUV)`,
        // a statute named by date and number: "lov 14. april 2000 nr. 31 § 2"
        `(?:^|[^\\p{L}])(?:no|nr)\\.\\s*\\d+`,
        // "EØS-loven § 2", "offentleglova §§ 20 eller 21", "forvaltningsloven § 13", "EMK artikkel 8"
        `[\\p{L}-]*(?:loven|lova|lovens|forskriften|forskrifta|avtalen|konvensjonen|pakten|traktaten|direktivet)`,
        `(?:^|[\\s(])(?:fvl|offl|aml|tvl|tvml|strpl|dl|ekoml|hlspl|pasrl|bfl|sktbl|arkl|forskr)\\.`,
      ]
        .join("|") +
        ")\\s*$",
      "u",
    ),
    "other",
  ],
];

const at = (re: RegExp, text: string, pos: number) => {
  re.lastIndex = pos;
  return re.exec(text);
};

const WINDOW = 80;

export function recognise(text: string, context: RefContext = {}): Found[] {
  const ctx = { statute: "pda" as const, ...context };
  const exists = ctx.exists;
  const found: Found[] = [];

  const prefixAt = (pos: number): Instrument | undefined => {
    const before = text.slice(Math.max(0, pos - WINDOW), pos);
    for (const [re, what] of PREFIXES) if (re.test(before)) return what;
    return undefined;
  };
  const qualifierAt = (pos: number): Instrument | undefined => {
    const skip = at(RE.sentences, text, pos);
    const from = skip ? pos + skip[0].length : pos;
    for (const [re, what] of QUALIFIERS) if (at(re, text, from)) return what;
    return undefined;
  };
  /** A spaced letter after a number stands for a lettered section or item only when the words allow it. */
  const letterFits = (letterEnd: number) => at(RE.afterLetter, text, letterEnd) !== null;
  const anyExists = (probe: (statute: "pda" | "penal") => Ref) => !exists || exists(probe("pda")) || exists(probe("penal"));

  /**
   * Reads a list: `read` reads each item (or a group, such as a section and its letters) at the
   * position it is given; between items come separators, "," "and" "og" … or, for a range, "to"
   * "til" "–". `seed` are items already read. Returns all the items and where the list ends.
   */
  function list(pos: number, read: (start: number, first: boolean, previous?: Item) => Item[] | undefined, seed: Item[] = []): { items: Item[]; end: number } {
    const items = [...seed];
    for (;;) {
      let start = pos;
      let range = false;
      if (items.length) {
        const r = at(RE.rangeSep, text, pos);
        const sep = r ?? at(RE.listSep, text, pos);
        if (!sep) break;
        range = !!r;
        start = pos + sep[0].length;
      }
      const group = read(start, !items.length, items.at(-1));
      if (!group?.length) break;
      if (range) group[0].from = items.at(-1);
      items.push(...group);
      pos = group.at(-1)!.end;
    }
    return { items, end: pos };
  }

  /** "a, b and d", "(c) to (f)", "a og c til f" after a first letter: the first and the further items. */
  function letterList(first: Item, parenthesised: boolean): { items: Item[]; end: number } {
    const letter = parenthesised ? /\(([a-z])\)/uy : new RegExp(`([a-zæøå])${END}`, "uy");
    return list(
      first.end,
      (start) => {
        const m = at(letter, text, start);
        if (!m) return undefined;
        const end = start + m[0].length;
        if (!parenthesised && m[1] === "a" && !letterFits(end)) return undefined;
        return [{ ...first, start, end, letter: m[1], from: undefined }];
      },
      [first],
    );
  }

  /** "section 9 second subsection", "§ 16 første ledd bokstav c", "section 16(1)(c)", "§§ 27 til 29". */
  function sectionRun(start: number): Run | undefined {
    const key = at(RE.sectionKey, text, start)!;
    const plural = /^(§§|[Ss]ections)$/.test(key[1]);
    const { items, end } = list(start + key[0].length, (s, first) => {
      if (!first && !plural) return undefined;
      const n = sectionNumber(s);
      if (!n) return undefined;
      const item: Item = { start: first ? start : s, end: n.end, family: "section", section: n.section };
      return place(item, (letter) => anyExists((k) => ({ kind: k, section: n.section, subsection: item.subsection, letter }))).items;
    });
    return items.length ? { start, end, items } : undefined;
  }

  /** A section number with its letter, if the words allow one: "12 a", "12a", "267 b". */
  function sectionNumber(pos: number): { section: string; end: number } | undefined {
    const n = at(RE.number, text, pos);
    if (!n) return undefined;
    const end = pos + n[0].length;
    const suffix = at(RE.sectionLetter, text, end);
    if (suffix) {
      const letterEnd = end + suffix[0].length;
      const section = n[1] + suffix[2];
      if (suffix[1] === "" || (letterFits(letterEnd) && anyExists((s) => ({ kind: s, section })))) return { section, end: letterEnd };
    }
    return { section: n[1], end };
  }

  /** The subsection and letters that may follow a section number; fills `item`, returns it and further letters. */
  function place(item: Item, letterExists: (letter: string) => boolean): { items: Item[]; end: number } {
    const num = at(RE.placeNum, text, item.end);
    const word = num ? null : (at(RE.placeEn, text, item.end) ?? at(RE.placeNb, text, item.end));
    if (!num && !word) return { items: [item], end: item.end };
    item.subsection = num ? Number(num[1]) : ordinal(word![1]);
    item.end += (num ?? word)![0].length;
    return letters(item, letterExists, !!num);
  }

  /** Letters after a subsection: "(c)", " c", " bokstav c", and their lists; returns the item and further letters. */
  function letters(item: Item, letterExists: (letter: string) => boolean, numeric: boolean): { items: Item[]; end: number } {
    const pos = item.end;
    const paren = at(RE.parenLetter, text, pos);
    const bok = paren ? null : at(RE.bokstav, text, pos);
    const bare = paren || bok || numeric ? null : at(RE.bareLetter, text, pos);
    const m = paren ?? bok ?? bare;
    if (!m) return { items: [item], end: pos };
    const letterEnd = pos + m[0].length;
    if (bare && (!letterExists(m[1]) || (m[1] === "a" && !letterFits(letterEnd)))) return { items: [item], end: pos };
    item.letter = m[1];
    item.end = letterEnd;
    return letterList(item, !!paren);
  }

  /** "the first subsection c", "first and second subsection", "første ledd bokstav a, b og d", "second subsection of section 9". */
  function ordinalRun(start: number): Run | undefined {
    const m = at(RE.ordinalsEn, text, start) ?? at(RE.ordinalsNb, text, start);
    if (!m) return undefined;
    const words = [...m[0].matchAll(RE.ordinalWord)];
    const end = start + m[0].length;
    const items: Item[] = words.map((w, i) => ({
      start: start + w.index!,
      end: i === words.length - 1 ? end : start + w.index! + w[0].length,
      family: "section",
      subsection: ordinal(w[0]),
    }));
    const last = items.at(-1)!;
    const of = at(RE.ofSection, text, end);
    let section = ctx.section;
    if (of) {
      const n = sectionNumber(end + of[0].length);
      if (!n) return undefined;
      section = n.section;
      last.end = n.end;
    } else if (!section) {
      return undefined;
    }
    for (const item of items) item.section = section;
    const statute = ctx.statute ?? "pda";
    const more = letters(last, (letter) => !exists || exists({ kind: statute, section: section!, subsection: last.subsection, letter }), false);
    return { start: items[0].start, end: more.end, items: [...items.slice(0, -1), ...more.items], same: !of };
  }

  /** "Article 9 (2) (a) and (c) to (f)", "Articles 24, 26, 33 no. 2 and 40 to 43", "artikkel 37 nr. 5 og 6". */
  function articleRun(start: number): Run | undefined {
    const key = at(RE.articleKey, text, start)!;
    const english = /^(Articles?|Arts?\.)$/i.test(key[1]);
    const plural = !english || /^Articles$/i.test(key[1]);
    /** Whether a plain number in this list names an article (a list of articles has begun). */
    let articleList = false;
    const { items, end } = list(start + key[0].length, (s, first, previous) => {
      if (previous) {
        // A further paragraph or point of the same article: "(6)", "(c)", "nr. 2", "c" after "bokstav a".
        const sub = subLevel(previous, s);
        if (sub) return [sub];
        if (!plural) return undefined;
      }
      const n = at(RE.smallNumber, text, s);
      if (!n) return undefined;
      const number = Number(n[1]);
      // "nr. 5 og 6": the 6 is a paragraph of the same article unless a list of articles has begun.
      if (previous?.paragraph !== undefined && previous.point === undefined && !articleList && !english) {
        const asParagraph: Item = { ...previous, start: s, end: s + n[0].length, paragraph: number, from: undefined };
        if (!exists || exists(toArticleRef(asParagraph))) return [asParagraph];
      }
      if (!first) articleList = true;
      const item: Item = { start: first ? start : s, end: s + n[0].length, family: "article", article: number };
      articleParts(item);
      return [item];
    });
    return items.length ? { start, end, items } : undefined;
  }

  function toArticleRef(item: Item): Ref {
    return { kind: "gdpr", article: item.article!, paragraph: item.paragraph, point: item.point };
  }

  /** The paragraph and point after an article number, added to the item. */
  function articleParts(item: Item) {
    const num = at(RE.placeNum, text, item.end) ?? at(RE.paragraphNo, text, item.end);
    if (!num) return;
    item.paragraph = Number(num[1]);
    item.end += num[0].length;
    const point = at(/\s?\(([a-z]|\d{1,2})\)/uy, text, item.end) ?? at(RE.bokstav, text, item.end);
    const bare = point ? null : at(RE.bareLetter, text, item.end);
    const m = point ?? bare;
    if (!m) return;
    const end = item.end + m[0].length;
    const fits = !bare || ((m[1] !== "a" || letterFits(end)) && (!exists || exists({ kind: "gdpr", article: item.article!, paragraph: item.paragraph, point: m[1] })));
    if (!fits) return;
    item.point = m[1];
    item.bokstav = m === point && /bokstav/.test(m[0]);
    item.end = end;
  }

  /** A further paragraph or point of the previous item's article, after a separator. */
  function subLevel(previous: Item, pos: number): Item | undefined {
    const make = (fields: Partial<Item>, end: number): Item => ({ ...previous, ...fields, start: pos, end, from: undefined });
    const letter = at(/\(([a-z])\)/uy, text, pos);
    if (letter && previous.paragraph !== undefined) return make({ point: letter[1] }, pos + letter[0].length);
    const para = at(/\((\d{1,2})\)/uy, text, pos);
    if (para) {
      const item = make({ paragraph: Number(para[1]), point: undefined }, pos + para[0].length);
      const point = at(/\s?\(([a-z])\)/uy, text, item.end);
      if (point) {
        item.point = point[1];
        item.end += point[0].length;
      }
      return item;
    }
    const no = at(/(?:no|nr)\.\s*(\d{1,2})(?![\p{L}\p{N}])/uy, text, pos);
    if (no) return make({ paragraph: Number(no[1]), point: undefined }, pos + no[0].length);
    // Norwegian letters after "bokstav": "bokstav a og c til f".
    const bare = previous.bokstav ? at(new RegExp(`([a-z])${END}`, "uy"), text, pos) : null;
    if (bare) return make({ point: bare[1] }, pos + bare[0].length);
    return undefined;
  }

  /** "Chapter VII", "Chapters I, VI, VIII, X and XI", "kapittel 1, 2, 6 og 7". */
  function chapterRun(start: number): Run | undefined {
    const key = at(RE.chapterKey, text, start)!;
    const { items, end } = list(start + key[0].length, (s, first, previous) => {
      const roman = at(RE.roman, text, s);
      const m = roman ?? at(RE.smallNumber, text, s);
      if (!m || (previous && previous.roman !== !!roman)) return undefined;
      return [{ start: first ? start : s, end: s + m[0].length, family: "chapter", chapter: roman ? ROMAN.indexOf(m[1]) + 1 : Number(m[1]), roman: !!roman }];
    });
    return items.length ? { start, end, items } : undefined;
  }

  /** EU style: "point (a) of Article 6(1)", "points (a) to (h) and (j) of Article 58(2)", "point (e) of this paragraph". */
  function pointRun(start: number): Run | undefined {
    const key = at(RE.pointKey, text, start)!;
    const { items, end } = list(start + key[0].length, (s, first) => {
      const m = at(/\(([a-z]|\d{1,2})\)/uy, text, s);
      return m ? [{ start: first ? start : s, end: s + m[0].length, family: "article", point: m[1] }] : undefined;
    });
    if (!items.length) return undefined;
    const of = at(RE.pointOf, text, end);
    let article = ctx.article;
    let paragraph = ctx.paragraph;
    let articleItem: Item | undefined;
    if (of?.[4]) {
      article = Number(of[5]);
      paragraph = Number(of[6]);
      const s = end + of[0].indexOf(of[4]);
      articleItem = { start: s, end: s + of[4].length, family: "article", article, paragraph };
    } else if (of && (of[1] || of[2])) {
      paragraph = Number(of[1] ?? of[2]);
    } else if (!of && at(/\s+of\s/uy, text, end)) {
      return undefined;
    }
    if (article === undefined || paragraph === undefined) return undefined;
    for (const item of items) Object.assign(item, { article, paragraph });
    // The instrument of "… of Article 6(1)" is read after the article; otherwise the point is in this Regulation.
    return articleItem ? { start, end: articleItem.end, items: [...items, articleItem] } : { start, end, items, fixed: true };
  }

  /** GDPR style: "paragraph 1 of this Article", "paragraphs 2 and 3", "paragraph 1 of Article 6". */
  function paragraphRun(start: number): Run | undefined {
    const key = at(RE.paragraphKey, text, start)!;
    const { items, end } = list(start + key[0].length, (s, first) => {
      const m = at(RE.smallNumber, text, s);
      return m ? [{ start: first ? start : s, end: s + m[0].length, family: "article", paragraph: Number(m[1]) }] : undefined;
    });
    if (!items.length) return undefined;
    const of = at(RE.paragraphOf, text, end);
    let article = ctx.article;
    if (of?.[2]) {
      article = Number(of[2]);
      if (qualifierAt(end + of[0].length) === "other") return undefined;
    } else if (!of && at(/\s+of\s+(?:the\s+)?(?:\p{Lu}|that|those)/uy, text, end)) {
      return undefined;
    }
    if (article === undefined) return undefined;
    for (const item of items) item.article = article;
    return { start, end, items, fixed: true };
  }

  function runAt(pos: number): Run | undefined {
    if (at(RE.sectionKey, text, pos)) return sectionRun(pos);
    if (at(RE.articleKey, text, pos)) return articleRun(pos);
    if (at(RE.chapterKey, text, pos)) return chapterRun(pos);
    if (at(RE.pointKey, text, pos)) return pointRun(pos);
    if (at(RE.paragraphKey, text, pos)) return paragraphRun(pos);
    return ordinalRun(pos);
  }

  /** Statute sections and the Act's chapters, or the GDPR's articles and chapters. */
  function kindOf(run: Run): "statute" | "gdpr" {
    const first = run.items[0];
    return first.family === "article" || first.roman ? "gdpr" : "statute";
  }

  /** The references an item stands for, once the chain's instrument is known; none if it cites another instrument. */
  function resolve(item: Item, run: Run, qualifier: Instrument | undefined): Ref | undefined {
    const gdprChapter = (): Ref => ({ kind: "chapter", of: "gdpr", chapter: item.chapter! });
    if (item.family === "article" || item.roman) {
      // Articles and roman chapters are the GDPR's unless the words name another instrument.
      if (!run.fixed && (run.prefix ?? qualifier) === "other") return undefined;
      return item.family === "article" ? toArticleRef(item) : gdprChapter();
    }
    const named = run.same ? "this" : (run.prefix ?? qualifier);
    let instrument = named ?? "this";
    if (instrument === "this") instrument = ctx.statute ?? "other";
    if (instrument !== "pda" && instrument !== "penal") return undefined;
    if (item.family === "chapter") return instrument === "pda" ? { kind: "chapter", of: "pda", chapter: item.chapter! } : undefined;
    const place = { section: item.section!, subsection: item.subsection, letter: item.subsection ? item.letter : undefined };
    const ref: Ref = { kind: instrument, ...place };
    // A bare "section 205" in commentary, where the Act has no such section but the Penal Code
    // provision is on the site, means the Penal Code (the other way round would be a guess).
    if (!named && instrument === "pda" && ctx.exists && !ctx.exists(ref)) {
      const penal: Ref = { kind: "penal", ...place };
      if (ctx.exists(penal)) return penal;
    }
    return ref;
  }

  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const runs: Run[] = [];
    let run: Run | undefined = runAt(m.index);
    let qualifier: Instrument | undefined;
    while (run) {
      // A run joined to a chain without a name of its own shares the name of the run before it, if
      // that names the same kind of instrument: "straffeloven § 205 og § 267".
      const before = runs.at(-1);
      run.prefix = prefixAt(run.start) ?? (before && kindOf(before) === kindOf(run) ? before.prefix : undefined);
      runs.push(run);
      qualifier = qualifierAt(run.end);
      if (qualifier) break;
      const join = at(RE.join, text, run.end);
      run = join ? runAt(run.end + join[0].length) : undefined;
    }
    if (!runs.length) continue;
    const refs = new Map<Item, Ref>();
    for (const r of runs) {
      for (const item of r.items) {
        const ref = resolve(item, r, qualifier);
        if (!ref) continue;
        refs.set(item, ref);
        found.push({ start: item.start, end: item.end, ref, ...(item.from && refs.has(item.from) ? { rangeFrom: refs.get(item.from) } : {}) });
      }
    }
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, runs.at(-1)!.end);
  }
  return found;
}

/** "VII" for 7: GDPR chapters are numbered in roman numerals. */
export function romanNumeral(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

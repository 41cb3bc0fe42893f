// The parsers of a chain of references. A Scanner holds one text and its context; each `…Run`
// method reads the run of references that starts with its keyword at a position ("sections 6, 7
// and 9", "Article 9 (2) (a) and (c) to (f)", "første ledd bokstav a, b og d", "Chapters I and VI")
// and returns its items, or nothing. Which instrument a run cites is settled afterwards, from the
// words around the whole chain (names.ts); see recognise.ts for the loop that drives them.
import { instrument, isStatuteKey, sectionFits, STATUTE_KEYS, type StatuteKey } from "../../statute/instruments";
import { PREFIXES, QUALIFIERS, type Cited } from "./names";
import { ordinal, ROMAN } from "./ordinals";
import { at, RE } from "./patterns";
import type { Ref, RefContext } from "../recognise";

export interface Item {
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
  /** "§§ 2-3": the same words read as a range of two sections, for an instrument whose sections are not numbered by chapter. */
  range?: [Item, Item];
}

export interface Run {
  start: number;
  end: number;
  items: Item[];
  /** The instrument named right before the run ("straffeloven § 205"). */
  prefix?: Cited;
  /** The run settles its own instrument ("paragraph 2 of this Article", "point (e) of this paragraph"). */
  fixed?: boolean;
  /** The run points into the text's own section ("the first subsection c", "første ledd"). */
  same?: boolean;
}

/** How far back a name before a run is looked for. */
const WINDOW = 160;

type ReadItem = (start: number, first: boolean, previous?: Item) => Item[] | undefined;

export class Scanner {
  constructor(
    readonly text: string,
    readonly ctx: RefContext,
  ) {}

  private at(re: RegExp, pos: number) {
    return at(re, this.text, pos);
  }

  /** The instrument named just before `pos`. */
  prefixAt(pos: number): Cited | undefined {
    const before = this.text.slice(Math.max(0, pos - WINDOW), pos);
    for (const [re, what] of PREFIXES) if (re.test(before)) return what;
    return undefined;
  }

  /** The instrument named just after `pos` (after any "first sentence", "ff." in between). */
  qualifierAt(pos: number): Cited | undefined {
    const skip = this.at(RE.sentences, pos);
    const from = skip ? pos + skip[0].length : pos;
    for (const [re, what] of QUALIFIERS) if (this.at(re, from)) return what;
    return undefined;
  }

  /** A spaced letter after a number stands for a lettered section or item only when the words allow it. */
  letterFits(letterEnd: number): boolean {
    return this.at(RE.afterLetter, letterEnd) !== null;
  }

  /** Whether some statute has the place `probe` makes (or nothing can be asked). */
  anyExists(probe: (statute: StatuteKey) => Ref): boolean {
    const exists = this.ctx.exists;
    return !exists || STATUTE_KEYS.some((k) => exists(probe(k)));
  }

  /**
   * Reads a list: `read` reads each item (or a group, such as a section and its letters) at the
   * position it is given; between items come separators, "," "and" "og" … or, for a range, "to"
   * "til" "–". `seed` are items already read. Returns all the items and where the list ends.
   */
  list(pos: number, read: ReadItem, seed: Item[] = []): { items: Item[]; end: number } {
    const items = [...seed];
    for (;;) {
      let start = pos;
      let range = false;
      if (items.length) {
        const r = this.at(RE.rangeSep, pos);
        const sep = r ?? this.at(RE.listSep, pos);
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
  letterList(first: Item, parenthesised: boolean): { items: Item[]; end: number } {
    const letter = parenthesised ? RE.parenLetterTight : RE.letterTightNb;
    return this.list(
      first.end,
      (start) => {
        const m = this.at(letter, start);
        if (!m) return undefined;
        const end = start + m[0].length;
        if (!parenthesised && m[1] === "a" && !this.letterFits(end)) return undefined;
        return [{ ...first, start, end, letter: m[1], from: undefined }];
      },
      [first],
    );
  }

  /** "section 9 second subsection", "§ 16 første ledd bokstav c", "section 16(1)(c)", "§§ 27 til 29", "§ 9-1". */
  sectionRun(start: number): Run | undefined {
    const key = this.at(RE.sectionKey, start)!;
    const plural = /^(§§|[Ss]ections)$/.test(key[1]);
    const { items, end } = this.list(start + key[0].length, (s, first) => {
      if (!first && !plural) return undefined;
      const n = this.sectionNumber(s);
      if (!n) return undefined;
      const item: Item = { start: first ? start : s, end: n.end, family: "section", section: n.section };
      return this.place(item, (letter) => this.anyExists((k) => ({ kind: k, section: n.section, subsection: item.subsection, letter }))).items;
    });
    if (plural) hyphenRanges(items);
    return items.length ? { start, end, items } : undefined;
  }

  /** A section number with its letter, if the words allow one: "12 a", "12a", "267 b", "9-1", "2-7 b". */
  sectionNumber(pos: number): { section: string; end: number } | undefined {
    const chapter = this.at(RE.chapterNumber, pos);
    const n = chapter ?? this.at(RE.number, pos);
    if (!n) return undefined;
    const number = chapter ? `${chapter[1]}-${chapter[2]}` : n[1];
    const end = pos + n[0].length;
    const suffix = this.at(RE.sectionLetter, end);
    if (suffix) {
      const letterEnd = end + suffix[0].length;
      const section = number + suffix[2];
      // Right after "§" a spaced letter is the section's ("§ 267 a gives", "§ 12 a krever"): the
      // English article reading ("section 12 a controller") needs the word "section". Not "i",
      // the Norwegian "in" ("§ 4 i forskriften").
      // Other letters than "a" and "i" are no English or Norwegian word on their own ("section 267 b gives").
      const afterSign = suffix[2] !== "i" && /§\s*$/.test(this.text.slice(Math.max(0, pos - 3), pos));
      const word = suffix[2] === "a" || suffix[2] === "i";
      if (suffix[1] === "" || ((afterSign || !word || this.letterFits(letterEnd)) && this.anyExists((s) => ({ kind: s, section }))))
        return { section, end: letterEnd };
    }
    return { section: number, end };
  }

  /** The subsection and letters that may follow a section number; fills `item`, returns it and further letters. */
  place(item: Item, letterExists: (letter: string) => boolean): { items: Item[]; end: number } {
    const num = this.at(RE.placeNum, item.end);
    const word = num ? null : (this.at(RE.placeEn, item.end) ?? this.at(RE.placeNb, item.end));
    if (!num && !word) return { items: [item], end: item.end };
    item.subsection = num ? Number(num[1]) : ordinal(word![1]);
    item.end += (num ?? word)![0].length;
    return this.letters(item, letterExists, !!num);
  }

  /** Letters after a subsection: "(c)", " c", " bokstav c", and their lists; returns the item and further letters. */
  letters(item: Item, letterExists: (letter: string) => boolean, numeric: boolean): { items: Item[]; end: number } {
    const pos = item.end;
    const paren = this.at(RE.parenLetter, pos);
    const bok = paren ? null : this.at(RE.bokstav, pos);
    const bare = paren || bok || numeric ? null : this.at(RE.bareLetter, pos);
    const m = paren ?? bok ?? bare;
    if (!m) return { items: [item], end: pos };
    const letterEnd = pos + m[0].length;
    if (bare && (!letterExists(m[1]) || (m[1] === "a" && !this.letterFits(letterEnd)))) return { items: [item], end: pos };
    item.letter = m[1];
    item.end = letterEnd;
    return this.letterList(item, !!paren);
  }

  /** "the first subsection c", "first and second subsection", "første ledd bokstav a, b og d", "second subsection of section 9". */
  ordinalRun(start: number): Run | undefined {
    const m = this.at(RE.ordinalsEn, start) ?? this.at(RE.ordinalsNb, start);
    if (!m) return undefined;
    // "skal § 2-4 nytt tredje ledd lyde": a new subsection of the section just named, not of this one.
    if (/§\s*\d+(?:-\d+)?\s*[a-z]?\s+(?:nytt?|nye)\s+$/u.test(this.text.slice(Math.max(0, start - 30), start))) return undefined;
    const words = [...m[0].matchAll(RE.ordinalWord)];
    const end = start + m[0].length;
    const items: Item[] = words.map((w, i) => ({
      start: start + w.index!,
      end: i === words.length - 1 ? end : start + w.index! + w[0].length,
      family: "section",
      subsection: ordinal(w[0]),
    }));
    const last = items.at(-1)!;
    const of = this.at(RE.ofSection, end);
    let section = this.ctx.section;
    if (of) {
      const n = this.sectionNumber(end + of[0].length);
      if (!n) return undefined;
      section = n.section;
      last.end = n.end;
    } else if (!section) {
      return undefined;
    }
    for (const item of items) item.section = section;
    const statute = this.ctx.statute ?? "pda";
    const exists = this.ctx.exists;
    const more = this.letters(last, (letter) => !exists || exists({ kind: statute, section: section!, subsection: last.subsection, letter }), false);
    return { start: items[0].start, end: more.end, items: [...items.slice(0, -1), ...more.items], same: !of };
  }

  /** "Article 9 (2) (a) and (c) to (f)", "Articles 24, 26, 33 no. 2 and 40 to 43", "artikkel 37 nr. 5 og 6". */
  articleRun(start: number): Run | undefined {
    const key = this.at(RE.articleKey, start)!;
    const english = /^(Articles?|Arts?\.)$/i.test(key[1]);
    // "Art." names one article or several ("Art. 5(1)(a), 5(2), 13"); "Article" one, unless what follows
    // can only be another article ("Article 5(1)(a), 5(2) and 13").
    const plural = !english || !/^Article$/i.test(key[1]);
    const exists = this.ctx.exists;
    /** Whether a plain number in this list names an article (a list of articles has begun). */
    let articleList = false;
    const { items, end } = this.list(start + key[0].length, (s, first, previous) => {
      if (previous) {
        // A further paragraph or point of the same article: "(6)", "(c)", "nr. 2", "c" after "bokstav a".
        const sub = this.subLevel(previous, s);
        if (sub) return [sub];
        if (!plural && !articleList && !this.at(RE.articleWithParagraph, s)) return undefined;
      }
      const n = this.at(RE.smallNumber, s);
      if (!n) return undefined;
      const number = Number(n[1]);
      // "nr. 5 og 6": the 6 is a paragraph of the same article unless a list of articles has begun.
      if (previous?.paragraph !== undefined && previous.point === undefined && !articleList && !english) {
        const asParagraph: Item = { ...previous, start: s, end: s + n[0].length, paragraph: number, from: undefined };
        if (!exists || exists(articleRef(asParagraph))) return [asParagraph];
      }
      if (!first) articleList = true;
      const item: Item = { start: first ? start : s, end: s + n[0].length, family: "article", article: number };
      this.articleParts(item);
      return [item];
    });
    return items.length ? { start, end, items } : undefined;
  }

  /** The paragraph and point after an article number, added to the item. */
  articleParts(item: Item) {
    const num = this.at(RE.placeNum, item.end) ?? this.at(RE.paragraphNo, item.end);
    if (!num) return;
    item.paragraph = Number(num[1]);
    item.end += num[0].length;
    const point = this.at(RE.parenPoint, item.end) ?? this.at(RE.bokstav, item.end);
    const bare = point ? null : this.at(RE.bareLetter, item.end);
    const m = point ?? bare;
    if (!m) return;
    const end = item.end + m[0].length;
    const exists = this.ctx.exists;
    const fits =
      !bare ||
      ((m[1] !== "a" || this.letterFits(end)) && (!exists || exists({ kind: "gdpr", article: item.article!, paragraph: item.paragraph, point: m[1] })));
    if (!fits) return;
    item.point = m[1];
    item.bokstav = m === point && /bokstav/.test(m[0]);
    item.end = end;
  }

  /** A further paragraph or point of the previous item's article, after a separator. */
  subLevel(previous: Item, pos: number): Item | undefined {
    const make = (fields: Partial<Item>, end: number): Item => ({ ...previous, ...fields, start: pos, end, from: undefined });
    const letter = this.at(RE.parenLetterTight, pos);
    if (letter && previous.paragraph !== undefined) return make({ point: letter[1] }, pos + letter[0].length);
    const para = this.at(RE.parenNumberTight, pos);
    if (para) {
      const item = make({ paragraph: Number(para[1]), point: undefined }, pos + para[0].length);
      const point = this.at(RE.parenLetter, item.end);
      if (point) {
        item.point = point[1];
        item.end += point[0].length;
      }
      return item;
    }
    const no = this.at(RE.noTight, pos);
    if (no) return make({ paragraph: Number(no[1]), point: undefined }, pos + no[0].length);
    // Norwegian letters after "bokstav": "bokstav a og c til f".
    const bare = previous.bokstav ? this.at(RE.letterTight, pos) : null;
    if (bare) return make({ point: bare[1] }, pos + bare[0].length);
    return undefined;
  }

  /** "Chapter VII", "Chapters I, VI, VIII, X and XI", "kapittel 1, 2, 6 og 7". */
  chapterRun(start: number): Run | undefined {
    const key = this.at(RE.chapterKey, start)!;
    const { items, end } = this.list(start + key[0].length, (s, first, previous) => {
      const roman = this.at(RE.roman, s);
      const m = roman ?? this.at(RE.smallNumber, s);
      if (!m || (previous && previous.roman !== !!roman)) return undefined;
      // "chapter 9A" numbers chapters as another Act does (opplæringslova kapittel 9 A): not this one's chapter 9.
      if (!roman && /\p{L}/u.test(this.text[s + m[0].length] ?? "")) return undefined;
      return [{ start: first ? start : s, end: s + m[0].length, family: "chapter", chapter: roman ? ROMAN.indexOf(m[1]) + 1 : Number(m[1]), roman: !!roman }];
    });
    return items.length ? { start, end, items } : undefined;
  }

  /** EU style: "point (a) of Article 6(1)", "points (a) to (h) and (j) of Article 58(2)", "point (e) of this paragraph". */
  pointRun(start: number): Run | undefined {
    const key = this.at(RE.pointKey, start)!;
    const { items, end } = this.list(start + key[0].length, (s, first) => {
      const m = this.at(RE.parenPointTight, s);
      return m ? [{ start: first ? start : s, end: s + m[0].length, family: "article", point: m[1] }] : undefined;
    });
    if (!items.length) return undefined;
    const of = this.at(RE.pointOf, end);
    let article = this.ctx.article;
    let paragraph = this.ctx.paragraph;
    let articleItem: Item | undefined;
    if (of?.[4]) {
      article = Number(of[5]);
      paragraph = Number(of[6]);
      const s = end + of[0].indexOf(of[4]);
      articleItem = { start: s, end: s + of[4].length, family: "article", article, paragraph };
    } else if (of && (of[1] || of[2])) {
      paragraph = Number(of[1] ?? of[2]);
    } else if (!of && this.at(RE.anyOf, end)) {
      return undefined;
    }
    if (article === undefined || paragraph === undefined) return undefined;
    for (const item of items) Object.assign(item, { article, paragraph });
    // The instrument of "… of Article 6(1)" is read after the article; otherwise the point is in this Regulation.
    return articleItem ? { start, end: articleItem.end, items: [...items, articleItem] } : { start, end, items, fixed: true };
  }

  /** GDPR style: "paragraph 1 of this Article", "paragraphs 2 and 3", "paragraph 1 of Article 6". */
  paragraphRun(start: number): Run | undefined {
    const key = this.at(RE.paragraphKey, start)!;
    const { items, end } = this.list(start + key[0].length, (s, first) => {
      const m = this.at(RE.smallNumber, s);
      return m ? [{ start: first ? start : s, end: s + m[0].length, family: "article", paragraph: Number(m[1]) }] : undefined;
    });
    if (!items.length) return undefined;
    const of = this.at(RE.paragraphOf, end);
    let article = this.ctx.article;
    if (of?.[2]) {
      article = Number(of[2]);
      if (this.qualifierAt(end + of[0].length) === "other") return undefined;
    } else if (!of && this.at(RE.ofOther, end)) {
      return undefined;
    }
    if (article === undefined) return undefined;
    for (const item of items) item.article = article;
    return { start, end, items, fixed: true };
  }

  /** The run that starts at a keyword, whichever kind it is. */
  runAt(pos: number): Run | undefined {
    if (this.at(RE.sectionKey, pos)) return this.sectionRun(pos);
    if (this.at(RE.articleKey, pos)) return this.articleRun(pos);
    if (this.at(RE.chapterKey, pos)) return this.chapterRun(pos);
    if (this.at(RE.pointKey, pos)) return this.pointRun(pos);
    if (this.at(RE.paragraphKey, pos)) return this.paragraphRun(pos);
    return this.ordinalRun(pos);
  }

  /** The instrument a run of sections cites: the one named before or after it, or the text's own. */
  statuteOf(run: Run, qualifier: Cited | undefined): Cited {
    const cited = run.same ? "this" : (run.prefix ?? qualifier ?? "this");
    if (cited === "this") return this.ctx.statute ?? "other";
    if (cited === "this-regulation") return this.ctx.statute && instrument(this.ctx.statute).type === "forskrift" ? this.ctx.statute : "other";
    return cited;
  }

  /**
   * The items a run's item stands for once its instrument is known: "§§ 2-3" names sections 2 to 3
   * of an instrument whose sections are not numbered by chapter, and section 2-3 of one that is.
   */
  readings(item: Item, run: Run, qualifier: Cited | undefined): Item[] {
    if (!item.range) return [item];
    const cited = this.statuteOf(run, qualifier);
    return isStatuteKey(cited) && !instrument(cited).chapterNumbered ? item.range : [item];
  }

  /** The references an item stands for, once the chain's instrument is known; none if it cites another instrument. */
  resolve(item: Item, run: Run, qualifier: Cited | undefined): Ref | undefined {
    const ctx = this.ctx;
    if (item.family === "article" || item.roman) {
      // Articles and roman chapters are the GDPR's unless the words name another instrument.
      const named = run.fixed ? undefined : (run.prefix ?? qualifier);
      if (named !== undefined && named !== "gdpr" && named !== "this" && named !== "pda") return undefined;
      return item.family === "article" ? articleRef(item) : { kind: "chapter", of: "gdpr", chapter: item.chapter! };
    }
    const named = run.same ? "this" : (run.prefix ?? qualifier);
    const cited = this.statuteOf(run, qualifier);
    if (!isStatuteKey(cited)) return undefined;
    if (item.family === "chapter") return { kind: "chapter", of: cited, chapter: item.chapter! };
    // "§ 9-1" in a text of the Act (numbered 1 to 35) is not the Act's.
    if (!sectionFits(instrument(cited), item.section!)) return undefined;
    const place = { section: item.section!, subsection: item.subsection, letter: item.subsection ? item.letter : undefined };
    const ref: Ref = { kind: cited, ...place };
    // A bare "section 205" in commentary, where the Act has no such section but the Penal Code
    // provision is on the site, means the Penal Code (the other way round would be a guess).
    if (!named && cited === "pda" && ctx.exists && !ctx.exists(ref)) {
      const penal: Ref = { kind: "penal", ...place };
      if (ctx.exists(penal)) return penal;
    }
    return ref;
  }
}

/**
 * Offers the range reading of "§§ 2-3" on the items of a plural run that can have one: a bare
 * hyphenated number, and only when every number of the list, so read, ascends ("§§ 2-3 og 5"). A
 * list such as "§§ 2-4 and 2-7" is a chapter-numbered instrument's (the repealed 2000 regulation's),
 * not two overlapping ranges.
 */
function hyphenRanges(items: Item[]) {
  const numbers: number[] = [];
  const ranges = new Map<Item, [Item, Item]>();
  for (const item of items) {
    const hyphen = /^(\d+)-(\d+)$/.exec(item.section ?? "");
    if (!hyphen || item.subsection !== undefined || item.from) {
      numbers.push(parseInt(item.section ?? "", 10));
      continue;
    }
    const mid = item.end - hyphen[2].length - 1;
    const first: Item = { start: item.start, end: mid, family: "section", section: hyphen[1] };
    ranges.set(item, [first, { start: mid + 1, end: item.end, family: "section", section: hyphen[2], from: first }]);
    numbers.push(Number(hyphen[1]), Number(hyphen[2]));
  }
  if (numbers.every((n, i) => i === 0 || n > numbers[i - 1])) for (const [item, range] of ranges) item.range = range;
}

export function articleRef(item: Item): Ref {
  return { kind: "gdpr", article: item.article!, paragraph: item.paragraph, point: item.point };
}

/** Statute sections and the Act's chapters, or the GDPR's articles and chapters. */
export function kindOf(run: Run): "statute" | "gdpr" {
  const first = run.items[0];
  return first.family === "article" || first.roman ? "gdpr" : "statute";
}

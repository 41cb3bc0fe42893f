// Finds the references in running text that the site can link: sections of every statute in the
// instrument registry (src/lib/statute/instruments.ts), their subsections and letters, GDPR
// articles, paragraphs, points and chapters, and the instruments' own numbered chapters, in English and Norwegian:
//
//   section 9 second subsection · sections 6, 7 and 9 of this Act · sections 27 to 29 · section 12 a
//   § 9 annet ledd · §§ 6, 7 og 9 · §§ 27 til 29 · første ledd bokstav a, b og d · straffeloven § 205
//   arbeidsmiljøloven § 9-1 første ledd · aml. § 9-2 · kameraovervåkingsforskriften § 6 · fvl. § 29
//   Article 9 (2) (a) and (c) to (f) · Articles 24, 26, 33 no. 2 and 40 to 43 · point (a) of Article 6(1)
//   personvernforordningen artikkel 9 nr. 1 · artikkel 6 nr. 1 bokstav a · Chapters I, VI and XI
//   recital 71 · recitals 26 and 30 · rec. 26 · betraktning 26 · fortalepunkt 47 (recognise/recitals.ts)
//
// and leaves alone what belongs to instruments the site does not hold: "section 2 of the EEA Act",
// "EØS-loven § 2", "straffeprosessloven § 216 a", "Article 8 ECHR", "Article 2(2) of Directive (EU) 2016/680".
//
// The text is scanned once, left to right: a keyword ("section", "§", "Article", "kapittel", an
// ordinal …) starts a parse that consumes the whole chain of references it begins, and the scan
// resumes after it. What comes before or after a chain (a statute's name, "of this Act", "i loven
// her", "of the Public Administration Act") is read from a window of bounded size, so the work is
// linear in the length of the text. Pure: no I/O; whether a place exists is asked of `exists`.
// The parsers are in recognise/scanner.ts, the patterns in recognise/patterns.ts and the names of
// instruments in recognise/names.ts.
import type { StatuteKey } from "../statute/instruments";
import type { Cited } from "./recognise/names";
import { ROMAN } from "./recognise/ordinals";
import { KEYWORD, at, RE } from "./recognise/patterns";
import { recogniseRecitals } from "./recognise/recitals";
import { kindOf, type Item, type Run, Scanner } from "./recognise/scanner";
import type { Target } from "./targets";

/** A chapter: of an instrument of the registry (arabic numbers) or of the GDPR (roman numbers, kept as numbers here). */
export interface ChapterRef {
  kind: "chapter";
  of: StatuteKey | "gdpr";
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
  /** What a bare "section 12" or "§ 12" cites: this Act (default), another instrument, or nothing (GDPR text). */
  statute?: StatuteKey | null;
  /** The section the text belongs to: "the first subsection c" and "første ledd" point into it. */
  section?: string;
  /** The GDPR article the text belongs to: "paragraph 2", "point (e) of this paragraph". */
  article?: number;
  /** The paragraph of that article the text belongs to. */
  paragraph?: number;
  /** Whether a place exists. Used only to settle readings the words leave open ("section 12 a controller"). */
  exists?: (ref: Ref) => boolean;
}

export function recognise(text: string, context: RefContext = {}): Found[] {
  const scanner = new Scanner(text, { statute: "pda", ...context });
  const found: Found[] = [];
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(text); m; m = KEYWORD.exec(text)) {
    const runs: Run[] = [];
    let run: Run | undefined = scanner.runAt(m.index);
    let qualifier: Cited | undefined;
    while (run) {
      // A run joined to a chain without a name of its own shares the name of the run before it, if
      // that names the same kind of instrument: "straffeloven § 205 og § 267".
      const before = runs.at(-1);
      run.prefix = scanner.prefixAt(run.start) ?? (before && kindOf(before) === kindOf(run) ? before.prefix : undefined);
      runs.push(run);
      qualifier = scanner.qualifierAt(run.end);
      if (qualifier) break;
      const join = at(RE.join, text, run.end);
      run = join ? scanner.runAt(run.end + join[0].length) : undefined;
    }
    if (!runs.length) continue;
    const refs = new Map<Item, Ref>();
    // A name after the chain belongs to the runs of its kind: in "Articles 6 and 9 and sections 2 and 3
    // of the e-mail regulation" it names the sections' instrument, not the articles'. A name that
    // does not say its kind ("of the EEA Act") keeps the whole chain from being linked.
    const namedKind = qualifier && kindNamed(qualifier);
    for (const r of runs) {
      const named = !namedKind || kindOf(r) === namedKind ? qualifier : undefined;
      for (const item of r.items.flatMap((i) => scanner.readings(i, r, named))) {
        const ref = scanner.resolve(item, r, named);
        if (!ref) continue;
        refs.set(item, ref);
        found.push({ start: item.start, end: item.end, ref, ...(item.from && refs.has(item.from) ? { rangeFrom: refs.get(item.from) } : {}) });
      }
    }
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, runs.at(-1)!.end);
  }
  // Recitals: a pass of their own, merged in text order, left out where they overlap a reference found above.
  const recitals = recogniseRecitals(text);
  if (!recitals.length) return found;
  const merged: Found[] = [];
  let i = 0;
  for (const r of recitals) {
    while (i < found.length && found[i].start < r.start) merged.push(found[i++]);
    if (merged.at(-1)?.end !== undefined && merged.at(-1)!.end > r.start) continue;
    if (i < found.length && found[i].start < r.end) continue;
    merged.push({ start: r.start, end: r.end, ref: { kind: "gdpr-recital", recital: r.recital, paragraph: r.paragraph } });
  }
  return [...merged, ...found.slice(i)];
}

/** Which kind of run a name after a chain belongs to; none where the name does not say ("of the EEA Act"). */
function kindNamed(cited: Cited): "statute" | "gdpr" | undefined {
  if (cited === "gdpr") return "gdpr";
  return cited === "other" ? undefined : "statute";
}

/** "VII" for 7: GDPR chapters are numbered in roman numerals. */
export function romanNumeral(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

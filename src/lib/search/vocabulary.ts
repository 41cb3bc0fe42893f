// The words the site's pages use (made at build from Pagefind's own page texts), with the number
// of pages that use each. A query word the site does not use is corrected against them (a missing
// æ/ø/å, one typo, two in a long word) or set aside: never matched as a prefix of another word.
import { fold, type Language, languageOf, words } from "./text";

/** word → number of pages using it */
export type Vocabulary = ReadonlyMap<string, number>;
/** word → the one language whose sentences use it (words both use, or used only where the language is unclear, are not listed) */
export type Languages = ReadonlyMap<string, Language>;
/** A vocabulary file: the words of one language under its code, the others under "". */
export type Shard = Partial<Record<Language | "", Record<string, number>>>;

/** Which vocabulary file a word is in: the first letter of its folded form ("ø…" and "o…" together). */
export function shardOf(word: string): string {
  const first = fold(word).charAt(0);
  return /[a-z]/.test(first) ? first : "_";
}

/** The vocabulary of a set of page texts: every word of two or more letters, with its page count. */
export function vocabularyOf(texts: Iterable<string>): Map<string, number> {
  const pages = new Map<string, number>();
  for (const text of texts) for (const w of new Set(words(text))) if (/^\p{L}{2,}$/u.test(w)) pages.set(w, (pages.get(w) ?? 0) + 1);
  return pages;
}

/**
 * The language of each word that only sentences of one language use (sentences told apart by their
 * little words, text.ts languageOf): "share" is English, "opptak" Norwegian. A correction keeps to the
 * language of the query, so that a Norwegian word the pages lack ("svare") is not made an English one.
 */
export function languagesOf(texts: Iterable<string>): Map<string, Language> {
  const seen = new Map<string, Set<Language>>();
  for (const text of texts)
    for (const sentence of text.split(/[.!?;:]\s+|\n/)) {
      const tokens = words(sentence);
      const language = languageOf(tokens);
      if (!language) continue;
      for (const w of tokens) if (/^\p{L}{2,}$/u.test(w)) (seen.get(w) ?? seen.set(w, new Set()).get(w)!).add(language);
    }
  return new Map([...seen].filter(([, l]) => l.size === 1).map(([w, l]) => [w, [...l][0]]));
}

/** The vocabulary split by shardOf, each part as a plain object for JSON, its words under their language. */
export function shardVocabulary(vocabulary: Vocabulary, languages: Languages = new Map()): Record<string, Shard> {
  const shards: Record<string, Shard> = {};
  for (const [w, n] of [...vocabulary].sort(([a], [b]) => (a < b ? -1 : 1))) ((shards[shardOf(w)] ??= {})[languages.get(w) ?? ""] ??= {})[w] = n;
  return shards;
}

/** Vocabulary files read back into one vocabulary and the languages of its words. */
export function readShards(shards: Shard[]): { vocabulary: Map<string, number>; languages: Map<string, Language> } {
  const vocabulary = new Map<string, number>();
  const languages = new Map<string, Language>();
  for (const shard of shards)
    for (const [language, counts] of Object.entries(shard))
      for (const [w, n] of Object.entries(counts ?? {})) {
        vocabulary.set(w, n);
        if (language) languages.set(w, language as Language);
      }
  return { vocabulary, languages };
}

/** Optimal string alignment distance (a swap of two neighbours counts as one edit), stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** How many edits a word of this length may need to be corrected: none under five letters ("tatt" is not "satt"). */
const allowedEdits = (length: number) => (length < 5 ? 0 : length < 8 ? 1 : 2);

/** Whether a word is long enough for a correction to be tried at all (none under five letters). */
export const correctable = (word: string) => allowedEdits(fold(word).length) > 0;

/**
 * The word the site uses for a word it does not: another form of it, the same word with æ/ø/å
 * restored, else the closest word within the allowed edits (the most used on a tie). Undefined when
 * nothing is close. `fits` keeps the candidates to the query's language.
 */
export function correct(word: string, vocabulary: Vocabulary, fits: (candidate: string) => boolean = () => true): string | undefined {
  const w = word.toLowerCase();
  if (vocabulary.has(w)) return w;
  // Another form of the same word first ("researchers" → "research"), then spelling.
  const form = inflections(w, vocabulary, 5).find(fits);
  if (form) return form;
  const folded = fold(w);
  const max = allowedEdits(folded.length);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    if (!fits(candidate)) continue;
    const distance = fold(candidate) === folded ? 0 : max ? editDistance(folded, fold(candidate), max) : max + 1;
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
  }
  return best?.word;
}

/** Endings that make another word of a short one rather than a form of it: car → care, cared, cares, caring. */
const SHORT_STEM_NOT = new Set(["e", "ed", "es", "ing", "ert"]);
/** English endings spelt with s or z, so that one spelling finds the other: anonymization → anonymised, organization → organisation. */
const SPELLINGS = ["isation", "ization", "ised", "ized", "ising", "izing"];
const ENDINGS = ["ene", "ane", "ert", "ing", "inga", "ingen", "ers", "ed", "es", "en", "et", "er", "ar", "a", "e", "s", ...SPELLINGS];

/**
 * The Norwegian (and plain English) inflections of a word that the site uses: samtale → samtaler,
 * samtalen; opptaket → opptak. The word itself first when it is used, then by page count.
 */
export function inflections(word: string, vocabulary: Vocabulary, limit = 5): string[] {
  const w = word.toLowerCase();
  const others = formsOf(w, (f) => vocabulary.has(f)).sort((a, b) => vocabulary.get(b)! - vocabulary.get(a)!);
  return [...(vocabulary.has(w) ? [w] : []), ...others].slice(0, limit);
}

/** The other forms of a word (its stem with each ending) that `has` accepts: samtykket → samtykke, naboen → nabo. */
export function formsOf(word: string, has: (form: string) => boolean): string[] {
  const w = word.toLowerCase();
  // A word of two letters has no forms to find ("ex" is not "exert").
  if (w.length < 3) return [];
  const stems = new Set([w]);
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= 4) stems.add(w.slice(0, -e.length));
  const forms = new Set<string>();
  for (const stem of stems)
    for (const e of ["", ...ENDINGS]) if (stem + e !== w && (stem.length >= 4 || !SHORT_STEM_NOT.has(e)) && has(stem + e)) forms.add(stem + e);
  return [...forms];
}

/**
 * A compound the pages do not use, as two words they do (or the search knows): kameraopptak →
 * kamera + opptak, with a joining s or e dropped (personvernsak → personvern + sak). Each part at
 * least three letters; the longest first part that works. Undefined when no split works.
 */
export function splitCompound(word: string, known: (part: string) => boolean): string[] | undefined {
  const w = word.toLowerCase();
  if (w.length < 7 || !/^\p{L}+$/u.test(w)) return undefined;
  for (let i = w.length - 3; i >= 3; i--) {
    const [head, tail] = [w.slice(0, i), w.slice(i)];
    if (!known(tail)) continue;
    if (known(head)) return [head, tail];
    if (/[se]$/.test(head) && head.length > 3 && known(head.slice(0, -1))) return [head.slice(0, -1), tail];
  }
  return undefined;
}

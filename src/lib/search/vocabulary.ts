// The words the site's pages use (made at build from Pagefind's own page texts), with the number
// of pages that use each. A query word the site does not use is corrected against them (a missing
// æ/ø/å, one typo, two in a long word) or set aside: never matched as a prefix of another word.
import { fold, words } from "./text";

/** word → number of pages using it */
export type Vocabulary = ReadonlyMap<string, number>;

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

/** The vocabulary split by shardOf, each part as a plain object for JSON. */
export function shardVocabulary(vocabulary: Vocabulary): Record<string, Record<string, number>> {
  const shards: Record<string, Record<string, number>> = {};
  for (const [w, n] of [...vocabulary].sort(([a], [b]) => (a < b ? -1 : 1))) (shards[shardOf(w)] ??= {})[w] = n;
  return shards;
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

/**
 * The word the site uses for a word it does not: another form of it, the same word with æ/ø/å
 * restored, else the closest word within the allowed edits (the most used on a tie). Undefined when nothing is close.
 */
export function correct(word: string, vocabulary: Vocabulary): string | undefined {
  const w = word.toLowerCase();
  if (vocabulary.has(w)) return w;
  // Another form of the same word first ("researchers" → "research"), then spelling.
  const form = inflections(w, vocabulary, 1)[0];
  if (form) return form;
  const folded = fold(w);
  const max = allowedEdits(folded.length);
  let best: { word: string; distance: number; pages: number } | undefined;
  for (const [candidate, pages] of vocabulary) {
    const distance = fold(candidate) === folded ? 0 : max ? editDistance(folded, fold(candidate), max) : max + 1;
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
  }
  return best?.word;
}

const ENDINGS = ["ene", "ane", "ert", "ing", "inga", "ingen", "ers", "ed", "es", "en", "et", "er", "ar", "a", "e", "s"];

/**
 * The Norwegian (and plain English) inflections of a word that the site uses: samtale → samtaler,
 * samtalen; opptaket → opptak. The word itself first when it is used, then by page count.
 */
export function inflections(word: string, vocabulary: Vocabulary, limit = 5): string[] {
  const w = word.toLowerCase();
  const stems = new Set([w]);
  for (const e of ENDINGS) if (w.endsWith(e) && w.length - e.length >= 4) stems.add(w.slice(0, -e.length));
  const forms = new Set<string>();
  for (const stem of stems) for (const e of ["", ...ENDINGS]) if (vocabulary.has(stem + e)) forms.add(stem + e);
  const others = [...forms].filter((f) => f !== w).sort((a, b) => vocabulary.get(b)! - vocabulary.get(a)!);
  return [...(vocabulary.has(w) ? [w] : []), ...others].slice(0, limit);
}

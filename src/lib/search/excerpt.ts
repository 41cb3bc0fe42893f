// The words marked in a result's excerpt and on the page it opens: whole words that are one of
// the searched terms or an inflection of it (consent → consents, samtale → samtalen), never a
// stopword and never a piece of a longer word ("be" is not marked in "been").
import { fold, isContentWord, words } from "./text";

/** The terms to mark for a list of alternatives: their content words, each once. */
export function markTerms(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => words(a)).filter((w) => isContentWord(w) && (w.length >= 3 || /^\p{N}+$/u.test(w))))];
}

/**
 * A test of whether a word of the text is a term or an inflection of it (at most four more letters,
 * terms of four letters or more), for the many words of a page: the terms are folded once and each
 * word's answer kept.
 */
export function matcher(terms: string[]): (word: string) => boolean {
  const folded = terms.map(fold);
  const seen = new Map<string, boolean>();
  return (word) => {
    let match = seen.get(word);
    if (match === undefined) {
      const w = fold(word);
      match = folded.some(
        (f) => w === f || (f.length >= 4 && w.startsWith(f) && w.length - f.length <= 4) || (w.length >= 4 && f.startsWith(w) && f.length - w.length <= 2),
      );
      seen.set(word, match);
    }
    return match;
  };
}

/** Whether a word of the text is a term or an inflection of it (see `matcher`). */
export const isMatch = (word: string, terms: string[]) => matcher(terms)(word);

export interface Segment {
  text: string;
  mark?: boolean;
}

/** The window of about `length` words with the most distinct terms, as text and marked words. */
export function excerpt(content: string, terms: string[], length = 28): Segment[] {
  const parts = content.split(/(\s+)/);
  const tokens = parts.map((p, i) => ({ p, i, word: /\S/.test(p) ? p : undefined }));
  const wordsAt = tokens.filter((t) => t.word);
  const matches = matcher(terms);
  const hit = wordsAt.map((t) => {
    const core = t.word!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return core && matches(core) ? fold(core) : undefined;
  });
  // The window with the most distinct terms, slid one word at a time with a running count.
  const inWindow = new Map<string, number>();
  const add = (h: string | undefined, by: number) => {
    if (!h) return;
    const n = (inWindow.get(h) ?? 0) + by;
    if (n) inWindow.set(h, n);
    else inWindow.delete(h);
  };
  hit.slice(0, length).forEach((h) => add(h, 1));
  let start = 0;
  let best = inWindow.size;
  for (let s = 1; s < wordsAt.length - length + 1; s++) {
    add(hit[s - 1], -1);
    add(hit[s + length - 1], 1);
    if (inWindow.size > best) [best, start] = [inWindow.size, s];
  }
  // Start a little before the first hit of the window, so the marked word has some context.
  const firstHit = hit.findIndex((h, i) => i >= start && h);
  if (firstHit > start + 4) start = Math.max(0, firstHit - 4);
  const segments: Segment[] = start > 0 ? [{ text: "… " }] : [];
  const chosen = wordsAt.slice(start, start + length);
  chosen.forEach((t, k) => {
    const word = t.word!;
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)!;
    if (hit[start + k]) {
      if (m[1]) segments.push({ text: m[1] });
      segments.push({ text: m[2], mark: true });
      segments.push({ text: `${m[3]}${k < chosen.length - 1 ? " " : ""}` });
    } else segments.push({ text: `${word}${k < chosen.length - 1 ? " " : ""}` });
  });
  if (start + length < wordsAt.length) segments.push({ text: " …" });
  // Join neighbouring plain segments.
  return segments.reduce<Segment[]>((out, s) => {
    const last = out.at(-1);
    if (last && !last.mark && !s.mark) last.text += s.text;
    else if (s.text) out.push({ ...s });
    return out;
  }, []);
}

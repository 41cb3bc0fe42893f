// The words marked in a result's excerpt and on the page it opens: whole words that are one of
// the searched terms or an inflection of it (consent → consents, samtale → samtalen), never a
// stopword and never a piece of a longer word ("be" is not marked in "been").
import { fold, isContentWord, words } from "./text";

/** The terms to mark for a list of alternatives: their content words, each once. */
export function markTerms(alternatives: string[]): string[] {
  return [...new Set(alternatives.flatMap((a) => words(a)).filter((w) => isContentWord(w) && (w.length >= 3 || /^\p{N}+$/u.test(w))))];
}

/** Whether a word of the text is a term or an inflection of it (at most four more letters, terms of four letters or more). */
export function isMatch(word: string, terms: string[]): boolean {
  const w = fold(word);
  return terms.some((t) => {
    const f = fold(t);
    return w === f || (f.length >= 4 && w.startsWith(f) && w.length - f.length <= 4) || (w.length >= 4 && f.startsWith(w) && f.length - w.length <= 2);
  });
}

export interface Segment {
  text: string;
  mark?: boolean;
}

/** The window of about `length` words with the most distinct terms, as text and marked words. */
export function excerpt(content: string, terms: string[], length = 28): Segment[] {
  const parts = content.split(/(\s+)/);
  const tokens = parts.map((p, i) => ({ p, i, word: /\S/.test(p) ? p : undefined }));
  const wordsAt = tokens.filter((t) => t.word);
  const hit = wordsAt.map((t) => {
    const core = t.word!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    return core && isMatch(core, terms) ? fold(core) : undefined;
  });
  let start = 0;
  let best = -1;
  for (let s = 0; s < Math.max(1, wordsAt.length - length + 1); s++) {
    const distinct = new Set(hit.slice(s, s + length).filter(Boolean)).size;
    if (distinct > best) [best, start] = [distinct, s];
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

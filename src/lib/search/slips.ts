// A word misspelt in its first letter ("konsent" for consent): the vocabulary is split into one file
// per first letter, so its correction needs the files of the letters the reader may have meant. A
// module of its own, loaded only for a query with a word the site does not use.
import { type Knowledge, lookupWords, namedWords } from "./analyse";
import { fold } from "./text";
import { correct, correctable } from "./vocabulary";

/** First letters often typed for another: sounds alike (konsent, sertifisering, fonetic) or a neighbouring spelling. */
const FIRST_LETTER_SLIPS: Record<string, string> = {
  c: "ks",
  k: "cg",
  s: "cz",
  z: "s",
  f: "vp",
  v: "fw",
  w: "v",
  p: "f",
  j: "yg",
  g: "jk",
  y: "ji",
  i: "ye",
  e: "ia",
  a: "e",
  o: "u",
  u: "o",
  q: "k",
  x: "ks",
};

/**
 * The vocabulary files where the word a reader meant may be when the word typed begins with a slip:
 * the letters its first one is often typed for, and its second letter (the first two swapped, or one
 * typed too many). Read only for a word that nothing in its own file corrects.
 */
export function slipShards(word: string): string[] {
  const [first, second] = fold(word);
  const letters = [...(FIRST_LETTER_SLIPS[first] ?? ""), ...(second && /[a-z]/.test(second) ? [second] : [])];
  return [...new Set(letters)].filter((l) => l !== first);
}

/**
 * The vocabulary files to read besides those of the query's first letters: for each word the site does
 * not use, that no phrase of the glossary or the everyday list names and that nothing in the files read
 * corrects, the files of the letters it may have been meant to start with ("konsent" → c, for consent).
 */
export function moreShards(query: string, knowledge: Knowledge): string[] {
  const named = namedWords(knowledge);
  const lost = lookupWords(query).filter((w) => correctable(w) && !named.has(fold(w)) && correct(w, knowledge.vocabulary) === undefined);
  return [...new Set(lost.flatMap(slipShards))];
}

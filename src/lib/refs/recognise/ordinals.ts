// The words of a citation's numbering as plain tables, without regular expressions: ordinals in
// English and Norwegian, bokmål and nynorsk ("second", "annet"/"andre", "sjuande") and Roman chapter numerals. The scanner's
// patterns (patterns.ts) are built from them; the search's citation parser reads them too, so
// importing them costs a page no compiled patterns.

export const ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
export const ORD_NB: Record<string, number> = {
  første: 1,
  annet: 2,
  andre: 2,
  tredje: 3,
  fjerde: 4,
  femte: 5,
  sjette: 6,
  sjuende: 7,
  syvende: 7,
  åttende: 8,
  niende: 9,
  tiende: 10,
  // nynorsk
  sjuande: 7,
  åttande: 8,
  niande: 9,
  tiande: 10,
};
export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];

/** The number an English or Norwegian ordinal stands for ("Second" → 2, "annet" → 2); 0 for any other word. */
export const ordinal = (word: string) => ORD_NB[word.toLowerCase()] ?? ORD_EN.indexOf(word.toLowerCase()) + 1;

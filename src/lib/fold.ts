// Text folded for matching, so that either spelling finds the other: lower case, Norwegian letters
// spelt out, other accents dropped ("Østre Rælingen" → "ostre raelingen", "Café" → "cafe"). The
// search folds words with it, the fines explorer the names it filters.
const folded = new Map<string, string>();

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII has nothing to fold; other text is folded once (Unicode normalisation is slow, and a page the search reads repeats its words).
  if (/^[\x20-\x7e]*$/.test(lower)) return lower;
  let f = folded.get(lower);
  if (f === undefined) {
    f = lower.replace(/æ/g, "ae").replace(/[øö]/g, "o").replace(/[åä]/g, "a").normalize("NFD").replace(/\p{M}/gu, "");
    if (folded.size < 20_000) folded.set(lower, f);
  }
  return f;
}

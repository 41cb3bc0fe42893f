// Text folded for matching, so that either spelling finds the other: lower case, Norwegian letters
// spelt out, other accents dropped ("Østre Rælingen" → "ostre raelingen", "Café" → "cafe"). The
// search folds words with it, the fines explorer the names it filters.
export function fold(text: string): string {
  return text.toLowerCase().replace(/æ/g, "ae").replace(/[øö]/g, "o").replace(/[åä]/g, "a").normalize("NFD").replace(/\p{M}/gu, "");
}

// Recitals of the GDPR as they are cited in running text, in English and Norwegian:
//
//   recital 71 · recital 71(2) · GDPR recital 47 · recitals 26 and 30 · recitals 39, 40 and 42 · rec. 26
//   betraktning 26 · betraktningene 26 og 30 · fortalepunkt 47 · fortalepunktene 47 og 48 · fortalens punkt 71
//
// A recital of another text ("recital 12 of Directive (EU) 2016/680", "betraktning 4 i direktivet")
// is left alone, as is a number the GDPR has no recital for. Pure; the main recogniser merges these
// with the references it finds (recognise.ts).

/** The GDPR has recitals 1 to 173. */
export const GDPR_RECITALS = 173;

/** The words that name a recital, in either language and any case: "recital", "betraktning", "fortalepunkt", "fortalens punkt". */
export const RECITAL_WORD = String.raw`(?:recitals?|rec\.|betraktning(?:ene|er)?|fortalepunkt(?:ene|er)?|fortale(?:ns?)?(?:\s+(?:punkt(?:ene|er)?|pkt\.))?)`;
const KEY = String.raw`(?<![\p{L}\p{N}])(?:(?:GDPR|personvernforordningens?)\s+)?${RECITAL_WORD}\s*`;
const ITEM = String.raw`(\d{1,3})(?:\s?\((\d)\))?(?![\p{L}\p{N}]|[-‑/.,]\d)`;
const SEP = String.raw`\s*,\s*(?:(?:and|or|og|eller)\s+)?|\s+(?:and|or|og|eller|to|til)\s+|\s*[–—]\s*`;
const CHAIN = new RegExp(`${KEY}${ITEM}(?:(?:${SEP})${ITEM})*`, "giu");
const ONE = new RegExp(`${ITEM}`, "gu");
/** After a chain: the text it belongs to, when that is not the GDPR. */
const OTHER_TEXT = new RegExp(
  String.raw`^\s*(?:of|i|til)\s+(?!(?:the\s+)?(?:GDPR|General\s+Data\s+Protection\s+Regulation|Regulation\s+\(EU\)\s+2016\/679|this\s+Regulation)|personvernforordningen|forordningen)`,
  "u",
);

export interface RecitalFound {
  start: number;
  end: number;
  recital: number;
  paragraph?: number;
}

export function recogniseRecitals(text: string): RecitalFound[] {
  const out: RecitalFound[] = [];
  CHAIN.lastIndex = 0;
  for (let m = CHAIN.exec(text); m; m = CHAIN.exec(text)) {
    const end = m.index + m[0].length;
    if (OTHER_TEXT.test(text.slice(end, end + 80))) continue;
    const key = new RegExp(KEY, "iuy").exec(m[0])!;
    ONE.lastIndex = key[0].length;
    const items: RecitalFound[] = [];
    for (let i = ONE.exec(m[0]); i; i = ONE.exec(m[0])) {
      const recital = Number(i[1]);
      if (recital < 1 || recital > GDPR_RECITALS) continue;
      // The first item's link covers the keyword too ("recital 71"), as "section 9" does.
      items.push({
        start: items.length ? m.index + i.index : m.index,
        end: m.index + i.index + i[0].length,
        recital,
        paragraph: i[2] ? Number(i[2]) : undefined,
      });
    }
    out.push(...items);
  }
  return out;
}

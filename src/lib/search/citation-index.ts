// The pages a citation typed as a query can name, keyed as the search engine looks them up:
// "pda:16", "penal:205", "gdpr:33", "case:HR-2021-2403-A". Served as one file per kind of
// citation (/search/citations/pda.json, …/case.json): a query names one kind, and fetches only its file.
import { CASE_NUMBER } from "./citation-query";

export interface CitationEntry {
  url: string;
  title: string;
}

/**
 * Every case number inside a free-form case number field ("PVN-2022-03 (Datatilsynet 20/02375)").
 * A Datatilsynet number with a document suffix ("20/02136-18") also answers without it.
 */
export function caseNumbersIn(text: string): string[] {
  const global = new RegExp(CASE_NUMBER.source, "gi");
  return [
    ...new Set(
      [...text.matchAll(global)].flatMap((m) => {
        const n = m[1].toUpperCase();
        const bare = /^(\d{2}\/\d{5})-\d+$/.exec(n)?.[1];
        return bare ? [n, bare] : [n];
      }),
    ),
  ];
}

/** A case number with every run of digits written without leading zeros: "PVN-2022-03" and "PVN-2022-3" are one key; "Rt. 2013 s. 143" is Rt-2013-143. */
export function caseKey(caseNumber: string): string {
  return caseNumber
    .toUpperCase()
    .replace(/^RT[-.]?\s?(\d{4})(?:-|\s(?:S\.\s?)?)(\d+)$/, "RT-$1-$2")
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""));
}

/**
 * The keys a case number is found by, most precise first: as written (zeros dropped), and without
 * its suffix (a Supreme Court "-A", a Datatilsynet document number "-18", a court's "/08").
 */
export function caseKeys(caseNumber: string): string[] {
  const key = caseKey(caseNumber.trim());
  const bare = key.replace(/^(HR-\d+-\d+)-[A-Z]$|^(\d+\/\d+)-\d+$|^(\d+-\d+[A-Z]{3}-[A-Z]{4})\/\d+$/, "$1$2$3");
  return [...new Set([key, bare])].map((k) => `case:${k}`);
}

/** Which authority's own numbering a case number follows, to prefer that authority's page. */
export function numberingOf(caseNumber: string): "Høyesterett" | "Personvernnemnda" | "Datatilsynet" | "court" {
  if (/^(HR|RT)[-.\s]/i.test(caseNumber)) return "Høyesterett";
  if (caseNumber.startsWith("PVN-")) return "Personvernnemnda";
  if (/^\d{2}\/\d{5}/.test(caseNumber)) return "Datatilsynet";
  return "court";
}

export function citationIndex(entries: { key: string; url: string; title: string }[]): Record<string, CitationEntry> {
  const index: Record<string, CitationEntry> = {};
  for (const e of entries) index[e.key] ??= { url: e.url, title: e.title };
  return index;
}

/** The file of the citation index a key is in: its kind ("pda", "gdpr", "gdpr-recital", "case", an instrument's slug). */
export const citationFile = (key: string): string => key.slice(0, key.indexOf(":"));

/** The citation index (citationIndex) split into its files, by kind. */
export function citationFiles(entries: { key: string; url: string; title: string }[]): Record<string, Record<string, CitationEntry>> {
  const files: Record<string, Record<string, CitationEntry>> = {};
  for (const [key, entry] of Object.entries(citationIndex(entries))) (files[citationFile(key)] ??= {})[key] = entry;
  return files;
}

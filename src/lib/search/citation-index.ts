// The pages a citation typed as a query can name, keyed as the search engine looks them up:
// "pda:16", "penal:205", "gdpr:33", "case:HR-2021-2403-A". Served as /search/citations.json.
import { CASE_NUMBER } from "./citation-query";

export interface CitationEntry {
  url: string;
  title: string;
}

/** Every case number inside a free-form case number field ("PVN-2022-03 (Datatilsynet 20/02375)"). */
export function caseNumbersIn(text: string): string[] {
  const global = new RegExp(CASE_NUMBER.source, "gi");
  return [...text.matchAll(global)].map((m) => m[1].toUpperCase());
}

export function citationIndex(entries: { key: string; url: string; title: string }[]): Record<string, CitationEntry> {
  const index: Record<string, CitationEntry> = {};
  for (const e of entries) index[e.key] ??= { url: e.url, title: e.title };
  return index;
}

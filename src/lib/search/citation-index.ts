// The pages a citation typed as a query can name, keyed as the search engine looks them up:
// "pda:16", "penal:205", "gdpr:33", "case:HR-2021-2403-A". Served as one file per kind of
// citation (/search/citations/pda.json, …/case.json): a query names one kind, and fetches only its file.
import { caseKeys } from "../decisions/case-numbers";

export interface CitationEntry {
  url: string;
  title: string;
}

export function citationIndex(entries: { key: string; url: string; title: string }[]): Record<string, CitationEntry> {
  const index: Record<string, CitationEntry> = {};
  for (const e of entries) index[e.key] ??= { url: e.url, title: e.title };
  return index;
}

/** The file of the citation index a key is in: its kind ("pda", "gdpr", "gdpr-recital", "case", an instrument's slug). */
export const citationFile = (key: string): string => key.slice(0, key.indexOf(":"));

/**
 * The citation index (citationIndex) split into its files, by kind. A case number with its suffix
 * ("case:21/1507-25") is left out where the number without it names the same page: a query looks
 * the bare number up next (caseKeys), and the file a header box fetches for a case number is smaller.
 */
export function citationFiles(entries: { key: string; url: string; title: string }[]): Record<string, Record<string, CitationEntry>> {
  const index = citationIndex(entries);
  const files: Record<string, Record<string, CitationEntry>> = {};
  for (const [key, entry] of Object.entries(index)) {
    const bare = citationFile(key) === "case" ? caseKeys(key.slice("case:".length))[1] : undefined;
    if (bare && bare !== key && index[bare]?.url === entry.url && index[bare].title === entry.title) continue;
    (files[citationFile(key)] ??= {})[key] = entry;
  }
  return files;
}

// One row per indexed page, made at build from Pagefind's own fragments (and the page's sort
// keys): what the browser needs to name, filter, count and sort results without fetching each
// page's fragment, and to answer titles as soon as it has arrived. Served in two files, so that
// a first result costs only what it needs: /search/titles.json (address, title and type, with
// the glossary's terms: known items and the names of results) and /search/filters.json (the
// other filters and the sort keys, fetched when the reader filters, sorts or opens the filters).
import type { GlossaryEntry } from "./known";

export interface PageRow {
  /** Pagefind's id for the page (its fragment's name). */
  id: string;
  url: string;
  title: string;
  filters: Record<string, string[]>;
  /** Sort keys: date (YYYY-MM-DD), amount (NOK). */
  sort: Record<string, string>;
}

export interface Fragment {
  url: string;
  content?: string;
  filters?: Record<string, string[]>;
  meta?: Record<string, string>;
}

/**
 * The sort keys in a page's HTML, written in either of Pagefind's forms but under a name of the
 * search's own: data-search-sort="date:2024-07-01", or "date[data-value]" with data-value="…". The
 * browser sorts from search/filters.json; Pagefind is not given them, as its copy would be a list of
 * every page per key in the metadata that every first query downloads (46 KB of 105 at 10,000 decisions).
 */
export function sortKeysIn(html: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const m of html.matchAll(/data-search-sort="([\w-]+)\[data-value\]"\s+data-value="([^"]*)"|data-search-sort="([\w-]+):([^"]*)"/g)) {
    const [name, value] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    keys[name] ??= value;
  }
  return keys;
}

export function pageRow(id: string, fragment: Fragment, sort: Record<string, string>): PageRow {
  return { id, url: fragment.url, title: fragment.meta?.title ?? fragment.url, filters: fragment.filters ?? {}, sort };
}

/** Decodes a Pagefind fragment file's content once decompressed ("pagefind_dcd" then JSON). */
export function parseFragment(text: string): Fragment {
  const start = text.indexOf("{");
  if (start < 0) throw new Error("not a Pagefind fragment");
  return JSON.parse(text.slice(start)) as Fragment;
}

/** search/titles.json: each page's id, address, title and type (none for a list of other pages), and the glossary's terms. */
export interface TitlesFile {
  pages: [id: string, url: string, title: string, type?: string][];
  terms: GlossaryEntry[];
}

/** search/filters.json: each page's filters and sort keys, by page id (pages with neither left out). */
export type FiltersFile = Record<string, [filters: Record<string, string[]>, sort: Record<string, string>]>;

/** The rows in the two files the browser fetches. */
export function splitRows(rows: readonly PageRow[], terms: GlossaryEntry[]): { titles: TitlesFile; filters: FiltersFile } {
  const filters: FiltersFile = {};
  for (const r of rows) if (Object.keys(r.filters).length || Object.keys(r.sort).length) filters[r.id] = [r.filters, r.sort];
  return { titles: { pages: rows.map((r) => (r.filters.type?.[0] ? [r.id, r.url, r.title, r.filters.type[0]] : [r.id, r.url, r.title])), terms }, filters };
}

/** Types of pages that list what other pages explain (the glossary names every term, with links to where each matters). */
const LISTING_TYPES = new Set(["Glossary"]);

/** The pages that list other pages (contents, years, indexes, the glossary): those without a type, or of a listing type. */
export function listIds(rows: readonly PageRow[]): string[] {
  return rows.filter((r) => !r.filters.type?.length || r.filters.type.some((t) => LISTING_TYPES.has(t))).map((r) => r.id);
}

/** Rows from the titles file: the type as their only filter until the filters file is added. */
export function rowsOfTitles(titles: TitlesFile): PageRow[] {
  return titles.pages.map(([id, url, title, type]): PageRow => ({ id, url, title, filters: type ? { type: [type] } : {}, sort: {} }));
}

/** Completes rows read from the titles file with the filters file (in place). */
export function addFilters(rows: Iterable<PageRow>, filters: FiltersFile): void {
  for (const row of rows) {
    const [f, sort] = filters[row.id] ?? [{}, {}];
    row.filters = { ...f, ...row.filters };
    row.sort = sort;
  }
}

// One row per indexed page, made at build from Pagefind's own fragments (and the page's sort
// keys): what the browser needs to name, filter, count and sort results without fetching each
// page's fragment, and to answer titles as soon as this small file has arrived.
// Served as /search/pages.json.

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

/** The sort keys in a page's HTML, in either of Pagefind's forms: data-pagefind-sort="date:2024-07-01" or "date[data-value]" with data-value="…". */
export function sortKeysIn(html: string): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const m of html.matchAll(/data-pagefind-sort="([\w-]+)\[data-value\]"\s+data-value="([^"]*)"|data-pagefind-sort="([\w-]+):([^"]*)"/g)) {
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

// Putting the runs of one query together: each concept of the query was searched with each of
// its alternatives; a page's score for a concept is its best alternative's, and pages are ranked
// by how many concepts they match, then by their summed score. When no page matches them all, the
// search relaxes to the pages that match the most and says which words it left out. Filters,
// counts and sorting work on the merged list with the page table (pages.ts).
import type { Concept } from "./analyse";
import type { PageRow } from "./pages";
import type { FilterName, Sort } from "./url-state";

/** How much a hit on an everyday word's term (film → camera surveillance) counts against a hit on the word typed or its glossary names. */
export const SYNONYM_WEIGHT = 0.6;

export interface Scored {
  id: string;
  score: number;
}

export interface Ranked extends Scored {
  /** The concepts (by index) the page matches. */
  matched: number[];
}

export interface Merged {
  ranked: Ranked[];
  /** Set when no page had every concept: the concepts the shown pages have, and those they lack. */
  relaxed?: { all: string[]; kept: string[] | undefined; count: number };
}

/**
 * runs[c][a] are the results for alternative a of concept c. `whole` is the run of the query as
 * typed; pages in it have everything Pagefind itself wanted and gain its score (nearness of the words).
 * `weight` scales a page's score (lists of other pages count for less than the pages they list).
 */
export function mergeRuns(concepts: Concept[], runs: Scored[][][], whole: Scored[] = [], weight: (id: string) => number = () => 1): Merged {
  const pages = new Map<string, { score: number; matched: number[] }>();
  runs.forEach((alternatives, c) => {
    const best = new Map<string, number>();
    const own = concepts[c]?.own ?? alternatives.length;
    alternatives.forEach((run, a) => {
      // An everyday term's hit counts for less than the reader's own word, unless the reader's word is not on the site.
      const factor = a < own || own === 0 ? 1 : SYNONYM_WEIGHT;
      for (const r of run) best.set(r.id, Math.max(best.get(r.id) ?? 0, r.score * factor));
    });
    for (const [id, score] of best) {
      const page = pages.get(id) ?? { score: 0, matched: [] };
      page.score += score;
      page.matched.push(c);
      pages.set(id, page);
    }
  });
  for (const r of whole) {
    const page = pages.get(r.id);
    if (page) page.score += r.score;
    else if (!concepts.length) pages.set(r.id, { score: r.score, matched: [] });
  }
  const all = [...pages].map(([id, p]) => ({ id, ...p, score: p.score * weight(id) })).sort((a, b) => b.matched.length - a.matched.length || b.score - a.score);
  const most = all[0]?.matched.length ?? 0;
  const ranked = all.filter((r) => r.matched.length === most);
  if (!concepts.length || most === concepts.length || !ranked.length) return { ranked };
  const subsets = new Set(ranked.map((r) => r.matched.join(",")));
  const kept = subsets.size === 1 ? ranked[0].matched.map((c) => concepts[c].label) : undefined;
  return { ranked, relaxed: { all: concepts.map((c) => c.label), kept, count: most } };
}

/** "“a”", "“a” and “b”", "“a”, “b” and “c”" */
export function listWords(labels: string[], and = "and"): string {
  const quoted = labels.map((l) => `“${l}”`);
  return quoted.length < 2 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} ${and} ${quoted.at(-1)}`;
}

/** What the results page says when the search was relaxed. */
export function relaxedMessage(relaxed: NonNullable<Merged["relaxed"]>): string {
  const kept = relaxed.kept ? listWords(relaxed.kept) : `${relaxed.count} of them`;
  return `No page has all of ${listWords(relaxed.all)}; showing pages with ${kept}.`;
}

type Chosen = Partial<Record<FilterName, string[]>>;

const passes = (row: PageRow | undefined, chosen: Chosen, except?: string) =>
  Object.entries(chosen).every(([name, values]) => name === except || !values?.length || values.some((v) => row?.filters[name]?.includes(v)));

/** The results that pass every chosen filter (several values of one filter mean "any of"). */
export function applyFilters<T extends { id: string }>(results: T[], rows: ReadonlyMap<string, PageRow>, chosen: Chosen): T[] {
  return results.filter((r) => passes(rows.get(r.id), chosen));
}

/**
 * For each filter value, how many of the results it would give: counted under the other chosen
 * filters (choosing a value in one filter narrows the counts of the others, not its own).
 */
export function filterCounts(
  results: { id: string }[],
  rows: ReadonlyMap<string, PageRow>,
  chosen: Chosen,
  names: readonly string[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const name of names) {
    const c: Record<string, number> = (counts[name] = {});
    for (const r of results) {
      const row = rows.get(r.id);
      if (!row || !passes(row, chosen, name)) continue;
      for (const v of row.filters[name] ?? []) c[v] = (c[v] ?? 0) + 1;
    }
  }
  return counts;
}

/** Every value of every filter across the site, for the options (with zero counts shown last). */
export function filterValues(rows: Iterable<PageRow>, names: readonly string[]): Record<string, string[]> {
  const values: Record<string, Set<string>> = Object.fromEntries(names.map((n) => [n, new Set<string>()]));
  for (const row of rows) for (const n of names) for (const v of row.filters[n] ?? []) values[n].add(v);
  return Object.fromEntries(Object.entries(values).map(([n, s]) => [n, [...s]]));
}

/** Newest or largest first; pages without the key keep their rank order after those that have it. */
export function sortResults<T extends { id: string }>(results: T[], rows: ReadonlyMap<string, PageRow>, sort: Sort): T[] {
  if (sort === "relevance") return results;
  const key = (r: T) => {
    const v = rows.get(r.id)?.sort[sort];
    if (v === undefined || v === "") return undefined;
    return sort === "amount" ? Number(v) : v;
  };
  return results
    .map((r, i) => ({ r, i, k: key(r) }))
    .sort((a, b) => {
      if (a.k === undefined || b.k === undefined) return a.k === undefined && b.k === undefined ? a.i - b.i : a.k === undefined ? 1 : -1;
      return a.k < b.k ? 1 : a.k > b.k ? -1 : a.i - b.i;
    })
    .map((x) => x.r);
}

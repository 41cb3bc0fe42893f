// Putting the runs of one query together: each concept of the query was searched with each of
// its alternatives; a page's score for a concept is its best alternative's, and pages are ranked
// by how many concepts they match, then by their summed score. When no page matches them all, the
// search relaxes to the pages that match the most and says which words it left out. Filters,
// counts and sorting work on the merged list with the page table (pages.ts).
//
// Pagefind's score is a word's rarity (its inverse document frequency) times how much the page is
// about it (the word's weighted frequency: a heading counts several times). Alternatives of one
// concept are different words with different rarities: taken raw, a rare translation ("samtykke",
// on 15 pages) outscored the word typed ("consent", on 72) on every page, and an English query led
// with Norwegian pages. So each alternative's score is divided by its own rarity, the best of them
// kept per page (the words typed counting most, glossary names a little less, everyday terms less
// again) and multiplied by the rarity of the concept as a whole. The pages the glossary names for
// a concept are then lifted by up to the concept's best page's score: they are where the term is
// defined or matters, so they come first among the pages that match as many concepts.
import type { Concept } from "./analyse";
import type { PageRow } from "./pages";
import type { FilterName, Sort } from "./url-state";

/** How much a hit on a glossary name in the other language or form counts against a hit on the words typed. */
export const NAME_WEIGHT = 0.9;
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

export interface MergeOptions {
  /** Scales a page's score (lists of other pages count for less than the pages they list). */
  weight?: (id: string) => number;
  /** The pages (ids) the glossary names for each concept, with their weights (Concept.places, resolved to ids). */
  places?: { id: string; weight: number }[][];
  /** How many pages the index holds (for the rarity of a word). */
  pages?: number;
  /** The summed rarity of an alternative's words, where known (the knowledge file, the vocabulary). */
  rarityOf?: (alternative: string) => number | undefined;
}

/** A word's rarity as Pagefind weighs it (BM25's inverse document frequency) when `found` of `pages` pages have it. */
export const rarity = (found: number, pages: number) => Math.log(1 + (Math.max(pages, found) - found + 0.5) / (found + 0.5));

/**
 * How much a page is about one alternative, whatever the alternative's rarity: its score over the
 * summed rarity of its words (`known`, when the caller knows it; else estimated from how many pages
 * the run found).
 */
function aboutness(run: Scored[], known: number | undefined, pages: number): Map<string, number> {
  const r = known || rarity(run.length, pages);
  return new Map(run.map((x) => [x.id, x.score / r]));
}

/** runs[c][a] are the results for alternative a of concept c. */
export function mergeRuns(concepts: Concept[], runs: Scored[][][], options: MergeOptions = {}): Merged {
  const { weight = () => 1, places = [], rarityOf = () => undefined } = options;
  const total = options.pages ?? 1000;
  const pages = new Map<string, { score: number; matched: number[] }>();
  runs.forEach((alternatives, c) => {
    const concept = concepts[c];
    const own = concept?.own ?? alternatives.length;
    const typed = concept?.typed ?? own;
    const best = new Map<string, number>();
    alternatives.forEach((run, a) => {
      // An everyday term's hit counts for less than the reader's own word, unless the reader's word is not on the site.
      const factor = a < own ? (a < typed || typed === 0 ? 1 : NAME_WEIGHT) : own === 0 ? 1 : SYNONYM_WEIGHT;
      const alternative = concept?.alternatives[a] ?? "";
      for (const [id, about] of aboutness(run, rarityOf(alternative), total)) best.set(id, Math.max(best.get(id) ?? 0, about * factor));
    });
    // The concept's rarity: of the pages with any of its alternatives.
    const conceptRarity = rarity(best.size, total);
    const top = Math.max(0, ...best.values());
    for (const place of places[c] ?? []) if (best.has(place.id)) best.set(place.id, best.get(place.id)! + top * place.weight);
    for (const [id, about] of best) {
      const page = pages.get(id) ?? { score: 0, matched: [] };
      page.score += about * conceptRarity;
      page.matched.push(c);
      pages.set(id, page);
    }
  });
  // The pages the glossary names for a concept are where it is defined: they stay in the list when
  // they lack the query's other words ("kan arbeidsgiver kreve politiattest" still lists Article 10,
  // which never says "employer"), their score scaled by the square of the share of concepts they have.
  // A list named so (an everyday entry's page: "biggest fine" → the fines listing) is the answer, not
  // weighed down as a list.
  const named = new Set(places.flat().map((p) => p.id));
  const all = [...pages].map(([id, p]) => ({ id, ...p, score: p.score * (named.has(id) ? 1 : weight(id)) }));
  const most = Math.max(0, ...all.map((r) => r.matched.length));
  const ranked = all
    .filter((r) => r.matched.length === most || named.has(r.id))
    .map((r) => (r.matched.length === most ? r : { ...r, score: r.score * (r.matched.length / most) ** 2 }))
    .sort((a, b) => b.score - a.score);
  if (!concepts.length || most === concepts.length || !ranked.length) return { ranked };
  const widest = ranked.filter((r) => r.matched.length === most);
  const subsets = new Set(widest.map((r) => r.matched.join(",")));
  const kept = subsets.size === 1 ? widest[0].matched.map((c) => concepts[c].label) : undefined;
  return { ranked, relaxed: { all: concepts.map((c) => c.label), kept, count: most } };
}

/** "“a”", "“a” and “b”", "“a”, “b” and “c”" (or in another language's words and quotation marks: "«a» og «b»") */
export function listWords(labels: string[], and = "and", [open, close]: readonly string[] = ["“", "”"]): string {
  const quoted = labels.map((l) => `${open}${l}${close}`);
  return quoted.length < 2 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} ${and} ${quoted.at(-1)}`;
}

/** The words of the message of a relaxed search: "{all}", "{kept}" and "{n}" stand for what is filled in. */
export interface RelaxedWords {
  relaxed: string;
  relaxedCount: string;
  and: string;
  quotes: readonly string[];
}

const RELAXED_EN: RelaxedWords = {
  relaxed: "No page has all of {all}; showing pages with {kept}.",
  relaxedCount: "{n} of them",
  and: "and",
  quotes: ["“", "”"],
};

/** What the results page says when the search was relaxed (in English unless given the words of another language). */
export function relaxedMessage(relaxed: NonNullable<Merged["relaxed"]>, words: RelaxedWords = RELAXED_EN): string {
  const kept = relaxed.kept ? listWords(relaxed.kept, words.and, words.quotes) : words.relaxedCount.replace("{n}", String(relaxed.count));
  return words.relaxed.replace("{all}", listWords(relaxed.all, words.and, words.quotes)).replace("{kept}", kept);
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

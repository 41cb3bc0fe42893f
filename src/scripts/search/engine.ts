// The search engine of the site, in the browser: thin glue between Pagefind (loaded on first use, in
// a worker of its own: pagefind-worker.ts),
// the site's own small files (search/knowledge.json, vocabulary/<letter>.json, titles.json,
// filters.json, citations/<kind>.json) and the pure logic in lib/search: query analysis, correction,
// relaxation, merging, filters, counts and sorting. Each file is fetched when something on screen
// needs it, and no sooner: Pagefind, the knowledge file and the words' vocabulary for full text (the
// reader's own words first, their synonyms in a second search; results are named from Pagefind's
// own page data), the titles for known items, for a cited page and for filters, the filters when the
// reader filters or sorts. The header box asks for the titles and the knowledge file when it is
// focused (header.ts): every query needs them.
import { analyseQuery, type Analysis, lookupWords, narrowestFirst, preparePhrases } from "../../lib/search/analyse";
import { markTerms, type Segment } from "../../lib/search/excerpt";
import { applyFilters, filterCounts, filterValues, type Merged, mergeRuns, type Ranked, type Scored, sortResults } from "../../lib/search/merge";
import { addFilters, type FiltersFile, type PageRow, rowsOfTitles, type TitlesFile } from "../../lib/search/pages";
import { type KnowledgeFile, phraseRarity, raritiesOf } from "../../lib/search/synonyms";
import { FILTERS, type SearchState } from "../../lib/search/url-state";
import { engineQuery, isStopword, words } from "../../lib/search/text";
import { correctable, readShards, type Shard, shardOf } from "../../lib/search/vocabulary";
import { url } from "../../lib/urls";
import type { CitationsFile } from "./cited";
import { type Bundle, type Pagefind, pagefindInWorker, type PagefindResult } from "./pagefind-messages";

export interface Hit {
  url: string;
  title: string;
  excerpt: Segment[];
  type?: string;
  /** A page named by a citation in the query, shown first. */
  direct?: boolean;
}

export interface SearchOutcome {
  /** Every result, in order: page ids, or a direct hit's address. */
  ranked: (Ranked | { id: string; direct: Hit })[];
  total: number;
  analysis?: Analysis;
  /** Set when no page had every concept: what to say ("No page has all of …; showing pages with …", merge.ts relaxedMessage). */
  relaxed?: Merged["relaxed"];
  /** Load the hits from `start` to `end`; the first `excerpts` of them with excerpts and landing places (fetched from Pagefind). */
  hits: (start: number, end: number, excerpts?: number) => Promise<Hit[]>;
  /** Counts per filter value for the merged results, each under the other chosen filters, and every value of every filter on the site (fetches search/filters.json). */
  facets: () => Promise<Facets>;
  /** The same search with the other language's names and the everyday terms too, when the query has any, and over the whole index when this one read the site without its decisions: it replaces this one. Call it once this one is on screen, so that its downloads do not delay it. */
  fuller?: () => Promise<SearchOutcome>;
}

export interface Facets {
  counts: Record<string, Record<string, number>>;
  values: Record<string, string[]>;
}

interface Site {
  rows: Map<string, PageRow>;
  list: PageRow[];
  terms: TitlesFile["terms"];
}
interface Known {
  knowledge: KnowledgeFile;
  /** How rare each glossary name and everyday term is. */
  rarity: Map<string, number>;
  lists: Set<string>;
}

/** How much a page that lists other pages counts against the pages it lists. */
const LIST_WEIGHT = 0.3;
let pagefind: Promise<Pagefind> | undefined;
let site: Promise<Site> | undefined;
let known: Promise<Known> | undefined;
let filters: Promise<void> | undefined;
let values: Promise<Facets["values"]> | undefined;
const citations = new Map<string, Promise<CitationsFile>>();
const shards = new Map<string, Promise<Shard>>();

/** A pause until the browser's next task, so that work in steps does not block it in one go. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

const getJson = async <T>(path: string, fallback: T): Promise<T> => {
  try {
    const response = await fetch(url(path));
    return response.ok ? ((await response.json()) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** The build this page belongs to: Pagefind's entry file is fetched with it, so the browser may cache it. */
const buildId = () => document.querySelector<HTMLElement>("[data-search-build]")?.dataset.searchBuild;

/** Loads the page titles and the glossary's terms: enough for known items. Call on focus. */
export function loadSite(): Promise<Site> {
  site ??= getJson<TitlesFile>("search/titles.json", { pages: [], terms: [] }).then(async ({ pages, terms }) => {
    // The rows are made in a task apart from the one that read the file.
    await nextTask();
    const list = rowsOfTitles({ pages, terms });
    return { list, rows: new Map(list.map((r) => [r.id, r])), terms };
  });
  return site;
}

/** The glossary's synonyms and the everyday words, for analysing a query. */
export function loadKnowledge(): Promise<Known> {
  known ??= getJson<KnowledgeFile>("search/knowledge.json", { synonyms: [], everyday: [], pages: 0, lists: [] }).then(async (knowledge) => {
    const rarity = raritiesOf(knowledge);
    // The phrases the file knows, read once for every query, in a task of their own.
    await nextTask();
    preparePhrases(knowledge);
    return { knowledge, rarity, lists: new Set(knowledge.lists) };
  });
  return known;
}

/** Adds every page's filters and sort keys to the rows: for filtering, sorting and counting. */
function loadFilters(s: Site): Promise<void> {
  filters ??= getJson<FiltersFile>("search/filters.json", {}).then(async (f) => {
    await nextTask();
    addFilters(s.list, f);
  });
  return filters;
}

/** Every value of every filter on the site, the options of the filters: the same for every search, so made once, in a task of its own. */
function siteValues(s: Site): Promise<Facets["values"]> {
  values ??= loadFilters(s)
    .then(nextTask)
    .then(() => filterValues(s.list, FILTERS));
  return values;
}

/** Loads Pagefind, in a worker of its own (pagefind-worker.ts), with the bundle a query reads first: call when the reader starts typing. */
function warmUp(k: Known): Promise<Pagefind> {
  const tag = buildId();
  pagefind ??= pagefindInWorker(
    new URL(url("/pagefind/pagefind.js"), location.href).href,
    { baseUrl: url("/"), excerptLength: 24, ...(tag ? { metaCacheTag: tag } : {}) },
    firstBundle(k),
  );
  return pagefind;
}

/** The bundle of Pagefind's index a query reads first: the site without its decisions where the build wrote one. */
const firstBundle = (k: Known): Bundle => (k.knowledge.firstBundle ? "first" : "whole");

function vocabularyFor(words: string[], more: string[] = []): Promise<ReturnType<typeof readShards>> {
  const letters = [...new Set([...words.map(shardOf), ...more])];
  return Promise.all(
    letters.map((l) => {
      if (!shards.has(l)) shards.set(l, getJson<Shard>(`search/vocabulary/${l}.json`, {}));
      return shards.get(l)!;
    }),
  ).then(readShards);
}

/** The page a citation in the query names, shown first. */
export async function directHit(q: string): Promise<Hit | undefined> {
  // Every citation has a number: the parser (and the instruments' names it reads) loads only for a query with one.
  if (!/\d/.test(q)) return undefined;
  const { citationFileOf, citedPage, parseCitationQuery } = await import("./cited");
  const citation = parseCitationQuery(q);
  if (!citation) return undefined;
  // One file per kind of citation (sections of the Act, GDPR articles, case numbers …): only the one the query names.
  const file = citationFileOf(citation);
  if (!citations.has(file)) citations.set(file, getJson<CitationsFile>(`search/citations/${file}.json`, {}));
  const page = citedPage(citation, await citations.get(file)!);
  return page && { ...page, excerpt: [], direct: true };
}

/** The result's address, asking the page to mark the words found there and landing on the anchor. */
export function withHighlight(url: string, words: string[], anchor?: string): string {
  const [path] = url.split("#");
  const query = new URLSearchParams(words.map((w) => ["highlight", w])).toString();
  return `${path}${query ? `${path.includes("?") ? "&" : "?"}${query}` : ""}${anchor ? `#${anchor}` : ""}`;
}

/**
 * Searches the site. `knownFirst`: Pagefind waits until the titles and any cited page have arrived,
 * so that the known items they answer come first (the header box); otherwise everything is
 * fetched at once (the search page). The titles are fetched only when a result needs them before
 * Pagefind can name it: for filters and sorting, a cited page, or a listing without words.
 */
export async function search(state: SearchState, knownFirst = false): Promise<SearchOutcome> {
  const q = state.q.trim();
  if (knownFirst) {
    await Promise.all([loadSite(), directHit(q)]);
    // A task's pause, so that the known items are on screen before Pagefind's files are asked for.
    await nextTask();
  }
  const looked = lookupWords(q);
  const filtered = !q || state.sort !== "relevance" || Object.values(state.filters).some((v) => v?.length);
  const [pf, k, read, direct] = await Promise.all([
    q ? loadKnowledge().then(warmUp) : undefined,
    loadKnowledge(),
    vocabularyFor(looked),
    directHit(q),
    filtered ? loadSite().then(loadFilters) : undefined,
  ]);
  // A word nothing corrects may be misspelt in its first letter: the files where the word meant may be, only then.
  const unknown = looked.some((w) => correctable(w) && !read.vocabulary.has(w));
  const more = unknown ? (await import("../../lib/search/slips")).moreShards(q, { ...k.knowledge, ...read }) : [];
  const { vocabulary, languages } = more.length ? await vocabularyFor(looked, more) : read;
  const s = filtered || direct || knownFirst ? await loadSite() : undefined;
  // Reading the query in a task of its own, not in the one that brought the last file.
  await nextTask();
  const analysis = q ? analyseQuery(q, { ...k.knowledge, vocabulary, languages }) : undefined;
  const first = analysis && narrowestFirst(analysis, vocabulary);
  const best = new Map<string, PagefindResult>();
  // Where the build wrote a bundle of the site without its decisions, the first results come from it
  // and the whole index follows, with the other language's names and the everyday terms.
  const bundle = firstBundle(k);
  const outcome = await searchWith(state, { s, k, pf, vocabulary, direct, best, bundle }, first ?? analysis);
  // A task later, so that the first results are on screen before its files are asked for.
  if (first || (analysis && bundle !== "whole"))
    outcome.fuller = () => nextTask().then(() => searchWith(state, { s, k, pf, vocabulary, direct, best, bundle: "whole" }, analysis));
  return outcome;
}

interface Context {
  /** The titles and filters: loaded when the search needs them (see search()). */
  s?: Site;
  k: Known;
  pf?: Pagefind;
  vocabulary: Map<string, number>;
  direct?: Hit;
  /** Each page's best Pagefind result so far (for its excerpt), across the searches of one query. */
  best: Map<string, PagefindResult>;
  /** The bundle of Pagefind's index searched. */
  bundle: Bundle;
}

async function searchWith(state: SearchState, { s, k, pf, vocabulary, direct, best, bundle }: Context, analysis: Analysis | undefined): Promise<SearchOutcome> {
  let merged: { ranked: Ranked[]; relaxed?: Merged["relaxed"] };
  const run = async (query: string): Promise<Scored[]> => {
    const q = engineQuery(query);
    // The index chunks' decompression, then the search, each in a task of its own.
    await pf!.preload(q, bundle);
    await nextTask();
    const found = (await pf!.search(q, bundle)).results;
    // A quoted phrase: the pages that have its words together, scored as the words are.
    const together = /^".*"$/.test(query) ? new Set((await pf!.search(`"${q}"`, bundle)).results.map((r) => r.id)) : undefined;
    const results = together ? found.filter((r) => together.has(r.id)) : found;
    for (const r of results) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
    return results.map((r) => ({ id: r.id, score: r.score }));
  };
  const concepts = analysis?.concepts ?? [];
  if (analysis) {
    const runs = await Promise.all(concepts.map((c) => Promise.all(c.alternatives.map(run))));
    await nextTask();
    const pages = k.knowledge.pages;
    merged = mergeRuns(concepts, runs, {
      weight: (id) => (k.lists.has(id) ? LIST_WEIGHT : 1),
      places: concepts.map((c) => (c.places ?? []).map((p) => ({ id: p.page, weight: p.weight }))),
      pages,
      rarityOf: (alternative) =>
        k.rarity.get(alternative.toLowerCase()) ??
        (words(alternative).every((w) => isStopword(w) || vocabulary.has(w)) ? phraseRarity(alternative, vocabulary, pages) : undefined),
    });
  } else {
    // Filters alone: every page, newest first when sorted.
    merged = { ranked: s!.list.map((r) => ({ id: r.id, score: 0, matched: [] })) };
  }
  const filtered = s ? sortResults(applyFilters(merged.ranked, s.rows, state.filters), s.rows, state.sort) : merged.ranked;
  const directPath = direct?.url.split("#")[0];
  const ranked: SearchOutcome["ranked"] = direct
    ? [{ id: direct.url, direct }, ...filtered.filter((r) => url(s?.rows.get(r.id)?.url ?? "") !== directPath)]
    : filtered;

  const hits = async (start: number, end: number, excerpts = end - start): Promise<Hit[]> =>
    Promise.all(
      ranked.slice(start, end).map(async (r, i): Promise<Hit> => {
        if ("direct" in r) return r.direct;
        const row = s?.rows.get(r.id);
        const result = best.get(r.id);
        // Without an excerpt a result is named from the titles (the header box has them); with one, from
        // Pagefind's data for the page, where the titles come from.
        if (row && (!result || i >= excerpts)) return { url: url(row.url), title: row.title, excerpt: [], type: row.filters.type?.[0] };
        // The page's excerpt is made in Pagefind's worker, where its text is.
        const page = await result!.page(markTerms(r.matched.flatMap((c) => concepts[c].alternatives)));
        return { url: withHighlight(page.url, page.found, page.anchor), title: page.title, excerpt: page.excerpt, type: page.type };
      }),
    );
  return {
    ranked,
    total: ranked.length,
    analysis,
    relaxed: merged.relaxed,
    hits,
    facets: async () => {
      const site = s ?? (await loadSite());
      const all = await siteValues(site);
      // Counted in a task of its own, not in the one that made the options.
      await nextTask();
      return { counts: filterCounts(merged.ranked, site.rows, state.filters, FILTERS), values: all };
    },
  };
}

// The search engine of the site, in the browser: Pagefind (loaded on first use), synonym
// variants of the query, citations typed as queries, and results that land on the matching
// subsection with the terms highlighted on arrival.
import { type CitationQuery, parseCitationQuery } from "../../lib/search/citation-query";
import { landingAnchor } from "../../lib/search/deep-link";
import { queryVariants, type SynonymGroups } from "../../lib/search/synonyms";
import { pagefindFilters, pagefindSort, type SearchState } from "../../lib/search/url-state";
import { formatTarget, type Target } from "../../lib/refs/targets";
import { url } from "../../lib/urls";

export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  meta: Record<string, string>;
  /** A page named by a citation in the query, shown first. */
  direct?: boolean;
}

export interface SearchOutcome {
  hits: Hit[];
  total: number;
  /** Counts per filter value for the query, before the chosen filters narrow it (so every option shows what it would give). */
  filters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; locations: number[]; anchors: { id: string; location: number; element: string }[] }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let pagefind: Promise<Pagefind> | undefined;
let synonyms: Promise<SynonymGroups> | undefined;
let citations: Promise<Record<string, { url: string; title: string }>> | undefined;

const getJson = async <T>(path: string, fallback: T): Promise<T> => {
  try {
    const response = await fetch(url(path));
    return response.ok ? ((await response.json()) as T) : fallback;
  } catch {
    return fallback;
  }
};

/** Loads Pagefind and the synonym list; call early (on focus) to warm up. */
export function warmUp(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ url("/pagefind/pagefind.js"))) as Pagefind;
    // No web worker: the index is small, and the worker script would add its own download.
    await pf.options({ baseUrl: url("/"), excerptLength: 24, noWorker: true });
    await pf.init();
    return pf;
  })();
  synonyms ??= getJson<SynonymGroups>("search/synonyms.json", []);
  return pagefind;
}

export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await warmUp()).filters();
}

function sectionKey(t: Target): string {
  if ("section" in t) return `${t.kind}:${t.section}`;
  if (t.kind === "gdpr") return `gdpr:${t.article}`;
  return formatTarget(t);
}

function anchorOf(t: Target): string {
  if ("section" in t && t.subsection) return `#subsection-${t.subsection}${t.letter ? `-${t.letter}` : ""}`;
  if (t.kind === "gdpr" && t.paragraph) return `#paragraph-${t.paragraph}${t.point ? `-${t.point}` : ""}`;
  return "";
}

async function directHit(citation: CitationQuery | undefined): Promise<Hit | undefined> {
  if (!citation) return undefined;
  citations ??= getJson("search/citations.json", {});
  const index = await citations;
  const key = "target" in citation ? sectionKey(citation.target) : `case:${citation.caseNumber}`;
  const entry = index[key];
  if (!entry) return undefined;
  const anchor = "target" in citation ? anchorOf(citation.target) : "";
  return { url: entry.url + anchor, title: entry.title, excerpt: "", meta: {}, direct: true };
}

/** The result's address, asking the page to mark each word of the query and landing on the anchor. */
export function withHighlight(url: string, q: string, anchor?: string): string {
  const [path] = url.split("#");
  const words = q.split(/\s+/).filter((w) => w.length > 1 && !/^[§().]+$/.test(w));
  const params = new URLSearchParams(words.map((w) => ["highlight", w]));
  const query = params.toString();
  return `${path}${query ? `${path.includes("?") ? "&" : "?"}${query}` : ""}${anchor ? `#${anchor}` : ""}`;
}

export async function search(state: SearchState, limit = 10): Promise<SearchOutcome> {
  const pf = await warmUp();
  const q = state.q.trim();
  const options = { filters: pagefindFilters(state), sort: pagefindSort(state.sort) };
  if (!q && !Object.keys(state.filters).length) return { hits: [], total: 0, filters: {} };

  const citation = q ? parseCitationQuery(q) : undefined;
  const variants = q ? queryVariants(q, await synonyms!) : [null];
  const runs = await Promise.all(variants.map((v) => pf.search(v as string, options)));
  const best = new Map<string, PagefindResult>();
  for (const run of runs) for (const r of run.results) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
  // Keep Pagefind's order for sorted searches; order by score for relevance.
  const merged = state.sort === "relevance" && runs.length > 1 ? [...best.values()].sort((a, b) => b.score - a.score) : [...best.values()];

  const [direct, data] = await Promise.all([directHit(citation), Promise.all(merged.slice(0, limit).map((r) => r.data()))]);
  const hits: Hit[] = data.map((d) => ({
    url: q ? withHighlight(d.url, q, landingAnchor(d.anchors, d.locations)) : d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    type: d.meta.type,
    meta: d.meta,
  }));
  if (direct) {
    const directPath = direct.url.split("#")[0];
    const rest = hits.filter((h) => h.url.split(/[?#]/)[0] !== directPath);
    return { hits: [direct, ...rest].slice(0, limit), total: merged.length + (rest.length === hits.length ? 1 : 0), filters: runs[0].totalFilters };
  }
  return { hits, total: merged.length, filters: runs[0].totalFilters };
}

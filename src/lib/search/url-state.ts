// The state of the search page in its URL: ?q=…&type=Decision&year=2021&sort=date. Unknown
// parameters are ignored; a bad sort falls back to relevance.
export const FILTERS = ["type", "year", "authority", "sector", "outcome", "article", "language"] as const;
export type FilterName = (typeof FILTERS)[number];
export const SORTS = ["relevance", "date", "amount"] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: Sort;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: SearchState["filters"] = {};
  for (const name of FILTERS) {
    const values = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v && v.length <= 80);
    if (values.length) filters[name] = [...new Set(values)];
  }
  const sort = params.get("sort") as Sort;
  return { q: (params.get("q") ?? "").slice(0, 200), filters, sort: SORTS.includes(sort) ? sort : "relevance" };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of FILTERS) for (const v of state.filters[name] ?? []) params.append(name, v);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  return params;
}

/** Pagefind's filter object: several values of one filter mean "any of". */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v! }]));
}

/** Pagefind's sort: newest first, largest first. */
export function pagefindSort(sort: Sort): Record<string, "asc" | "desc"> | undefined {
  return sort === "relevance" ? undefined : { [sort]: "desc" };
}

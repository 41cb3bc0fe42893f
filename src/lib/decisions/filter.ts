// The fines explorer's state (filters, sort, page) and what it does to the rows. The state lives
// in the query string so a filtered view can be linked: parseState reads it, ignoring unknown
// parameters and any value that does not make sense, and stateToParams writes it back with only
// what differs from the default. Pure and small, so it runs the same in tests and in the browser.
import { fold } from "../fold";
import { type BreachType, breachTypeKeys } from "./breaches";
import type { FineRow } from "./fines";
import { AUTHORITIES, BODIES, type Body, FINAL_STATUS, type FinalStatus, SECTORS, type Sector } from "./vocab";

export type SortKey = "amount" | "date" | "entity";
export type Order = "asc" | "desc";

export interface FilterState {
  /** First and last year, inclusive. */
  from?: number;
  to?: number;
  /** Authority key ("datatilsynet"). */
  authority?: string;
  sector?: Sector;
  /** What finally became of the penalty. */
  outcome?: FinalStatus;
  /** A GDPR article number. */
  article?: number;
  /** What was breached (breaches.ts). */
  breach?: BreachType;
  body?: Body;
  /** Amount decided, in NOK, inclusive. */
  min?: number;
  max?: number;
  /** Free text matched against the entity. */
  q?: string;
  sort: SortKey;
  order: Order;
  /** 1-based page of the table. */
  page: number;
}

export const DEFAULT_ORDER: Record<SortKey, Order> = { amount: "desc", date: "desc", entity: "asc" };
export const DEFAULT_STATE: FilterState = { sort: "amount", order: "desc", page: 1 };
export { fold };

/** The parameters this page owns; any other is left alone. */
export const PARAMS = ["from", "to", "authority", "sector", "outcome", "article", "breach", "body", "min", "max", "q", "sort", "order", "page"] as const;

/** The parameters that filter (the form's fields); the rest sort and page. */
export const FILTER_KEYS = PARAMS.filter(
  (k): k is Exclude<(typeof PARAMS)[number], "sort" | "order" | "page"> => k !== "sort" && k !== "order" && k !== "page",
);

const int = (value: string | null, min: number, max: number): number | undefined => {
  if (value === null || !/^\d{1,15}$/.test(value.trim())) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined);

/** Reads the state from a query string; what is unknown or malformed is left at its default. */
export function parseState(params: URLSearchParams): FilterState {
  const state: FilterState = { ...DEFAULT_STATE };
  let from = int(params.get("from"), 1900, 2200);
  let to = int(params.get("to"), 1900, 2200);
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined) state.from = from;
  if (to !== undefined) state.to = to;
  const authority = oneOf(
    params.get("authority"),
    Object.values(AUTHORITIES).map((a) => a.key),
  );
  if (authority) state.authority = authority;
  const sector = oneOf(params.get("sector"), Object.keys(SECTORS) as Sector[]);
  if (sector) state.sector = sector;
  const outcome = oneOf(params.get("outcome"), Object.keys(FINAL_STATUS) as FinalStatus[]);
  if (outcome) state.outcome = outcome;
  const article = int(params.get("article"), 1, 99);
  if (article !== undefined) state.article = article;
  const breach = oneOf(params.get("breach"), breachTypeKeys);
  if (breach) state.breach = breach;
  const body = oneOf(params.get("body"), Object.keys(BODIES) as Body[]);
  if (body) state.body = body;
  let min = int(params.get("min"), 0, Number.MAX_SAFE_INTEGER);
  let max = int(params.get("max"), 0, Number.MAX_SAFE_INTEGER);
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  if (min !== undefined) state.min = min;
  if (max !== undefined) state.max = max;
  const q = params.get("q")?.replace(/\s+/g, " ").trim().slice(0, 100);
  if (q) state.q = q;
  const sort = oneOf(params.get("sort"), ["amount", "date", "entity"] as const);
  if (sort) state.sort = sort;
  state.order = oneOf(params.get("order"), ["asc", "desc"] as const) ?? DEFAULT_ORDER[state.sort];
  state.page = int(params.get("page"), 1, 1_000_000) ?? 1;
  return state;
}

/**
 * The query string for a state: only values that differ from the default, in a fixed order.
 * Parameters this page does not own are kept from `keep`, so other tools' links survive.
 */
export function stateToParams(state: FilterState, keep: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of keep) if (!(PARAMS as readonly string[]).includes(key)) out.append(key, value);
  const set = (key: string, value: string | number | undefined) => value !== undefined && value !== "" && out.set(key, String(value));
  set("from", state.from);
  set("to", state.to);
  set("authority", state.authority);
  set("sector", state.sector);
  set("outcome", state.outcome);
  set("article", state.article);
  set("breach", state.breach);
  set("body", state.body);
  set("min", state.min);
  set("max", state.max);
  set("q", state.q);
  if (state.sort !== DEFAULT_STATE.sort) set("sort", state.sort);
  if (state.order !== DEFAULT_ORDER[state.sort]) set("order", state.order);
  if (state.page > 1) set("page", state.page);
  return out;
}

export function matches(row: FineRow, s: FilterState): boolean {
  return (
    (s.from === undefined || row.year >= s.from) &&
    (s.to === undefined || row.year <= s.to) &&
    (s.authority === undefined || row.authorityKey === s.authority) &&
    (s.sector === undefined || row.sector === s.sector) &&
    (s.outcome === undefined || row.status === s.outcome) &&
    (s.article === undefined || row.articles.includes(s.article)) &&
    (s.breach === undefined || row.breaches.includes(s.breach)) &&
    (s.body === undefined || row.body === s.body) &&
    (s.min === undefined || row.nok >= s.min) &&
    (s.max === undefined || row.nok <= s.max) &&
    (s.q === undefined || fold(row.entity).includes(fold(s.q)))
  );
}

const collator = new Intl.Collator("nb", { sensitivity: "base" });
const compare: Record<SortKey, (a: FineRow, b: FineRow) => number> = {
  amount: (a, b) => a.nok - b.nok,
  date: (a, b) => a.sortDate.localeCompare(b.sortDate),
  entity: (a, b) => collator.compare(a.entity, b.entity),
};

/** Sorted copy; ties fall back to newest first, then entity, so the order is stable. */
export function sortRows(rows: FineRow[], sort: SortKey, order: Order): FineRow[] {
  const sign = order === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare[sort](a, b) || b.sortDate.localeCompare(a.sortDate) || collator.compare(a.entity, b.entity));
}

export interface Page<T> {
  rows: T[];
  /** The page shown (clamped to the pages there are). */
  page: number;
  pages: number;
  /** 1-based index of the first row shown (0 when there are none). */
  first: number;
  last: number;
  total: number;
}

export function paginate<T>(rows: T[], page: number, size: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, page), pages);
  const start = (current - 1) * size;
  const shown = rows.slice(start, start + size);
  return { rows: shown, page: current, pages, first: shown.length ? start + 1 : 0, last: start + shown.length, total: rows.length };
}

/** Filter, sort and page in one go: what the table shows for a state. */
export function view(rows: FineRow[], state: FilterState, size: number) {
  const filtered = rows.filter((r) => matches(r, state));
  return { filtered, page: paginate(sortRows(filtered, state.sort, state.order), state.page, size) };
}

/**
 * The parameters of an address that the state does not take up, with their values: a value that
 * is unknown or malformed ("?article=999", "?min=abc"), so the page can say what it ignored.
 */
export function ignoredParams(params: URLSearchParams): { key: string; value: string }[] {
  const out: { key: string; value: string }[] = [];
  for (const key of PARAMS) {
    const value = params.get(key);
    if (value === null || value.trim() === "") continue;
    const alone = new URLSearchParams([[key, value]]);
    if (key === "order") alone.set("sort", params.get("sort") ?? DEFAULT_STATE.sort);
    const state = parseState(alone) as unknown as Record<string, unknown>;
    const taken = key === "q" ? state.q !== undefined : String(state[key]) === value.trim() || (key === "sort" && state.sort === value);
    if (!taken) out.push({ key, value });
  }
  return out;
}

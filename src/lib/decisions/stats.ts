// Summary figures for a set of monetary penalties. The rule, stated on /fines/: a penalty counts
// once, at the amount that finally stood. Fines annulled on appeal, appeals with an unknown
// outcome, advance notices and unconfirmed amounts are listed but not counted, and a coercive
// fine (a daily amount) is never added to a total.
import { toNok } from "./money";
import type { Currency, FinalStatus, PenaltyKind } from "./vocab";
import { FINAL_STATUS } from "./vocab";

export const STATISTICS_RULE =
  "Figures count each penalty once, at the amount that finally stood: a fine reduced on appeal counts at the reduced amount. " +
  "Fines annulled on appeal, fines whose appeal outcome is unknown, advance notices never confirmed by a final decision and amounts our sources do not confirm are listed but not counted. " +
  "Coercive fines are daily amounts and are never added to a total. Amounts in euros are converted to kroner at the reference rate.";

/** What the figures need to know about a penalty. */
export interface Countable {
  kind: PenaltyKind;
  status: FinalStatus;
  /** The amount that stood, in its currency. */
  final: number;
  currency: Currency;
}

export const counts = (p: Countable) => p.kind === "fine" && FINAL_STATUS[p.status].counted;

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Summary<T> {
  /** Penalties listed. */
  listed: number;
  /** Penalties counted under the rule. */
  count: number;
  /** Sum of what stood, in NOK. */
  total: number;
  median?: number;
  /** The largest counted penalty and its amount in NOK. */
  largest?: { item: T; nok: number };
}

export function summarise<T extends Countable>(items: T[]): Summary<T> {
  const counted = items.filter(counts).map((item) => ({ item, nok: toNok(item.final, item.currency) }));
  const largest = counted.reduce<{ item: T; nok: number } | undefined>((best, c) => (!best || c.nok > best.nok ? c : best), undefined);
  return {
    listed: items.length,
    count: counted.length,
    total: counted.reduce((sum, c) => sum + c.nok, 0),
    median: median(counted.map((c) => c.nok)),
    largest,
  };
}

/** Counted penalties per year: number and sum in NOK, every year from the first to the last. */
export function perYear<T extends Countable & { year: number }>(items: T[]): { year: number; count: number; total: number }[] {
  const counted = items.filter(counts);
  if (!counted.length) return [];
  const years = counted.map((i) => i.year);
  const out = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    const these = counted.filter((i) => i.year === year);
    out.push({ year, count: these.length, total: these.reduce((s, i) => s + toNok(i.final, i.currency), 0) });
  }
  return out;
}

/** Counted penalties per GDPR article they apply, most frequent first (ties by article number). */
export function perArticle<T extends Countable & { articles: number[] }>(items: T[]): { article: number; count: number }[] {
  const tally = new Map<number, number>();
  for (const i of items.filter(counts)) for (const a of new Set(i.articles)) tally.set(a, (tally.get(a) ?? 0) + 1);
  return [...tally].map(([article, count]) => ({ article, count })).sort((a, b) => b.count - a.count || a.article - b.article);
}

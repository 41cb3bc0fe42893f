// Summary figures for a set of monetary penalties, following the rule stated on /fines/
// (STATISTICS_RULE): which statuses count is FINAL_STATUS[status].counted in vocab.ts.
import { toNok } from "./money";
import type { Currency, FinalStatus, PenaltyKind } from "./vocab";
import { FINAL_STATUS } from "./vocab";

export const STATISTICS_RULE =
  "Figures count each fine once, on the decision that imposed it, at the amount that finally stood: a fine reduced on appeal counts at the reduced amount. " +
  "Counted: fines upheld on appeal, fines a source says were not appealed or were accepted, fines reduced on appeal, and fines for which our sources record no appeal at all (our dataset holds every Privacy Appeals Board decision published on GDPRhub, so an appeal to the Board would normally be there). " +
  "Listed but not counted: fines annulled on appeal; fines appealed with an outcome we do not know (“appealed, outcome unknown”); fines where a source leaves open whether there was an appeal (“appeal status unknown”); advance notices never confirmed by a final decision; and amounts our sources do not confirm. " +
  "Coercive fines are daily amounts and are never added to a total; legal costs and damages are not fines. Amounts in euros are converted to kroner at the reference rate.";

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

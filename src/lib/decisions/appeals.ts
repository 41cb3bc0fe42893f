// What became of penalties on appeal, per reviewing body: how often the Privacy Appeals Board and
// the courts upheld, reduced or annulled a fine they reviewed. Computed from the review decisions
// in the dataset, each counted once; only decisions on an appeal count (decidesAppeal in facts.ts).
import { decidesAppeal } from "./facts";
import { type Decision, type Decisions, penaltyUnderReview } from "./model";
import type { Authority, ReviewResult } from "./vocab";

export interface AppealStats {
  authority: Authority;
  /** Reviews of a penalty by this body. */
  total: number;
  results: Record<ReviewResult, number>;
  /** The review decisions counted, newest first. */
  reviews: Decision[];
}

const empty = (): Record<ReviewResult, number> => ({ upheld: 0, dismissed: 0, reduced: 0, partly: 0, annulled: 0, unknown: 0 });

export function appealStats(decisions: Decisions): AppealStats[] {
  const out = new Map<Authority, AppealStats>();
  for (const d of decisions.all) {
    if (!d.review || !decidesAppeal(d.outcome) || !penaltyUnderReview(d, decisions.byId)) continue;
    const s = out.get(d.authority) ?? { authority: d.authority, total: 0, results: empty(), reviews: [] };
    s.total++;
    s.results[d.review.result]++;
    s.reviews.push(d);
    out.set(d.authority, s);
  }
  return [...out.values()].sort((a, b) => b.total - a.total);
}

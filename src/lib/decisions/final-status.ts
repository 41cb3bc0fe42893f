// What finally became of a monetary penalty: the reviews of it that have pages, or else what the
// dataset says of its appeal (appeal_status, from its appeal text). The statuses and whether each counts are in
// FINAL_STATUS (vocab.ts); the rule is stated on /fines/.
import { formatPartialDate } from "./dates";
import { decidesAppeal } from "./facts";
import type { Decision } from "./model";
import { formatMoney } from "./money";
import { AUTHORITIES, type Authority, FINAL_STATUS, type FinalStatus } from "./vocab";

/** Who last acted on a penalty. */
export interface Actor {
  id?: string;
  authority: Authority;
  date?: string;
  caseNumber?: string;
}

export interface Final {
  status: FinalStatus;
  /** The amount that stood, in the penalty's currency (0 when annulled). */
  amount: number;
  /** The review that set the status, if any. */
  by?: Actor;
  /** Whether it counts in the statistics. */
  counted: boolean;
}

const actorOf = (d: Decision): Actor => ({ id: d.id, authority: d.authority, date: d.decided, caseNumber: d.caseNumber });

/**
 * Every decision that reviewed this one, directly or through a chain, in the order they acted: up the
 * appeal ladder (a review before the review of it, whatever dates the dataset has), by date within a step.
 */
export function reviewChain(d: Decision, byId: Map<string, Decision>): Decision[] {
  const out: { decision: Decision; step: number }[] = [];
  const seen = new Set([d.id]);
  const queue = d.reviewedBy.map((id) => ({ id, step: 1 }));
  while (queue.length) {
    const { id, step } = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const next = byId.get(id)!;
    out.push({ decision: next, step });
    queue.push(...next.reviewedBy.map((r) => ({ id: r, step: step + 1 })));
  }
  return out.sort((a, b) => a.step - b.step || byDateUndatedLast(a.decision, b.decision)).map((r) => r.decision);
}

const byDateUndatedLast = (a: Decision, b: Decision) => (a.decided ? 0 : 1) - (b.decided ? 0 : 1) || a.sortDate.localeCompare(b.sortDate);

/** What finally became of the penalty a decision imposed. */
export function finalOf(d: Decision, byId: Map<string, Decision>): Final {
  const p = d.penalty!;
  const done = (status: FinalStatus, amount = p.amount, by?: Actor): Final => ({ status, amount, by, counted: FINAL_STATUS[status].counted });
  if (d.stage === "notice") return done("notice");
  if (!d.verified) return done("unconfirmed");
  const chain = reviewChain(d, byId).filter((r) => decidesAppeal(r.outcome));
  if (!chain.length) {
    const { status, reducedTo } = d.appealData;
    return done(status, status === "annulled" ? 0 : (reducedTo ?? p.amount));
  }
  let final = done("appealed-unknown");
  for (const r of chain) {
    const result = r.review!.result;
    if (result === "reduced") final = done("reduced", r.amount?.meaning === "after-review" ? r.amount.value : final.amount, actorOf(r));
    else if (result === "annulled") final = done("annulled", 0, actorOf(r));
    else if (result === "upheld" || result === "dismissed")
      final = final.status === "appealed-unknown" ? done("upheld", final.amount, actorOf(r)) : { ...final, by: actorOf(r) };
    else final = done("appealed-unknown", final.amount, actorOf(r));
  }
  return final;
}

/** "the Privacy Appeals Board on 17 December 2024" */
export function actorWords(a: Actor): string {
  return `${AUTHORITIES[a.authority].en}${a.date ? ` on ${formatPartialDate(a.date)}` : ""}`;
}

/** One sentence on what finally became of a penalty. */
export function finalWords(d: Decision): string {
  const f = d.final!;
  const p = d.penalty!;
  switch (f.status) {
    case "notice":
      return "No final decision has been found in our sources.";
    case "unconfirmed":
      return "Our sources do not confirm the amount or that it is final.";
    case "appealed-unknown":
      return f.by
        ? `Appealed: the ${AUTHORITIES[f.by.authority].en} decided the appeal${f.by.date ? ` on ${formatPartialDate(f.by.date)}` : ""}${f.by.caseNumber ? ` (${f.by.caseNumber})` : ""}, but its outcome is not in our sources.`
        : "Appealed; the outcome is not in our sources.";
    case "status-unknown":
      return "Whether it was appealed is not known: a source leaves it open.";
    case "no-appeal-recorded":
      return "No appeal is recorded in our sources.";
    case "not-appealed":
      return "Not appealed: a source says it was accepted or not appealed.";
    case "annulled":
      return f.by ? `Annulled by the ${actorWords(f.by)}.` : "Annulled on appeal.";
    case "reduced":
      return `Reduced to ${formatMoney(f.amount, p.currency)}${f.by ? ` by the ${actorWords(f.by)}` : " on appeal"}.`;
    case "upheld":
      return f.by ? `Upheld, last by the ${actorWords(f.by)}.` : "Upheld on appeal.";
  }
}

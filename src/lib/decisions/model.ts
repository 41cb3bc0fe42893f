// The decisions as the pages use them: every file checked against the rules that span files
// (file name = date + entity slug, unique ids, review chains), appeal chains joined up, and for
// each monetary penalty what finally stood after appeals. Pure: it takes the entries, so it is
// tested without Astro.
import type { DecisionData, Step } from "../../schemas/decision";
import { ContentError, type EntryLike } from "../act/model";
import { dateYear, formatPartialDate, sortDate } from "./dates";
import { formatMoney, toNok } from "./money";
import { SCAFFOLD_MARK, slugify } from "./slug";
import { AUTHORITIES, type Authority, FINAL_STATUS, type FinalStatus, type ReviewResult } from "./vocab";

export { ContentError, SCAFFOLD_MARK, slugify };

export interface Decision extends DecisionData {
  /** URL slug = file name: "2021-12-13-grindr". */
  slug: string;
  file: string;
  /** The Markdown summary (the file's body). */
  markdown: string;
  year: number;
  /** A full date for ordering (the first day of the period for partial dates). */
  sortDate: string;
  /** Decisions that reviewed this one, oldest first (ids). */
  reviewedBy: string[];
  /** Every decision linked to this one in either direction: related, reviewed, reviewing (ids, by date). */
  links: string[];
  /** For a decision that imposed a penalty: what finally became of it. */
  final?: Final;
}

/** Who last acted on a penalty: a decision with a page, or a step without one. */
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

export interface Decisions {
  /** Newest first. */
  all: Decision[];
  byId: Map<string, Decision>;
  bySlug: Map<string, Decision>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Markdown summary → plain text (links keep their text). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
    .replace(/[*_`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The first paragraph of the summary as plain text, for descriptions and feeds. */
export const leadText = (body: string) => plainText(body.trim().split(/\n\s*\n/)[0] ?? "");

const newestFirst = (a: { sortDate: string; id: string }, b: { sortDate: string; id: string }) => b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id);

export function buildDecisions(entries: EntryLike<DecisionData>[]): Decisions {
  const byId = new Map<string, Decision>();
  const bySlug = new Map<string, Decision>();
  for (const e of entries) {
    const file = e.filePath ?? `content/decisions/${e.id}.mdx`;
    const d = e.data;
    const fail = (field: string, value: unknown, problem: string): never => {
      throw new ContentError(file, field, value, problem);
    };
    if (!e.id.startsWith(`${d.decided}-`) || !SLUG.test(e.id.slice(d.decided.length + 1)) || /^\d{2}(-|$)/.test(e.id.slice(d.decided.length + 1))) {
      fail("decided", d.decided, `the file name must be "<decided>-<entity-slug>.mdx" (got "${e.id}"), e.g. "${d.decided}-${slugify(d.entity) || "entity"}.mdx"`);
    }
    if (byId.has(d.id)) fail("id", d.id, `duplicate id: also used by ${byId.get(d.id)!.file}`);
    const body = e.body?.trim() ?? "";
    if (!body) fail("(body)", "", "the decision has no summary");
    if (body.includes(SCAFFOLD_MARK)) fail("(body)", SCAFFOLD_MARK, "the summary is still the scaffold's placeholder");
    if (!d.verified && d.uncertain.length === 0) fail("uncertain", d.uncertain, "an entry with verified: false must say what is uncertain");
    if (d.penalty && d.review?.of) fail("penalty", d.penalty, `a penalty belongs to the decision that imposed it; this decision reviews "${d.review.of}"`);
    if (d.penalty?.kind === "coercive fine per day" && !d.outcome.includes("coercive fine")) fail("outcome", d.outcome, 'a coercive fine needs the outcome "coercive fine"');
    if (d.review?.result === "reduced" && d.review.amount === undefined) fail("review.amount", undefined, 'a "reduced" review needs the amount that stood');
    if (d.review && d.review.result !== "reduced" && d.review.amount !== undefined) fail("review.amount", d.review.amount, 'only a "reduced" review has an amount');
    if (d.review?.of === d.id) fail("review.of", d.review.of, "a decision cannot review itself");
    if (d.related.includes(d.id)) fail("related", d.id, "a decision cannot be related to itself");
    const decision: Decision = {
      ...d,
      slug: e.id,
      file,
      markdown: body,
      year: dateYear(d.decided),
      sortDate: sortDate(d.decided),
      reviewedBy: [],
      links: [],
    };
    byId.set(d.id, decision);
    bySlug.set(e.id, decision);
  }

  const all = [...byId.values()].sort(newestFirst);
  for (const d of all) {
    if (d.review?.of) {
      const target = byId.get(d.review.of) ?? failAt(d, "review.of", d.review.of, "no decision with this id");
      if (target.sortDate > d.sortDate) failAt(d, "review.of", d.review.of, `the reviewed decision (${target.decided}) is later than this one (${d.decided})`);
      target.reviewedBy.push(d.id);
    }
    for (const r of d.related) if (!byId.has(r)) failAt(d, "related", r, "no decision with this id");
  }
  for (const d of all) {
    d.reviewedBy.sort((a, b) => byId.get(a)!.sortDate.localeCompare(byId.get(b)!.sortDate));
    const linked = new Set([...d.related, ...d.reviewedBy, ...(d.review?.of ? [d.review.of] : [])]);
    for (const other of all) if (other.related.includes(d.id)) linked.add(other.id);
    d.links = [...linked].sort((a, b) => byId.get(a)!.sortDate.localeCompare(byId.get(b)!.sortDate));
  }
  for (const d of all) if (d.penalty) d.final = finalOf(d, byId);
  return { all, byId, bySlug };
}

function failAt(d: Decision, field: string, value: unknown, problem: string): never {
  throw new ContentError(d.file, field, value, problem);
}

const actorOf = (d: Decision): Actor => ({ id: d.id, authority: d.authority, date: d.decided, caseNumber: d.caseNumber });
const actorOfStep = (s: Step): Actor => ({ authority: s.authority, date: s.date, caseNumber: s.caseNumber });

/** Every decision that reviewed this one, directly or through a chain, oldest first. */
export function reviewChain(d: Decision, byId: Map<string, Decision>): Decision[] {
  const out: Decision[] = [];
  const queue = [...d.reviewedBy];
  while (queue.length) {
    const next = byId.get(queue.shift()!)!;
    out.push(next);
    queue.push(...next.reviewedBy);
  }
  return out.sort((a, b) => a.sortDate.localeCompare(b.sortDate));
}

/** What finally became of the penalty a decision imposed: its own review result, later steps, later decisions. */
export function finalOf(d: Decision, byId: Map<string, Decision>): Final {
  const p = d.penalty!;
  if (d.stage === "notice") return { status: "notice", amount: p.amount, counted: false };
  if (!p.confirmed) return { status: "unconfirmed", amount: p.amount, counted: false };
  let status: FinalStatus = "stood";
  let amount = p.amount;
  let by: Actor | undefined;
  const apply = (result: ReviewResult | undefined, reduced: number | undefined, who: Actor) => {
    if (!result) return;
    by = who;
    if (result === "reduced") [status, amount] = ["reduced", reduced!];
    else if (result === "annulled") [status, amount] = ["annulled", 0];
    else if (result === "unknown") status = "pending";
    else if (status === "pending") status = "stood";
  };
  const steps = (x: Decision) => x.appealed.forEach((s) => apply(s.result, undefined, actorOfStep(s)));
  if (d.review) apply(d.review.result, d.review.amount, actorOf(d));
  steps(d);
  for (const r of reviewChain(d, byId)) {
    apply(r.review!.result, r.review!.amount, actorOf(r));
    steps(r);
  }
  return { status, amount, by, counted: FINAL_STATUS[status].counted };
}

/** The decision whose penalty a review decision is about, following review.of back to the start. */
export function penaltyUnderReview(d: Decision, byId: Map<string, Decision>): Decision | undefined {
  let current: Decision | undefined = d;
  const seen = new Set<string>();
  while (current && !current.penalty && current.review?.of && !seen.has(current.id)) {
    seen.add(current.id);
    current = byId.get(current.review.of);
  }
  return current?.penalty && current !== d ? current : undefined;
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
    case "pending":
      return f.by
        ? `Appealed: the ${AUTHORITIES[f.by.authority].en} decided the appeal${f.by.date ? ` on ${formatPartialDate(f.by.date)}` : ""}${f.by.caseNumber ? ` (${f.by.caseNumber})` : ""}, but its outcome is not in our sources.`
        : "Appealed; the outcome is not in our sources.";
    case "annulled":
      return `Annulled by the ${actorWords(f.by!)}.`;
    case "reduced":
      return `Reduced to ${formatMoney(f.amount, p.currency)} by the ${actorWords(f.by!)}.`;
    case "stood":
      return f.by ? `Upheld, last by the ${actorWords(f.by)}.` : "Not changed on appeal as far as our sources show.";
  }
}

/** The amount in NOK for sorting and statistics (EUR converted at the reference rate). */
export const decidedNok = (d: Decision) => (d.penalty ? toNok(d.penalty.amount, d.penalty.currency) : 0);

export type TimelineItem = { kind: "decision"; decision: Decision; current: boolean } | { kind: "step"; step: Step };

/**
 * The appeal chain or case history a decision belongs to: every decision reachable through
 * related and review links, and the steps without pages, in date order.
 */
export function timeline(d: Decision, byId: Map<string, Decision>): TimelineItem[] {
  const members = new Set<string>([d.id]);
  const queue = [d.id];
  while (queue.length) {
    for (const next of byId.get(queue.shift()!)!.links) {
      if (!members.has(next)) {
        members.add(next);
        queue.push(next);
      }
    }
  }
  const keyed: { key: string; tie: number; item: TimelineItem }[] = [];
  for (const id of members) {
    const m = byId.get(id)!;
    keyed.push({ key: m.sortDate, tie: 0, item: { kind: "decision", decision: m, current: m.id === d.id } });
    const earlier = m.review?.earlier ?? [];
    earlier.forEach((s, i) => keyed.push({ key: s.date ? sortDate(s.date) : m.sortDate, tie: s.date ? 0 : i - earlier.length, item: { kind: "step", step: s } }));
    m.appealed.forEach((s, i) => keyed.push({ key: s.date ? sortDate(s.date) : m.sortDate, tie: s.date ? 0 : i + 1, item: { kind: "step", step: s } }));
  }
  keyed.sort((a, b) => a.key.localeCompare(b.key) || a.tie - b.tie);
  return keyed.map((k) => k.item);
}

/** Decisions grouped by year, newest year first, each group newest first. */
export function byYear(all: Decision[]): { year: number; decisions: Decision[] }[] {
  const groups = new Map<number, Decision[]>();
  for (const d of [...all].sort(newestFirst)) {
    const group = groups.get(d.year);
    if (group) group.push(d);
    else groups.set(d.year, [d]);
  }
  return [...groups].map(([year, decisions]) => ({ year, decisions }));
}

/** Past this many, /decisions/ lists only the newest and each year gets a page of its own. */
export const LIST_ALL = 300;
export const NEWEST_LISTED = 100;

/** What a decisions list page shows: one year, all decisions, or the newest of many. */
export function listing(all: Decision[], year?: number): { listed: Decision[]; truncated: boolean; years: { year: number; count: number }[] } {
  const groups = byYear(all);
  const years = groups.map((g) => ({ year: g.year, count: g.decisions.length }));
  if (year !== undefined) return { listed: groups.find((g) => g.year === year)?.decisions ?? [], truncated: false, years };
  const truncated = all.length > LIST_ALL;
  return { listed: truncated ? groups.flatMap((g) => g.decisions).slice(0, NEWEST_LISTED) : groups.flatMap((g) => g.decisions), truncated, years };
}

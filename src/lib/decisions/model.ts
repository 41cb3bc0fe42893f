// The decisions as the pages use them: each page file joined to its dataset entry, whose facts it
// shows (see facts.ts), the cases joined up through `related`, and for each monetary penalty what
// finally stood (final-status.ts). Pure: it takes the entries, so it is tested without Astro.
import type { DecisionData } from "../../schemas/decision";
import type { EntryLike } from "../content/errors";
import { dateYear } from "./dates";
import { type AppealStatus, currencyOf, type DataEntry, otherSectionLabel, outcomeKinds, pdaTarget, reviewedId, reviewResultOf, reviews } from "./facts";
import { type Final, finalOf } from "./final-status";
import type { Ledger } from "./ledger";
import { newestFirst } from "./listing";
import { toNok } from "./money";
import { leadText } from "./text";
import { checkPages } from "./validation";
import type { AmountMeaning, Authority, Currency, Outcome, PenaltyKind, ReviewResult } from "./vocab";

export { finalWords, type Final } from "./final-status";
export { byYear, countWords, listing, newest, NEWEST_LISTED, pagesOf } from "./listing";
export { timeline, type TimelineItem } from "./timeline";

export interface Decision {
  id: string;
  /** URL slug = file name: "2021-12-13-grindr". */
  slug: string;
  file: string;
  title: string;
  entity: string;
  sector: DecisionData["sector"];
  body: DecisionData["body"];
  conflicts: DecisionData["conflicts"];
  uncertain: DecisionData["uncertain"];
  /** The Markdown summary (the file's body); empty until one is written. */
  markdown: string;
  /** The summary's first paragraph as plain text, for descriptions, feeds and exports; empty without one. */
  readonly lead: string;
  /** The dataset's date and what it is; absent when the dataset has none. */
  decided?: string;
  dateKind?: "decided" | "published" | "notice";
  year?: number;
  /** For ordering: the date, or "0000" for undated entries (listed last). */
  sortDate: string;
  authority: Authority;
  stage: "final" | "notice";
  verified: boolean;
  /** What kind of decision it is. */
  outcome: Outcome[];
  /** The dataset's amount and what it stands for. */
  amount?: { value: number; currency: Currency; meaning: AmountMeaning; perDay: boolean; perCompany: boolean };
  /** The monetary penalty this decision imposed. */
  penalty?: { amount: number; currency: Currency; kind: PenaltyKind; confirmed: boolean };
  /** For an appeal decision or a court case: what it did to the decision below, and which that is when it has a page. */
  review?: { of?: string; result: ReviewResult };
  gdpr: string[];
  pda: string[];
  /** Provisions of other instruments: targets the site holds. */
  provisions: string[];
  /** Provisions of instruments the site holds that the dataset's record names (not necessarily applied). */
  named: string[];
  /** Sections the dataset names that have no page here (the repealed Act of 2000). */
  otherSections: string[];
  caseNumber?: string;
  sources: string[];
  gdprhub?: string;
  etid?: string;
  /** What the dataset says of an appeal (read by final-status.ts where no review has a page). */
  appealData: { status: AppealStatus; reducedTo?: number };
  /** Other stages of the same case (the dataset's related, two-way), by date. */
  links: string[];
  /** Decisions that reviewed this one (ids). */
  reviewedBy: string[];
  /** For a decision that imposed a penalty: what finally became of it. */
  final?: Final;
  /** When its entry or page last changed (data/decisions-updated.json), for the feeds. */
  updated?: string;
}

export interface Decisions {
  /** Newest first, undated last. */
  all: Decision[];
  byId: Map<string, Decision>;
  bySlug: Map<string, Decision>;
}

/** How a page's lead is found: the build takes it from the parse that renders the page (load.ts). */
export type LeadOf = (page: EntryLike<DecisionData>) => string;
const parseLead: LeadOf = (page) => leadText(page.body ?? "");

function fromEntry(page: EntryLike<DecisionData>, e: DataEntry, byId: Map<string, DataEntry>, leadOf: LeadOf): Decision {
  const d = page.data;
  const kinds = outcomeKinds(e);
  const currency = currencyOf(e);
  const meaning = e.amount_meaning ?? undefined;
  const amount =
    e.amount !== null && currency && meaning
      ? { value: e.amount, currency, meaning, perDay: false, perCompany: /each company|per company/i.test(e.outcome) }
      : undefined;
  const coercive = kinds.includes("coercive fine");
  if (amount && meaning === "penalty") amount.perDay = coercive;
  const penalty =
    amount && meaning === "penalty" && (kinds.includes("fine") || coercive)
      ? { amount: amount.value, currency: amount.currency, kind: (coercive ? "coercive fine per day" : "fine") as PenaltyKind, confirmed: e.verified }
      : undefined;
  const review =
    reviews(kinds) && (e.authority === "Personvernnemnda" || reviewedId(e, byId)) ? { of: reviewedId(e, byId), result: reviewResultOf(e) } : undefined;
  return {
    id: e.id,
    slug: page.id,
    file: page.filePath ?? `content/decisions/${page.id}.md`,
    title: d.title,
    entity: d.party ?? e.entity,
    sector: d.sector,
    body: d.body,
    conflicts: d.conflicts,
    uncertain: d.uncertain,
    markdown: page.body?.trim() ?? "",
    // Asked for only when shown: a model built for a test parses nothing it does not use.
    get lead() {
      return leadOf(page);
    },
    decided: e.date ?? undefined,
    dateKind: e.date_kind ?? undefined,
    year: e.date ? dateYear(e.date) : undefined,
    sortDate: e.date ?? "0000",
    authority: e.authority as Authority,
    stage: e.stage,
    verified: e.verified,
    outcome: kinds,
    amount,
    penalty,
    review,
    gdpr: d.gdpr,
    pda: d.pda,
    provisions: d.provisions,
    named: e.provisions_named,
    otherSections: e.pda_sections.filter((s) => !pdaTarget(s)).map(otherSectionLabel),
    caseNumber: e.case_number ?? undefined,
    sources: e.sources,
    gdprhub: e.gdprhub ?? undefined,
    etid: e.etid ?? undefined,
    appealData: { status: e.appeal_status, ...(e.appeal_reduced_to !== null ? { reducedTo: e.appeal_reduced_to } : {}) },
    links: [],
    reviewedBy: [],
  };
}

export function buildDecisions(pages: EntryLike<DecisionData>[], data: DataEntry[], ledger: Ledger = {}, leadOf: LeadOf = parseLead): Decisions {
  const entries = checkPages(pages, data);
  const byId = new Map<string, Decision>();
  const bySlug = new Map<string, Decision>();
  for (const page of pages) {
    const d = fromEntry(page, entries.get(page.data.id)!, entries, leadOf);
    d.updated = ledger[d.id]?.updated;
    byId.set(d.id, d);
    bySlug.set(d.slug, d);
  }
  const all = [...byId.values()].sort(newestFirst);
  for (const d of all) {
    d.links = entries
      .get(d.id)!
      .related.map((id) => byId.get(id)!)
      .sort((a, b) => a.sortDate.localeCompare(b.sortDate))
      .map((r) => r.id);
    if (d.review?.of) byId.get(d.review.of)!.reviewedBy.push(d.id);
  }
  for (const d of all) if (d.penalty) d.final = finalOf(d, byId);
  return { all, byId, bySlug };
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

/** The amount in NOK for sorting and statistics (EUR converted at the reference rate). */
export const decidedNok = (d: Decision) => (d.penalty ? toNok(d.penalty.amount, d.penalty.currency) : 0);

// The rows of the fines explorer: one per monetary penalty, with everything the table, the
// filters and the figures need. The same rows are rendered at build time and shipped to the
// browser as /data/fines.json, so the table reads the same with or without JavaScript.
import { parseTarget } from "../refs/targets";
import { type BreachType, breachTypes } from "./breaches";
import { paths } from "../urls";
import { type Decision, type Decisions, decidedNok, finalWords } from "./model";
import type { Countable } from "./stats";
import { AUTHORITIES, type Body, type Currency, type FinalStatus, type PenaltyKind, type Sector } from "./vocab";

export interface FineRow extends Countable {
  id: string;
  /** Site path of the decision page (without the base path). */
  path: string;
  title: string;
  entity: string;
  /** The dataset's date ("2021-12-13"). */
  date: string;
  year: number;
  sortDate: string;
  authority: string;
  authorityKey: string;
  sector: Sector;
  body: Body;
  kind: PenaltyKind;
  /** The amount decided, in its currency. */
  amount: number;
  currency: Currency;
  /** The amount decided, in NOK (EUR converted at the reference rate): what the table sorts and filters by. */
  nok: number;
  status: FinalStatus;
  /** The amount that stood, in the penalty's currency. */
  final: number;
  /** One sentence on what became of it. */
  note: string;
  /** GDPR article numbers applied. */
  articles: number[];
  /** What was breached, derived from the articles (breaches.ts). */
  breaches: BreachType[];
  /** True when the entry is only partly verified or its amount is not confirmed (the page says what). */
  uncertain: boolean;
}

const articleNumbers = (d: Decision) => [...new Set(d.gdpr.map((g) => (parseTarget(g) as { article: number }).article))].sort((a, b) => a - b);

export function fineRow(d: Decision): FineRow {
  const p = d.penalty!;
  return {
    id: d.id,
    path: paths.decision(d.slug),
    title: d.title,
    entity: d.entity,
    date: d.decided ?? "",
    year: d.year ?? 0,
    sortDate: d.sortDate,
    authority: d.authority,
    authorityKey: AUTHORITIES[d.authority].key,
    sector: d.sector,
    body: d.body,
    kind: p.kind,
    amount: p.amount,
    currency: p.currency,
    nok: decidedNok(d),
    status: d.final!.status,
    final: d.final!.amount,
    note: finalWords(d),
    articles: articleNumbers(d),
    breaches: breachTypes(articleNumbers(d)),
    uncertain: !d.verified || !p.confirmed,
  };
}

/** Every decision that imposed a monetary penalty, as rows, largest amount first. */
export function fineRows(decisions: Decisions): FineRow[] {
  return decisions.all
    .filter((d) => d.penalty)
    .map(fineRow)
    .sort((a, b) => b.nok - a.nok || b.sortDate.localeCompare(a.sortDate));
}

/** Rows per build-time page of the table (what a reader without JavaScript gets per page). */
export const STATIC_PAGE_SIZE = 100;

/** The build-time pages of the table: rows largest first, cut into pages of STATIC_PAGE_SIZE. */
export function staticPages(rows: FineRow[]): FineRow[][] {
  const pages: FineRow[][] = [];
  for (let i = 0; i < rows.length; i += STATIC_PAGE_SIZE) pages.push(rows.slice(i, i + STATIC_PAGE_SIZE));
  return pages.length ? pages : [[]];
}

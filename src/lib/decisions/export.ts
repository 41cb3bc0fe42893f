// The decisions as data: /data/decisions.json and /data/decisions.csv hold the same rows (one
// per decision, newest first) and the CSV's columns are documented below; /decisions/feed.xml
// is an Atom feed of the same decisions by date. Pure: URLs are made by the caller's `abs`.
import { csvCell } from "../csv";
import { paths } from "../urls";
import { type Decision, type Decisions, finalWords } from "./model";
import { atomFeed } from "./feeds";
import { convert, REFERENCE_RATE, roundApprox } from "./money";
import { STATISTICS_RULE } from "./stats";
import { AUTHORITIES, FINAL_STATUS, REVIEW_RESULTS, SECTORS } from "./vocab";

type Abs = (path: string) => string;

/** The CSV columns, in order, with what each holds. */
export const CSV_COLUMNS = [
  ["id", "permanent id (never changes)"],
  ["url", "the decision's page"],
  ["title", "short headline"],
  ["entity", "who the decision concerns (unnamed parties stay unnamed)"],
  ["authority", "who decided (Datatilsynet, Personvernnemnda, a court, EDPB, Sivilombudet)"],
  ["date", "the dataset's date, YYYY-MM-DD; empty when no source gives one"],
  ["date_kind", "what the date is: decided, published or notice (the advance notice's date)"],
  ["stage", "final, or notice when only an advance notice is known"],
  ["sector", "sector key (see vocab)"],
  ["body", "public or private"],
  ["outcome", "what the decision did, separated by |"],
  ["amount", "the dataset's amount, in `currency`; what it stands for is in `amount_meaning`"],
  ["currency", "NOK or EUR: the currency decided"],
  ["amount_meaning", "penalty, reviewed (the penalty an appeal decision reviewed), after-review, legal-costs or damages"],
  ["penalty_kind", "fine or coercive fine per day; empty when the decision imposed no penalty"],
  ["amount_other_approx", `the amount in the other currency at ${REFERENCE_RATE.label}, rounded (approximate)`],
  ["final_status", `what became of a penalty: ${Object.keys(FINAL_STATUS).join(", ")}`],
  ["final_amount", "the amount that stood after appeals, in `currency`"],
  ["counted", "yes when the penalty counts in the statistics"],
  ["reviews", "the id of the decision this one reviewed"],
  ["review_result", `${Object.keys(REVIEW_RESULTS).join(", ")}`],
  ["gdpr", "GDPR articles applied, as targets (gdpr:5(1)(f)), separated by |"],
  ["pda", "Personal Data Act sections applied (pda:26(1)), separated by |"],
  ["case_number", "the case number(s)"],
  ["related", "ids of the other stages of the same case, separated by |"],
  ["gdprhub", "the GDPRhub page, where there is one"],
  ["etid", "the CMS Enforcement Tracker id, where there is one"],
  ["verified", "yes, or no when only part of the facts was seen in a source"],
  ["sources", "source addresses, separated by |"],
] as const;

export function decisionRecord(d: Decision, abs: Abs) {
  const other = d.amount ? convert(d.amount.value, d.amount.currency) : undefined;
  return {
    id: d.id,
    url: abs(paths.decision(d.slug)),
    title: d.title,
    entity: d.entity,
    authority: d.authority,
    authorityName: AUTHORITIES[d.authority].en,
    date: d.decided ?? null,
    dateKind: d.dateKind ?? null,
    stage: d.stage,
    sector: d.sector,
    sectorName: SECTORS[d.sector],
    body: d.body,
    outcome: d.outcome,
    amount: d.amount
      ? {
          amount: d.amount.value,
          currency: d.amount.currency,
          meaning: d.amount.meaning,
          perDay: d.amount.perDay,
          perCompany: d.amount.perCompany,
          otherApprox: { amount: roundApprox(other!.amount), currency: other!.currency, rate: REFERENCE_RATE.label },
        }
      : null,
    penalty: d.penalty
      ? {
          kind: d.penalty.kind,
          amount: d.penalty.amount,
          currency: d.penalty.currency,
          confirmed: d.penalty.confirmed,
          final: { status: d.final!.status, amount: d.final!.amount, counted: d.final!.counted, note: finalWords(d) },
        }
      : null,
    review: d.review ? { of: d.review.of ?? null, result: d.review.result } : null,
    reviewedBy: d.reviewedBy,
    gdpr: d.gdpr,
    pda: d.pda,
    otherSections: d.otherSections,
    provisions: d.provisions,
    caseNumber: d.caseNumber ?? null,
    related: d.links,
    gdprhub: d.gdprhub ?? null,
    etid: d.etid ?? null,
    sources: d.sources,
    conflicts: d.conflicts,
    uncertain: d.uncertain,
    verified: d.verified,
    summary: d.lead,
  };
}

export function decisionsJson(decisions: Decisions, abs: Abs) {
  return {
    about: {
      title: "Norwegian data protection decisions and rulings",
      url: abs(paths.decisionsIndex()),
      count: decisions.all.length,
      order: "newest first, undated entries last",
      source: "Facts from the dataset decisions-v2 (155 entries); titles, classification and summaries are the site's own.",
      currencyRate: { nokPerEur: REFERENCE_RATE.nokPerEur, label: REFERENCE_RATE.label, explanation: REFERENCE_RATE.explanation },
      statisticsRule: STATISTICS_RULE,
      csv: abs(paths.decisionsCsv()),
    },
    decisions: decisions.all.map((d) => decisionRecord(d, abs)),
  };
}

const list = (values: readonly string[]) => values.join("|");
const yesNo = (b: boolean | undefined) => (b === undefined ? "" : b ? "yes" : "no");

export function decisionsCsv(decisions: Decisions, abs: Abs): string {
  const lines = [CSV_COLUMNS.map(([name]) => name).join(",")];
  for (const d of decisions.all) {
    const r = decisionRecord(d, abs);
    const values: Record<(typeof CSV_COLUMNS)[number][0], unknown> = {
      id: r.id,
      url: r.url,
      title: r.title,
      entity: r.entity,
      authority: r.authority,
      date: r.date,
      date_kind: r.dateKind,
      stage: r.stage,
      sector: r.sector,
      body: r.body,
      outcome: list(r.outcome),
      amount: r.amount?.amount,
      currency: r.amount?.currency,
      amount_meaning: r.amount?.meaning,
      penalty_kind: r.penalty?.kind,
      amount_other_approx: r.amount ? `${r.amount.otherApprox.currency} ${r.amount.otherApprox.amount}` : "",
      final_status: r.penalty?.final.status,
      final_amount: r.penalty?.final.amount,
      counted: yesNo(r.penalty?.final.counted),
      reviews: r.review?.of,
      review_result: r.review?.result,
      gdpr: list(r.gdpr),
      pda: list(r.pda),
      case_number: r.caseNumber,
      related: list(r.related),
      gdprhub: r.gdprhub,
      etid: r.etid,
      verified: yesNo(r.verified),
      sources: list(r.sources),
    };
    lines.push(CSV_COLUMNS.map(([name]) => csvCell(values[name])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** One line on a decision for feeds: who, its lead sentence, and what its date is. */
export function feedSummary(d: Decision): string {
  const precision = d.decided
    ? d.dateKind === "decided"
      ? ""
      : ` The date given is the ${d.dateKind === "published" ? "publication" : "advance notice"} date.`
    : " The date is not known.";
  const notice = d.stage === "notice" ? " This is an advance notice, not a final decision." : "";
  return `${d.authority}: ${d.lead || d.title}${precision}${notice}`;
}

/** An Atom feed of all decisions, newest first. */
export function decisionsFeed(decisions: Decisions, abs: Abs, siteName: string): string {
  return atomFeed(decisions.all, {
    title: `${siteName}: decisions and rulings`,
    subtitle: "Norwegian data protection decisions and court rulings, newest first.",
    self: paths.decisionsFeed(),
    alternate: paths.decisionsIndex(),
    siteName,
    abs,
    summary: feedSummary,
  });
}

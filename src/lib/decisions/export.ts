// The decisions as data: /data/decisions.json and /data/decisions.csv hold the same rows (one
// per decision, newest first) and the CSV's columns are documented below; /decisions/feed.xml
// is an Atom feed of the same decisions by date. Pure: URLs are made by the caller's `abs`.
import { escapeHtml as xml } from "../html";
import { paths } from "../urls";
import { isFullDate } from "./dates";
import { type Decision, type Decisions, finalWords, leadText } from "./model";
import { convert, REFERENCE_RATE, roundApprox } from "./money";
import { STATISTICS_RULE } from "./stats";
import { AUTHORITIES, SECTORS } from "./vocab";

type Abs = (path: string) => string;

/** The CSV columns, in order, with what each holds. */
export const CSV_COLUMNS = [
  ["id", "permanent id (never changes)"],
  ["url", "the decision's page"],
  ["title", "short headline"],
  ["entity", "who the decision concerns (unnamed parties stay unnamed)"],
  ["authority", "who decided (Datatilsynet, Personvernnemnda, Oslo tingrett, Borgarting lagmannsrett, Høyesterett, EDPB)"],
  ["decided", "date decided: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"],
  ["published", "date published, where known"],
  ["notice", "date of the advance notice (varsel), where known"],
  ["stage", "final, or notice when only an advance notice is known"],
  ["sector", "sector key (see vocab)"],
  ["body", "public or private"],
  ["outcome", "what the decision did, separated by |"],
  ["penalty_kind", "fine or coercive fine per day; empty when no penalty"],
  ["amount", "the penalty as decided, in `currency`"],
  ["currency", "NOK or EUR: the currency decided"],
  ["amount_other_approx", `the amount in the other currency at ${REFERENCE_RATE.label}, rounded (approximate)`],
  ["final_status", "stood, reduced, annulled, pending, notice or unconfirmed"],
  ["final_amount", "the amount that stood after appeals, in `currency`"],
  ["counted", "yes when the penalty counts in the statistics"],
  ["reviews", "the id of the decision this one reviewed"],
  ["review_result", "upheld, reduced, annulled or unknown"],
  ["gdpr", "GDPR articles applied, as targets (gdpr:5(1)(f)), separated by |"],
  ["pda", "Personal Data Act sections applied (pda:26(1)), separated by |"],
  ["case_number", "the case number(s)"],
  ["related", "ids of decisions in the same matter, separated by |"],
  ["verified", "yes, or no when only part of the facts was seen in a source"],
  ["sources", "source addresses, separated by |"],
] as const;

export function decisionRecord(d: Decision, abs: Abs) {
  const other = d.penalty ? convert(d.penalty.amount, d.penalty.currency) : undefined;
  return {
    id: d.id,
    url: abs(paths.decision(d.slug)),
    title: d.title,
    entity: d.entity,
    authority: d.authority,
    authorityName: AUTHORITIES[d.authority].en,
    decided: d.decided,
    published: d.published ?? null,
    notice: d.notice ?? null,
    stage: d.stage,
    dateNote: d.dateNote ?? null,
    sector: d.sector,
    sectorName: SECTORS[d.sector],
    body: d.body,
    outcome: d.outcome,
    penalty: d.penalty
      ? {
          kind: d.penalty.kind,
          amount: d.penalty.amount,
          currency: d.penalty.currency,
          notified: d.penalty.notified ?? null,
          confirmed: d.penalty.confirmed,
          otherApprox: { amount: roundApprox(other!.amount), currency: other!.currency, rate: REFERENCE_RATE.label },
          final: { status: d.final!.status, amount: d.final!.amount, counted: d.final!.counted, note: finalWords(d) },
        }
      : null,
    costs: d.costs ?? null,
    review: d.review ? { of: d.review.of ?? null, result: d.review.result, amount: d.review.amount ?? null, earlier: d.review.earlier } : null,
    appealed: d.appealed,
    reviewedBy: d.reviewedBy,
    gdpr: d.gdpr,
    pda: d.pda,
    caseNumber: d.caseNumber ?? null,
    related: d.links,
    sources: d.sources,
    conflicts: d.conflicts,
    uncertain: d.uncertain,
    verified: d.verified,
    summary: leadText(d.markdown),
  };
}

export function decisionsJson(decisions: Decisions, abs: Abs) {
  return {
    about: {
      title: "Norwegian data protection decisions and rulings",
      url: abs(paths.decisionsIndex()),
      count: decisions.all.length,
      order: "newest first (partial dates sort as the first day of their period)",
      currencyRate: { nokPerEur: REFERENCE_RATE.nokPerEur, label: REFERENCE_RATE.label, explanation: REFERENCE_RATE.explanation },
      statisticsRule: STATISTICS_RULE,
      csv: abs(paths.decisionsCsv()),
    },
    decisions: decisions.all.map((d) => decisionRecord(d, abs)),
  };
}

const cell = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
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
      decided: r.decided,
      published: r.published,
      notice: r.notice,
      stage: r.stage,
      sector: r.sector,
      body: r.body,
      outcome: list(r.outcome),
      penalty_kind: r.penalty?.kind,
      amount: r.penalty?.amount,
      currency: r.penalty?.currency,
      amount_other_approx: r.penalty ? `${r.penalty.otherApprox.currency} ${r.penalty.otherApprox.amount}` : "",
      final_status: r.penalty?.final.status,
      final_amount: r.penalty?.final.amount,
      counted: yesNo(r.penalty?.final.counted),
      reviews: r.review?.of,
      review_result: r.review?.result,
      gdpr: list(r.gdpr),
      pda: list(r.pda),
      case_number: r.caseNumber,
      related: list(r.related),
      verified: yesNo(r.verified),
      sources: list(r.sources),
    };
    lines.push(CSV_COLUMNS.map(([name]) => cell(values[name])).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}


/** An Atom feed of the decisions, newest first. Entries dated only to the month or year say so. */
export function decisionsFeed(decisions: Decisions, abs: Abs, siteName: string): string {
  const stamp = (d: Decision) => `${d.sortDate}T00:00:00Z`;
  const updated = decisions.all.length ? stamp(decisions.all[0]) : "1970-01-01T00:00:00Z";
  const entries = decisions.all.map((d) => {
    const link = abs(paths.decision(d.slug));
    const precision = isFullDate(d.decided) ? "" : ` Decided in ${d.decided}; the exact date is not known.`;
    const notice = d.stage === "notice" ? " This is an advance notice, not a final decision." : "";
    return [
      "  <entry>",
      `    <title>${xml(d.title)}</title>`,
      `    <id>${xml(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      `    <updated>${stamp(d)}</updated>`,
      `    <category term="${xml(AUTHORITIES[d.authority].key)}" label="${xml(d.authority)}"/>`,
      `    <summary>${xml(`${d.authority}: ${leadText(d.markdown)}${precision}${notice}`)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(`${siteName}: decisions and rulings`)}</title>`,
    `  <subtitle>Norwegian data protection decisions and court rulings, newest first.</subtitle>`,
    `  <id>${xml(abs(paths.decisionsIndex()))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(abs(paths.decisionsFeed()))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(abs(paths.decisionsIndex()))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(siteName)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

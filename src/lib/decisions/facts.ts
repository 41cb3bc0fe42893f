// The facts of a decision, derived from its entry in the dataset (../shared/sources/decisions-v2.json).
// `npm run decisions:sync` writes the facts the site uses to data/decision-facts.json (factsOf):
// the dataset's fact fields, and what its working notes say turned into values (what an amount
// stands for, what became of an appeal). The notes themselves are not copied. The dataset is the
// only source of facts: the page files add titles, classifications and summaries, never a date,
// an amount or an outcome.
// No imports outside this folder, so the sync script runs it directly in Node.
import { AUTHORITIES, type AmountMeaning, type Authority, type Currency, type FinalStatus, INSTANCE, type Outcome, type ReviewResult } from "./vocab.ts";

export const DATA_FILE = "data/decision-facts.json";

/** The fact fields of an entry, as the dataset's README (section 3) describes them. */
interface EntryFacts {
  id: string;
  date: string | null;
  entity: string;
  authority: string;
  outcome: string;
  amount: number | null;
  currency: string | null;
  case_number: string | null;
  sources: string[];
  verified: boolean;
  gdprhub: string | null;
  etid: string | null;
  related: string[];
  pda_sections: string[];
  stage: "final" | "notice";
  date_kind: "decided" | "published" | "notice" | null;
}

/** One entry of the dataset: the facts and the working notes (summary, notes, appeal_outcome). */
export interface SourceEntry extends EntryFacts {
  gdpr_articles: string[];
  sector: string;
  summary: string;
  appeal_outcome: string | null;
  notes: string;
}

/** What the dataset's appeal text says of an appeal, as values. */
export type AppealStatus = Extract<
  FinalStatus,
  "no-appeal-recorded" | "not-appealed" | "status-unknown" | "reduced" | "annulled" | "upheld" | "appealed-unknown"
>;

/** One entry of data/decision-facts.json: the facts the site uses, no prose. */
export interface DataEntry extends EntryFacts {
  /** The GDPR articles applied, as targets ("gdpr:6(1)(f)"). */
  gdpr: string[];
  /** What the amount stands for (null without an amount). */
  amount_meaning: AmountMeaning | null;
  /** What the dataset's appeal text says (read by final-status.ts where no review has a page). */
  appeal_status: AppealStatus;
  /** The amount an appeal reduced the penalty to, where the appeal text gives it. */
  appeal_reduced_to: number | null;
  /** Provisions of Norwegian instruments the site holds that the entry's record names, as targets (named.ts). */
  provisions_named: string[];
}

export class DataError extends Error {
  constructor(id: string, field: string, value: unknown, problem: string) {
    super(`${DATA_FILE}: entry "${id}", field "${field}" = ${JSON.stringify(value)}: ${problem}`);
    this.name = "DataError";
  }
}

const isAuthority = (a: string): a is Authority => a in AUTHORITIES;

export function authorityOf(e: EntryFacts): Authority {
  if (!isAuthority(e.authority))
    throw new DataError(e.id, "authority", e.authority, `unknown authority; expected one of ${Object.keys(AUTHORITIES).join(", ")}`);
  return e.authority;
}

/** The clauses of an outcome text, each with what it starts with: "fine; order to stop …" → ["fine", "order to stop …"]. */
const clauses = (text: string) =>
  text
    .toLowerCase()
    .split(/;|\s-\s/)
    .map((c) => c.trim())
    .filter(Boolean);

/** What kind of decision the entry records, from the start of each clause of its outcome and who decided. */
export function outcomeKinds(e: EntryFacts): Outcome[] {
  const authority = authorityOf(e);
  const text = e.outcome.toLowerCase();
  const kinds = new Set<Outcome>();
  if (/^legal costs|costs awarded/.test(text)) kinds.add("costs");
  else if (authority === "Sivilombudet") kinds.add("statement");
  else if (authority === "EDPB") kinds.add("binding decision");
  else if (authority === "Personvernnemnda") kinds.add("appeal decision");
  else if (INSTANCE[authority] >= 2) {
    if (/^ruling|kjennelse/.test(text)) kinds.add("ruling");
    else kinds.add("judgment");
  } else {
    for (const c of clauses(e.outcome)) {
      if (/^coercive fine/.test(c)) kinds.add("coercive fine");
      else if (/^fine\b/.test(c)) kinds.add("fine");
      else if (/^(ban|temporary ban)\b/.test(c)) kinds.add("ban");
      else if (/^orders?\b/.test(c)) kinds.add("order");
      else if (/^reprimand\b/.test(c)) kinds.add("reprimand");
      else if (/^(breach|criticism)/.test(c)) kinds.add("finding");
    }
  }
  if (!kinds.size)
    throw new DataError(
      e.id,
      "outcome",
      e.outcome,
      "cannot tell what kind of decision this is: start the outcome with fine, coercive fine, ban, order, reprimand or breach",
    );
  return [...kinds];
}

/** What a review (an appeal decision or a court's) did to the decision below it, from its outcome text. */
export function reviewResultOf(e: EntryFacts): ReviewResult {
  const t = e.outcome.toLowerCase();
  if (/\breduced\b/.test(t)) return "reduced";
  if (/^partly|partly reversed/.test(t)) return "partly";
  if (/\b(annulled|revoked|reversed|overturned|set aside|sent back|not upheld)\b/.test(t)) return "annulled";
  if (/\b(upheld|confirmed|stood|state won|state acquitted)\b/.test(t)) return "upheld";
  if (/\bdismissed\b/.test(t)) return "dismissed";
  return "unknown";
}

/** Whether the entry is a stage that reviews another: an appeal decision, or a court case brought against one. */
export const reviews = (kinds: Outcome[]) => kinds.includes("appeal decision") || kinds.includes("judgment") || kinds.includes("ruling");

/**
 * Whether a review decides an appeal, and so counts as an appeal outcome (what stood, the appeal
 * statistics): the Privacy Appeals Board's appeal decision, or a court's judgment in a case brought
 * against a decision. A court's ruling (kjennelse) does not: it settles an interim injunction or a
 * procedural question while the case goes on (Oslo tingrett's refusal of Meta's interim injunction).
 */
export const decidesAppeal = (kinds: Outcome[]) => kinds.includes("appeal decision") || kinds.includes("judgment");

/** The rule above, as the fines page states it. */
export const APPEAL_OUTCOME_RULE =
  "Only decisions on an appeal count: the Privacy Appeals Board's appeal decisions and courts' judgments. A court's ruling on an interim injunction or a procedural question decides no appeal and is not counted.";

/** The decision the entry reviews: of the related stages lower on the appeal ladder, the latest. */
export function reviewedId(e: DataEntry, byId: Map<string, DataEntry>): string | undefined {
  const level = INSTANCE[authorityOf(e)];
  const below = e.related
    .map((id) => byId.get(id))
    .filter((r): r is DataEntry => !!r && INSTANCE[authorityOf(r)] < level && INSTANCE[authorityOf(r)] !== 1.5 && !outcomeKinds(r).includes("costs"))
    .filter((r) => !r.date || !e.date || r.date <= e.date)
    .sort((a, b) => INSTANCE[authorityOf(b)] - INSTANCE[authorityOf(a)] || (b.date ?? "").localeCompare(a.date ?? ""));
  return below[0]?.id;
}

/** What the entry's amount stands for (the dataset's README: it depends on the entry). */
export function amountMeaning(e: SourceEntry, kinds: Outcome[]): AmountMeaning | undefined {
  if (e.amount === null) return undefined;
  const words = `${e.outcome} ${e.notes}`.toLowerCase();
  if (
    kinds.includes("costs") ||
    (INSTANCE[authorityOf(e)] >= 2 && /legal costs|sakskostnader/.test(words) && !/\bfine\b|\bfee\b/.test(e.outcome.toLowerCase()))
  )
    return "legal-costs";
  if (/damages|oppreisning/.test(e.outcome.toLowerCase())) return "damages";
  if (reviews(kinds)) return reviewResultOf(e) === "reduced" ? "after-review" : "reviewed";
  return "penalty";
}

export const currencyOf = (e: DataEntry): Currency | undefined => {
  if (e.currency === null) return undefined;
  if (e.currency !== "NOK" && e.currency !== "EUR") throw new DataError(e.id, "currency", e.currency, 'expected "NOK" or "EUR"');
  return e.currency;
};

/** "6(1)" → "gdpr:6(1)"; the dataset writes articles as the Regulation numbers them. */
export function gdprTargets(e: SourceEntry): string[] {
  return e.gdpr_articles.map((a) => {
    if (!/^\d+(\(\d+\))?(\([a-z]\))?$/.test(a)) throw new DataError(e.id, "gdpr_articles", a, 'expected an article like "6", "6(1)" or "6(1)(f)"');
    return `gdpr:${a}`;
  });
}

const LEDD: Record<string, number> = { første: 1, andre: 2, annet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6 };

/**
 * A section of the Personal Data Act of 2018 as the dataset writes it ("§ 26 første ledd",
 * "§ 2 annet ledd bokstav b") → "pda:26(1)", "pda:2(2)(b)". Sections of the repealed Act of 2000
 * ("personopplysningsloven 2000 § 11 bokstav c") have no target here: undefined.
 */
export function pdaTarget(section: string): string | undefined {
  const m = /^§ (\d+[a-z]?)(?: (\S+) ledd)?(?: bokstav ([a-z]))?$/.exec(section.trim());
  if (!m) return undefined;
  const [, number, ledd, letter] = m;
  const n = ledd ? LEDD[ledd] : undefined;
  if (ledd && !n) return undefined;
  return `pda:${number}${n ? `(${n})` : ""}${n && letter ? `(${letter})` : ""}`;
}

/** "personopplysningsloven 2000 § 11 bokstav c" → "Personal Data Act 2000 (repealed), § 11 bokstav c". */
export function otherSectionLabel(section: string): string {
  return section.replace(/^personopplysningsloven 2000 /, "Personal Data Act 2000 (repealed), ");
}

/** A year-free id tail for new URLs: "miljo-kvalitetsledelse-2021" → "miljo-kvalitetsledelse". */
export function newSlug(e: EntryFacts): string {
  const tail = /^pvn-|^hr-|^jo-/.test(e.id) ? e.id : e.id.replace(/-(19|20)\d{2}$/, "");
  return `${e.date ?? "undated"}-${tail}`;
}

/**
 * What the dataset's appeal_outcome text says about a penalty, read conservatively: only a plain
 * "not appealed" or "accepted" counts as final; anything a source leaves open is "appeal status
 * unknown"; an appeal without an outcome is "appealed, outcome unknown".
 */
export function statusFromAppealText(text: string | null): { status: AppealStatus; reduced?: number } {
  const t = (text ?? "").trim().toLowerCase();
  if (!t) return { status: "no-appeal-recorded" };
  // A source that the party accepted the fine, or that it was not appealed, settles it.
  if (/not appealed|accepted the fee|would accept/.test(t) && !/appealed to|appeal decided/.test(t)) return { status: "not-appealed" };
  if (/could be appealed|considering|not verified|status unknown|^unknown|^not known/.test(t)) return { status: "status-unknown" };
  const reduced = /reduced to nok ([\d,]+)/.exec(t);
  if (reduced) return { status: "reduced", reduced: Number(reduced[1].replace(/,/g, "")) };
  if (/annulled|revoked|set aside/.test(t)) return { status: "annulled" };
  if (/^upheld|upheld by/.test(t)) return { status: "upheld" };
  if (/appealed/.test(t) && /unknown|not visible|not found|not seen|pending/.test(t)) return { status: "appealed-unknown" };
  if (/not appealed|accepted the fee|would accept|no appeal seen|^final/.test(t)) return { status: "not-appealed" };
  return { status: "status-unknown" };
}

/** The facts the site uses from a dataset entry (data/decision-facts.json): no summary, notes or other prose. `named`: what namedProvisions (named.ts) read from them. */
export function factsOf(e: SourceEntry, named: string[]): DataEntry {
  const { gdpr_articles: _articles, sector: _sector, summary: _summary, notes: _notes, appeal_outcome, ...facts } = e;
  const appeal = statusFromAppealText(appeal_outcome);
  return {
    ...facts,
    gdpr: gdprTargets(e),
    amount_meaning: amountMeaning(e, outcomeKinds(e)) ?? null,
    appeal_status: appeal.status,
    appeal_reduced_to: appeal.reduced ?? null,
    provisions_named: named,
  };
}

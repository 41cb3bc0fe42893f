// The fixed vocabularies of the decisions collection: who decides, what they decide, which sector
// an entity belongs to, and what became of a fine. The schema accepts only these values; pages,
// filters and exports print the labels here. Each list has a URL-safe key for query strings.

/** The bodies whose decisions and rulings the site records, with their English names. */
export const AUTHORITIES = {
  Datatilsynet: { key: "datatilsynet", en: "Norwegian Data Protection Authority", short: "Datatilsynet" },
  Personvernnemnda: { key: "personvernnemnda", en: "Privacy Appeals Board", short: "Personvernnemnda" },
  "Oslo tingrett": { key: "oslo-tingrett", en: "Oslo District Court", short: "Oslo tingrett" },
  "Borgarting lagmannsrett": { key: "borgarting-lagmannsrett", en: "Borgarting Court of Appeal", short: "Borgarting lagmannsrett" },
  Høyesterett: { key: "hoyesterett", en: "Supreme Court of Norway", short: "Høyesterett" },
  "Romerike og Glåmdal tingrett": { key: "romerike-og-glamdal-tingrett", en: "Romerike and Glåmdal District Court", short: "Romerike og Glåmdal tingrett" },
  EDPB: { key: "edpb", en: "European Data Protection Board", short: "EDPB" },
  Sivilombudet: { key: "sivilombudet", en: "Parliamentary Ombud", short: "Sivilombudet" },
} as const;
export type Authority = keyof typeof AUTHORITIES;
export const authorityNames = Object.keys(AUTHORITIES) as Authority[];

/** The body whose URL key is `key` ("personvernnemnda"), if any. */
export const authorityByKey = (key: string) => Object.values(AUTHORITIES).find((a) => a.key === key);

/** What a decision or ruling did. A decision may do several things (a fine and an order). */
export const OUTCOMES = {
  fine: "Fine",
  "coercive fine": "Coercive fine",
  ban: "Ban",
  order: "Order",
  reprimand: "Reprimand",
  judgment: "Judgment",
  ruling: "Ruling",
  "binding decision": "Binding decision",
  "appeal decision": "Appeal decision",
  finding: "Breach found, no sanction",
  costs: "Costs award",
  statement: "Ombud's statement",
} as const;
export type Outcome = keyof typeof OUTCOMES;

/** The sector of the entity a decision concerns, coarse enough to filter by. */
export const SECTORS = {
  municipality: "Municipalities",
  "central-government": "Central government",
  health: "Health",
  education: "Education",
  "online-services": "Online services and advertising",
  telecom: "Telecommunications",
  finance: "Banking and finance",
  "retail-consumer": "Retail, hospitality and consumer services",
  transport: "Transport",
  "sport-voluntary": "Sport and voluntary organisations",
  "legal-investigation": "Legal and investigation services",
  "other-private": "Other private businesses",
} as const;
export type Sector = keyof typeof SECTORS;

/** Whether the entity is a public body or a private one. */
export const BODIES = { public: "Public body", private: "Private body" } as const;
export type Body = keyof typeof BODIES;

/** What an appeal or court review did to the decision it reviewed. */
export const REVIEW_RESULTS = {
  upheld: "upheld",
  dismissed: "appeal dismissed",
  reduced: "reduced",
  partly: "partly reversed",
  annulled: "annulled, reversed or set aside",
  unknown: "outcome not known",
} as const;
export type ReviewResult = keyof typeof REVIEW_RESULTS;

/**
 * What finally became of a monetary penalty, and so whether it counts in the statistics (the rule
 * stated on /fines/). Counted: upheld, not appealed, reduced (at the reduced amount) and "no appeal
 * recorded". Listed but not counted: everything a source leaves open or that did not stand.
 */
export const FINAL_STATUS = {
  upheld: { label: "Upheld on appeal", long: "Appealed and upheld", counted: true },
  "not-appealed": { label: "Not appealed", long: "A source says it was not appealed or that the fine was accepted", counted: true },
  "no-appeal-recorded": { label: "No appeal recorded", long: "No appeal is recorded in our sources", counted: true },
  reduced: { label: "Reduced on appeal", long: "Reduced on appeal", counted: true },
  annulled: { label: "Annulled on appeal", long: "Annulled or revoked on appeal", counted: false },
  "appealed-unknown": { label: "Appealed, outcome unknown", long: "Appealed; the outcome is not in our sources", counted: false },
  "status-unknown": { label: "Appeal status unknown", long: "A source leaves open whether it was appealed", counted: false },
  notice: { label: "Advance notice only", long: "Only an advance notice (varsel) is known: not a final decision", counted: false },
  unconfirmed: { label: "Not confirmed", long: "The amount or its finality is not confirmed by our sources", counted: false },
} as const;
export type FinalStatus = keyof typeof FINAL_STATUS;

/** The kinds of monetary penalty. A coercive fine is a daily amount, not a sum. */
export const PENALTY_KINDS = { fine: "Administrative fine", "coercive fine per day": "Coercive fine, per day" } as const;
export type PenaltyKind = keyof typeof PENALTY_KINDS;

export const CURRENCIES = ["NOK", "EUR"] as const;

/** What an amount in the data stands for (README of the dataset, section 3: it depends on the entry). */
export const AMOUNT_MEANINGS = {
  penalty: "Penalty imposed",
  reviewed: "Penalty under review",
  "after-review": "Penalty after this decision",
  "legal-costs": "Legal costs awarded",
  damages: "Damages awarded",
} as const;
export type AmountMeaning = keyof typeof AMOUNT_MEANINGS;

/** How far up the appeal ladder a body sits: a review is of a decision lower down. */
export const INSTANCE: Record<Authority, number> = {
  Datatilsynet: 0,
  EDPB: 0,
  Personvernnemnda: 1,
  Sivilombudet: 1.5,
  "Oslo tingrett": 2,
  "Romerike og Glåmdal tingrett": 2,
  "Borgarting lagmannsrett": 3,
  Høyesterett: 4,
};
export type Currency = (typeof CURRENCIES)[number];

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
  EDPB: { key: "edpb", en: "European Data Protection Board", short: "EDPB" },
} as const;
export type Authority = keyof typeof AUTHORITIES;
export const authorityNames = Object.keys(AUTHORITIES) as Authority[];

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
  reduced: "reduced",
  annulled: "annulled",
  unknown: "outcome not known",
} as const;
export type ReviewResult = keyof typeof REVIEW_RESULTS;

/**
 * What finally became of a monetary penalty, and so whether it counts in the statistics:
 * only "stood" and "reduced" count (at the amount that stood).
 */
export const FINAL_STATUS = {
  stood: { label: "Stood", long: "Stood: not changed on appeal as far as our sources show", counted: true },
  reduced: { label: "Reduced on appeal", long: "Reduced on appeal", counted: true },
  annulled: { label: "Annulled on appeal", long: "Annulled or revoked on appeal", counted: false },
  pending: { label: "Appeal outcome unknown", long: "Appealed; the outcome is not in our sources", counted: false },
  notice: { label: "Advance notice only", long: "Only an advance notice (varsel) is known: not a final decision", counted: false },
  unconfirmed: { label: "Not confirmed", long: "The amount or its finality is not confirmed by our sources", counted: false },
} as const;
export type FinalStatus = keyof typeof FINAL_STATUS;

/** The kinds of monetary penalty. A coercive fine is a daily amount, not a sum. */
export const PENALTY_KINDS = { fine: "Administrative fine", "coercive fine per day": "Coercive fine, per day" } as const;
export type PenaltyKind = keyof typeof PENALTY_KINDS;

export const CURRENCIES = ["NOK", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

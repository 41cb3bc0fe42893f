// "What was breached": the kinds of breach a fine concerns, derived from the GDPR articles it
// applies, as the CMS Enforcement Tracker classifies fines by type of violation. The mapping is
// stated on /fines/; articles that are not obligations (definitions, powers, fines) map to nothing.

export const BREACH_TYPES = {
  principles: { label: "General principles", articles: [5] },
  "legal-basis": { label: "Legal basis for processing", articles: [6, 7, 8, 9, 10, 11] },
  information: { label: "Information and transparency", articles: [12, 13, 14] },
  rights: { label: "Rights of the people concerned", articles: [15, 16, 17, 18, 19, 20, 21, 22] },
  accountability: { label: "Accountability, privacy by design, processors and records", articles: [24, 25, 26, 27, 28, 29, 30, 31] },
  security: { label: "Security of processing", articles: [32] },
  "breach-notification": { label: "Notifying breaches", articles: [33, 34] },
  dpia: { label: "Impact assessment and prior consultation", articles: [35, 36] },
  dpo: { label: "Data protection officer", articles: [37, 38, 39] },
  transfers: { label: "Transfers outside the EEA", articles: [44, 45, 46, 47, 48, 49] },
} as const;
export type BreachType = keyof typeof BREACH_TYPES;
export const breachTypeKeys = Object.keys(BREACH_TYPES) as BreachType[];

const BY_ARTICLE = new Map<number, BreachType>(breachTypeKeys.flatMap((k) => BREACH_TYPES[k].articles.map((a) => [a, k] as [number, BreachType])));

/** The kinds of breach a set of GDPR articles shows, in the order of BREACH_TYPES. */
export function breachTypes(articles: number[]): BreachType[] {
  const found = new Set(articles.map((a) => BY_ARTICLE.get(a)).filter((k): k is BreachType => !!k));
  return breachTypeKeys.filter((k) => found.has(k));
}

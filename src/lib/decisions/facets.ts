// The facets of the decisions explorer on /decisions/: for each decision, the values it has on
// each dimension, and the labels of those values. The page writes them into data attributes; the
// explorer's script filters and counts with the same keys, and reads and writes them in the address.
import { norwegianProvisions, provisionOf } from "./feeds";
import type { Decision } from "./model";
import { provisionName } from "./provisions";
import { AUTHORITIES, authorityByKey, BODIES, FINAL_STATUS, type FinalStatus, OUTCOMES, type Outcome, SECTORS } from "./vocab";

export const FACETS = ["authority", "outcome", "stood", "year", "article", "provision", "sector", "body", "stage"] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_NAMES: Record<Facet, string> = {
  authority: "Authority",
  outcome: "Outcome",
  stood: "What stood (fines)",
  year: "Year",
  article: "GDPR article",
  provision: "Norwegian provision",
  sector: "Sector",
  body: "Public or private",
  stage: "Stage",
};

/** The facets that have a page per value, for readers without JavaScript (the years have theirs). */
export const SLICED_FACETS = ["authority", "outcome"] as const satisfies readonly Facet[];
export type SlicedFacet = (typeof SLICED_FACETS)[number];

/** The decisions that have `value` on `facet`, in the order given. */
export function sliceOf(all: Decision[], facet: Facet, value: string): Decision[] {
  return all.filter((d) => facetValues(d)[facet].includes(value));
}

const valuesOf = new WeakMap<Decision, Record<Facet, string[]>>();

/** The values a decision has on each facet (several for outcome, article and provision), worked out once per decision. */
export function facetValues(d: Decision): Record<Facet, string[]> {
  let values = valuesOf.get(d);
  if (!values) valuesOf.set(d, (values = valuesOfDecision(d)));
  return values;
}

function valuesOfDecision(d: Decision): Record<Facet, string[]> {
  const articles = [...new Set(d.gdpr.map((g) => /^gdpr:(\d+)/.exec(g)![1]))];
  const provisions = [
    ...new Set(
      norwegianProvisions(d)
        .map(provisionOf)
        .filter((p): p is string => !!p),
    ),
  ].map((p) => p.replace(":", "-"));
  return {
    authority: [AUTHORITIES[d.authority].key],
    outcome: d.outcome.map((o) => o.replace(/ /g, "-")),
    stood: d.final ? [d.final.status] : [],
    year: d.year ? [String(d.year)] : ["undated"],
    article: articles,
    provision: provisions,
    sector: [d.sector],
    body: [d.body],
    stage: [d.stage === "notice" ? "notice" : d.review ? "review" : "first"],
  };
}

/** The label of a value on a facet. */
export function facetLabel(facet: Facet, value: string): string {
  switch (facet) {
    case "authority":
      return authorityByKey(value)?.en ?? value;
    case "outcome":
      return OUTCOMES[value.replace(/-/g, " ") as Outcome] ?? value;
    case "stood":
      return FINAL_STATUS[value as FinalStatus]?.label ?? value;
    case "year":
      return value === "undated" ? "Date not known" : value;
    case "article":
      return `Article ${value}`;
    case "provision":
      return provisionName(value.replace(/-/, ":")).replace(/^section/, "Section");
    case "sector":
      return SECTORS[value as keyof typeof SECTORS] ?? value;
    case "body":
      return BODIES[value as keyof typeof BODIES] ?? value;
    case "stage":
      return value === "notice" ? "Advance notice (not a decision)" : value === "review" ? "Appeal or court review" : "First decision";
  }
}

type FacetCounts = Record<Facet, { value: string; label: string; count: number }[]>;

const countsOf = new WeakMap<Decision[], FacetCounts>();

/**
 * Every value present on each facet, with how many decisions have it, in a useful order. Counted
 * once per list: every list page shows the counts of all decisions, and there are a hundred such
 * pages at 10,000 decisions.
 */
export function facetCounts(all: Decision[]): FacetCounts {
  let counts = countsOf.get(all);
  if (!counts) countsOf.set(all, (counts = count(all)));
  return counts;
}

function count(all: Decision[]): FacetCounts {
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  for (const d of all) {
    const values = facetValues(d);
    for (const f of FACETS) for (const v of values[f]) tallies[f].set(v, (tallies[f].get(v) ?? 0) + 1);
  }
  const order: Partial<Record<Facet, (a: string, b: string) => number>> = {
    year: (a, b) => (a === "undated" ? 1 : b === "undated" ? -1 : Number(b) - Number(a)),
    article: (a, b) => Number(a) - Number(b),
  };
  return Object.fromEntries(
    FACETS.map((f) => [
      f,
      [...tallies[f]]
        .sort(([a, ca], [b, cb]) => order[f]?.(a, b) ?? (cb - ca || a.localeCompare(b)))
        .map(([value, count]) => ({ value, label: facetLabel(f, value), count })),
    ]),
  ) as FacetCounts;
}

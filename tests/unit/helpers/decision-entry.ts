// Small in-memory decisions for the tests of the decisions model and its parts: a dataset entry with
// plain defaults, its facts, the page file that mirrors them, and the model built from both.
import { type DataEntry, factsOf, type SourceEntry } from "../../../src/lib/decisions/facts";
import { buildDecisions } from "../../../src/lib/decisions/model";
import { mirroredFields } from "../../../src/lib/decisions/validation";
import type { DecisionData } from "../../../src/schemas/decision";

/** A dataset entry: a verified NOK 400,000 fine by Datatilsynet on 1 January 2021; what a test sets overrides it. */
export const sourceEntry = (over: Partial<SourceEntry> & { id: string }): SourceEntry => ({
  date: "2021-01-01",
  entity: "Acme AS",
  authority: "Datatilsynet",
  outcome: "fine",
  amount: 400000,
  currency: "NOK",
  gdpr_articles: ["6(1)"],
  sector: "private company",
  summary: "",
  appeal_outcome: null,
  case_number: "20/00001",
  sources: ["https://www.datatilsynet.no/x"],
  verified: true,
  notes: "",
  gdprhub: null,
  etid: null,
  related: [],
  pda_sections: [],
  stage: "final",
  date_kind: "decided",
  ...over,
});

/** The facts of such an entry, as data/decision-facts.json holds them. */
export const dataEntry = (over: Partial<SourceEntry> & { id: string }): DataEntry => factsOf(sourceEntry(over), []);

/** The page file of an entry, mirroring its facts; `over` changes its frontmatter. */
export const decisionPage = (e: DataEntry, over: Partial<DecisionData> = {}) => ({
  id: `${e.date ?? "undated"}-${e.id}`,
  data: {
    id: e.id,
    title: `Page for ${e.id}`,
    sector: "other-private",
    body: "private",
    conflicts: [],
    uncertain: [],
    provisions: [],
    ...mirroredFields(e),
    ...over,
  } as DecisionData,
  body: "A summary.",
  filePath: `content/decisions/${e.date ?? "undated"}-${e.id}.md`,
});

/** The decisions model of the entries, each with its page. */
export const buildFrom = (data: DataEntry[]) =>
  buildDecisions(
    data.map((e) => decisionPage(e)),
    data,
  );

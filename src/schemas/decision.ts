// A decision or ruling: content/decisions/<yyyy-mm-dd>-<entity-slug>.md. The frontmatter holds
// the facts, each from a listed source; the body is a short summary in our own words.
// Citations use the site's target syntax ("gdpr:5(1)(f)", "pda:26(1)") and are checked against
// what exists; related decisions are checked against the collection. Rules that span files
// (file name matches the date, reviews form chains) are checked in src/lib/decisions/model.ts.
import { z } from "astro/zod";
import type { AppealStatus } from "../lib/decisions/facts";
import { AMOUNT_MEANINGS, type AmountMeaning, authorityNames, BODIES, CURRENCIES, SECTORS } from "../lib/decisions/vocab";
import { missing, type Registry, registry as projectRegistry } from "../lib/refs/registry";
import { parseTarget } from "../lib/refs/targets";
import { got, isoDate } from "./common";

const APPEAL_STATUSES: AppealStatus[] = ["no-appeal-recorded", "not-appealed", "status-unknown", "reduced", "annulled", "upheld", "appealed-unknown"];

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: (issue) => `unknown ${what} ${got(issue.input)}; expected one of ${oneOf(values)}` });

/** A permanent decision id: lower case words joined by hyphens ("grindr-2021"). */
const decisionId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: (issue) => `expected an id like "grindr-2021", got ${got(issue.input)}` });

/** An amount of money: a number, never negative. */
const amount = z
  .number({ error: (issue) => `expected an amount as a number, got ${got(issue.input)}` })
  .nonnegative({ error: (issue) => `an amount cannot be negative, got ${got(issue.input)}` });

/** A citation target of one kind that must exist ("gdpr:5(1)(f)", "pda:26(1)"). */
function citationOf(kind: "gdpr" | "pda", reg: () => Registry) {
  return z.string().superRefine((value, ctx) => {
    let problem: string | undefined;
    try {
      const target = parseTarget(value);
      problem = target.kind !== kind ? `expected a ${kind}: target, got ${got(value)}` : missing(target, reg());
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem)
      ctx.addIssue({
        code: "custom",
        message: kind === "gdpr" ? `unknown GDPR article or place: ${problem}` : `unknown Act section or place: ${problem}`,
        input: value,
      });
  });
}

/** A citation target of any statute the site holds ("pda:26(1)", "kameraovervakingsforskriften:6"). */
const statuteCitation = (reg: () => Registry) =>
  z.string().superRefine((value, ctx) => {
    let problem: string | undefined;
    try {
      problem = missing(parseTarget(value), reg());
    } catch (error) {
      problem = (error as Error).message;
    }
    if (problem) ctx.addIssue({ code: "custom", message: `unknown provision: ${problem}`, input: value });
  });

/**
 * A decision page: content/decisions/<slug>.md. Its facts are those of the dataset entry with the
 * same id (data/decision-facts.json, from the dataset); the file adds what the site writes itself: a
 * title, a sector and public/private classification, where sources disagree, what is uncertain,
 * and the summary (the body). The fields marked "generated" are written by `npm run decisions:sync`
 * from the dataset, so that tools reading files see them; the build refuses a file where they
 * differ from the dataset.
 */
export function decisionSchema(reg: () => Registry = projectRegistry) {
  return z.strictObject({
    /** Permanent id: the "id" of the dataset entry this page is about. */
    id: decisionId,
    /** A short headline in our words. */
    title: z.string().min(10, { error: "the title is missing or too short" }),
    /** The entity's sector (a key of SECTORS in src/lib/decisions/vocab.ts). */
    sector: enumOf(Object.keys(SECTORS) as (keyof typeof SECTORS)[], "sector"),
    /** Whether the entity is a public or a private body. */
    body: enumOf(Object.keys(BODIES) as (keyof typeof BODIES)[], "body"),
    /** Where sources disagree: what each says and which one the page follows. */
    conflicts: z
      .array(
        z.strictObject({
          /** What they disagree about ("date decided"). */
          about: z.string().min(1),
          /** Each source and what it says. */
          accounts: z
            .array(z.strictObject({ source: z.string().min(1), says: z.string().min(1) }))
            .min(2, { error: "a disagreement needs at least two accounts" }),
          /** The source the page follows, and why. */
          follows: z.string().min(1),
        }),
      )
      .default([]),
    /** What is not known or not confirmed, one sentence each. */
    uncertain: z.array(z.string().min(1)).default([]),
    /** Provisions of other Norwegian instruments the decision applies, as the dataset's notes name them. */
    provisions: z.array(statuteCitation(reg)).default([]),
    /** How the page names the party where the dataset names a private person (the site never does): "A v. Avfallsservice AS". */
    party: z.string().min(1).optional(),
    /** Generated: the dataset's date, absent when it has none. */
    decided: isoDate.optional(),
    /** Generated: who decided. */
    authority: enumOf(authorityNames, "authority"),
    /** Generated: GDPR articles applied, as targets ("gdpr:5(1)(f)"). */
    gdpr: z.array(citationOf("gdpr", reg)).default([]),
    /** Generated: Personal Data Act sections applied, as targets ("pda:26(1)"). */
    pda: z.array(citationOf("pda", reg)).default([]),
    /** Generated: provisions of Norwegian instruments the site holds that the dataset's record of the decision names (not necessarily applied). */
    named: z.array(statuteCitation(reg)).default([]),
    /** Generated: the case number as the dataset writes it. */
    caseNumber: z.string().min(1).optional(),
  });
}

/**
 * One entry of data/decision-facts.json: the fact fields of the dataset's entry
 * (../shared/sources/decisions-v2.json, README section 3) and what its notes say as values,
 * written by `npm run decisions:sync` (factsOf in src/lib/decisions/facts.ts).
 */
export const dataEntry = z.strictObject({
  id: decisionId,
  date: isoDate.nullable(),
  entity: z.string().min(1),
  authority: enumOf(authorityNames, "authority"),
  outcome: z.string().min(1),
  amount: amount.nullable(),
  currency: enumOf(CURRENCIES, "currency").nullable(),
  gdpr: z.array(z.string().regex(/^gdpr:\d+(\(\d+\))?(\([a-z]\))?$/, { error: (issue) => `expected an article like "gdpr:6(1)(f)", got ${got(issue.input)}` })),
  case_number: z.string().min(1).nullable(),
  sources: z
    .array(z.url({ protocol: /^https?$/, error: (issue) => `expected a web address, got ${got(issue.input)}` }))
    .min(1, { error: "an entry needs at least one source" }),
  verified: z.boolean(),
  gdprhub: z.url().nullable(),
  etid: z
    .string()
    .regex(/^ETid-\d+$/, { error: (issue) => `expected a CMS id like "ETid-950", got ${got(issue.input)}` })
    .nullable(),
  related: z.array(decisionId),
  pda_sections: z.array(z.string().min(1)),
  stage: z.enum(["final", "notice"], { error: (issue) => `expected "final" or "notice", got ${got(issue.input)}` }),
  date_kind: z
    .enum(["decided", "published", "notice"], { error: (issue) => `expected "decided", "published" or "notice", got ${got(issue.input)}` })
    .nullable(),
  amount_meaning: enumOf(Object.keys(AMOUNT_MEANINGS) as AmountMeaning[], "amount meaning").nullable(),
  appeal_status: enumOf(APPEAL_STATUSES, "appeal status"),
  appeal_reduced_to: amount.nullable(),
  provisions_named: z.array(
    z.string().regex(/^[a-z][a-z-]*[a-z]:\S+$/, { error: (issue) => `expected a target like "kameraovervakingsforskriften:3", got ${got(issue.input)}` }),
  ),
});

export const decision = decisionSchema();
export type DecisionData = z.infer<typeof decision>;

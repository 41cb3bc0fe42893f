// A decision or ruling: content/decisions/<yyyy-mm-dd>-<entity-slug>.mdx. The frontmatter holds
// the facts, each from a listed source; the body is a short summary in our own words.
// Citations use the site's target syntax ("gdpr:5(1)(f)", "pda:26(1)") and are checked against
// what exists; related decisions are checked against the collection. Rules that span files
// (file name matches the date, reviews form chains) are checked in src/lib/decisions/model.ts.
import { z } from "astro/zod";
import { isPartialDate } from "../lib/decisions/dates";
import { authorityNames, BODIES, CURRENCIES, OUTCOMES, PENALTY_KINDS, REVIEW_RESULTS, SECTORS } from "../lib/decisions/vocab";
import { missing, type Registry, registry as projectRegistry } from "../lib/refs/registry";
import { parseTarget } from "../lib/refs/targets";
import { got, isoDate, yamlDateToString } from "./common";

const oneOf = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: (issue) => `unknown ${what} ${got(issue.input)}; expected one of ${oneOf(values)}` });

/** A date as precise as its source: YYYY-MM-DD, or YYYY-MM or YYYY when only that is known (YAML may give a Date). */
export const partialDate = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : yamlDateToString(value)),
  z.string({ error: (issue) => `expected a date written YYYY-MM-DD (or YYYY-MM, YYYY), got ${got(issue.input)}` }).refine(isPartialDate, {
    error: (issue) => `expected a real date written YYYY-MM-DD (or YYYY-MM, YYYY), got ${got(issue.input)}`,
  }),
);

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
    if (problem) ctx.addIssue({ code: "custom", message: kind === "gdpr" ? `unknown GDPR article or place: ${problem}` : `unknown Act section or place: ${problem}`, input: value });
  });
}

/** A decision id that exists in content/decisions/. */
function existingDecision(reg: () => Registry) {
  return decisionId.refine((id) => reg().decisions.has(id), { error: (issue) => `no decision with the id ${got(issue.input)} in content/decisions/` });
}

/** A step of an appeal chain that has no page of its own on the site. */
const step = z.strictObject({
  /** Who decided. */
  authority: enumOf(authorityNames, "authority"),
  /** When, as precisely as known; absent when unknown. */
  date: partialDate.optional(),
  /** The case or decision number. */
  caseNumber: z.string().min(1).optional(),
  /** What the step did to the decision before it, where it was a review. */
  result: enumOf(Object.keys(REVIEW_RESULTS) as (keyof typeof REVIEW_RESULTS)[], "review result").optional(),
  /** One line on what the step was, in our words. */
  note: z.string().min(1),
});

export function decisionSchema(reg: () => Registry = projectRegistry) {
  return z.strictObject({
    /** Permanent id, never changed: the "id" of ../shared/sources/decisions.json ("grindr-2021"). */
    id: decisionId,
    /** A short headline in our words. */
    title: z.string().min(10, { error: "the title is missing or too short" }),
    /** Who the decision concerns; unnamed or anonymised parties stay so ("Unnamed employer", "A v. Avfallsservice AS"). */
    entity: z.string().min(1),
    /** Date decided, as precisely as a source gives it; the file name starts with it. */
    decided: partialDate,
    /** Date the decision was published, where known. */
    published: isoDate.optional(),
    /** Date of the advance notice (varsel) that preceded it, where known. */
    notice: isoDate.optional(),
    /** "notice" when only an advance notice is known and no final decision: shown as such, never as a decision. */
    stage: z.enum(["final", "notice"], { error: (issue) => `expected "final" or "notice", got ${got(issue.input)}` }).default("final"),
    /** What the date rests on, where that is not plain (a press report, a notice date). */
    dateNote: z.string().min(1).optional(),
    /** Who decided. */
    authority: enumOf(authorityNames, "authority"),
    /** The entity's sector (a key of SECTORS in src/lib/decisions/vocab.ts). */
    sector: enumOf(Object.keys(SECTORS) as (keyof typeof SECTORS)[], "sector"),
    /** Whether the entity is a public or a private body. */
    body: enumOf(Object.keys(BODIES) as (keyof typeof BODIES)[], "body"),
    /** What the decision did: one or more of OUTCOMES. */
    outcome: z.array(enumOf(Object.keys(OUTCOMES) as (keyof typeof OUTCOMES)[], "outcome")).min(1, { error: "name at least one outcome" }),
    /** A monetary penalty this decision imposed (or, for an appeal whose first decision has no page here, the one it reviewed). */
    penalty: z
      .strictObject({
        /** The amount decided, in its currency. */
        amount,
        /** The currency the amount was decided in. */
        currency: enumOf(CURRENCIES, "currency"),
        /** A fine, or a coercive fine that runs per day. */
        kind: enumOf(Object.keys(PENALTY_KINDS) as (keyof typeof PENALTY_KINDS)[], "penalty kind").default("fine"),
        /** The amount announced in the advance notice, where it differed or is known. */
        notified: amount.optional(),
        /** false when a source does not confirm the amount or that it is final. */
        confirmed: z.boolean().default(true),
      })
      .optional(),
    /** Legal costs a court awarded (not a penalty). */
    costs: z.strictObject({ amount, currency: enumOf(CURRENCIES, "currency"), to: z.string().min(1) }).optional(),
    /** This decision is an appeal or court review of an earlier one. */
    review: z
      .strictObject({
        /** The reviewed decision, where it has a page here. */
        of: existingDecision(reg).optional(),
        /** Earlier steps with no page here, oldest first. */
        earlier: z.array(step).default([]),
        /** What this decision did to the one it reviewed. */
        result: enumOf(Object.keys(REVIEW_RESULTS) as (keyof typeof REVIEW_RESULTS)[], "review result"),
        /** With result "reduced": the amount that stood afterwards. */
        amount: amount.optional(),
      })
      .optional(),
    /** Later steps with no page here (an appeal whose outcome is not known), oldest first. */
    appealed: z.array(step).default([]),
    /** GDPR articles applied, as targets: "gdpr:5(1)(f)". */
    gdpr: z.array(citationOf("gdpr", reg)).default([]),
    /** Personal Data Act sections applied, as targets: "pda:26(1)". */
    pda: z.array(citationOf("pda", reg)).default([]),
    /** The case or decision number(s), as the authority writes them. */
    caseNumber: z.string().min(1).optional(),
    /** Other decisions in the same matter (appeals, follow-ups, parallel decisions), by permanent id. */
    related: z.array(existingDecision(reg)).default([]),
    /** Where every fact on the page comes from: at least one address. */
    sources: z
      .array(z.url({ protocol: /^https?$/, error: (issue) => `expected a web address, got ${got(issue.input)}` }))
      .min(1, { error: "a decision needs at least one source" }),
    /** Where sources disagree: what each says and which one the page follows. */
    conflicts: z
      .array(
        z.strictObject({
          /** What they disagree about ("date decided"). */
          about: z.string().min(1),
          /** Each source and what it says. */
          accounts: z.array(z.strictObject({ source: z.string().min(1), says: z.string().min(1) })).min(2, { error: "a disagreement needs at least two accounts" }),
          /** The source the page follows, and why. */
          follows: z.string().min(1),
        }),
      )
      .default([]),
    /** What is not known or not confirmed, one sentence each. */
    uncertain: z.array(z.string().min(1)).default([]),
    /** As in decisions.json: false when only part of the facts was seen in a source. */
    verified: z.boolean({ error: (issue) => `expected true or false, got ${got(issue.input)}` }),
  });
}

export const decision = decisionSchema();
export type DecisionData = z.infer<typeof decision>;
export type Step = z.infer<typeof step>;

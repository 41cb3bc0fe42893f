// A decision tree (content/trees/<slug>.yaml): questions with answers that lead to further
// questions or to outcomes, and outcomes with a verdict, an explanation and citations.
// The shape is checked here; that the tree hangs together (every answer leads somewhere, no
// cycles, every citation exists) is checked by src/lib/trees/validate.ts when the site builds.
import { z } from "astro/zod";
import { got, isoDate } from "./common";
import { target } from "./target";

/** A node or answer id: lower case, digits and hyphens ("taking-part"). Used in URLs. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `expected an id in lower case with hyphens, like "taking-part", got ${got(issue.input)}`,
});

/** Plain text shown as it is (a question, a label, a verdict). */
const text = z.string().trim().min(1, { error: "the text is empty" });

/** Markdown: paragraphs, lists, links (citation targets such as pda:16(1) are allowed as link addresses). */
const markdown = z.string().trim().min(1, { error: "the text is empty" });

/** A citation target of any kind: "pda:16(1)(a)", "gdpr:33(1)", "penal:205", "decision:<id>", "guide:<slug>". */
const citation = target();

/** One answer to a question. */
export const treeAnswer = z.strictObject({
  /** Stable id, written into the URL of a walk ("?taking-part=yes"). */
  id: slug,
  /** What the reader clicks. */
  label: text,
  /** The id of the node this answer leads to. */
  next: slug,
});

const questionNode = z.strictObject({
  kind: z.literal("question"),
  /** The question, as one sentence. */
  question: text,
  /** Optional help: what the question means, examples (Markdown). */
  help: markdown.optional(),
  /** Two or more answers. */
  answers: z.array(treeAnswer).min(2, { error: "a question needs at least two answers" }),
});

/** One thing to do after reaching an outcome: who to tell, by when, what to keep and for how long. */
export const checklistStep = z.strictObject({
  /** The step, as one instruction in our own words (Markdown). */
  step: markdown,
  /** The provisions the step comes from, as citation targets; at least one. */
  cites: z.array(citation).min(1, { error: "a checklist step needs at least one citation" }),
});

const outcomeNode = z.strictObject({
  kind: z.literal("outcome"),
  /** The short answer, one line ("No: this is likely a criminal offence"). */
  verdict: text,
  /** How the verdict reads at a glance: yes, no, or it depends on an assessment. */
  tone: z.enum(["yes", "no", "depends"], { error: (issue) => `expected "yes", "no" or "depends", got ${got(issue.input)}` }),
  /** What to do now, step by step, each step cited; shown right under the verdict. */
  checklist: z.array(checklistStep).min(1, { error: "an outcome needs a checklist of at least one step" }),
  /** The reasons, in our own words (Markdown). */
  explanation: markdown,
  /** What the outcome rests on, as citation targets; at least one. */
  cites: z.array(citation).min(1, { error: "an outcome needs at least one citation" }),
  /** Optional: the calculator on /tools/deadlines/ that gives the deadline this outcome mentions. */
  deadline: z.enum(["breach", "appeal", "payment", "limitation"]).optional(),
});

/** A node is a question (it has "question") or an outcome (it has "verdict"). */
export const treeNode = z.preprocess(
  (value) => {
    if (!value || typeof value !== "object" || Array.isArray(value)) return value;
    const kind = "question" in value ? "question" : "verdict" in value ? "outcome" : undefined;
    return kind ? { kind, ...value } : value;
  },
  z.discriminatedUnion("kind", [questionNode, outcomeNode], {
    error: 'a node needs either "question" (with "answers") or "verdict" (an outcome with "tone", "explanation" and "cites")',
  }),
);

/** content/trees/<slug>.yaml. */
export const tree = z.strictObject({
  /** The question the tree answers, as the page title ("May I record this conversation?"). */
  title: text,
  /** One or two sentences for the list of tools and the page description. */
  summary: text,
  /** Optional introduction shown above the first question (Markdown). */
  intro: markdown.optional(),
  /** When the outcomes were last checked against the statutes and sources. */
  checked: isoDate,
  /** The id of the first question. */
  start: slug,
  /** Every node, keyed by its id; the order is the order of the printed outline. */
  nodes: z.record(slug, treeNode),
});

export type TreeData = z.infer<typeof tree>;

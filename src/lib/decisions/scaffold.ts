// The text of a new decision file, for `npm run new:decision`. The options are checked with the
// same rules as the build (partial dates, authorities, outcomes, sectors, sources), so the file it
// writes is well formed; its summary is a placeholder that the build refuses until it is written.
import { isPartialDate } from "./dates.ts";
import { SCAFFOLD_MARK, slugify } from "./slug.ts";
import { AUTHORITIES, type Authority, BODIES, type Body, CURRENCIES, type Currency, OUTCOMES, type Outcome, SECTORS, type Sector } from "./vocab.ts";

export interface ScaffoldOptions {
  id: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when only that is known. */
  date: string;
  entity: string;
  authority: string;
  sources: string[];
  sector?: string;
  body?: string;
  outcome?: string[];
  amount?: number;
  currency?: string;
}

export class ScaffoldError extends Error {}

const keys = (o: object) => Object.keys(o).map((k) => `"${k}"`).join(", ");
const quote = (text: string) => JSON.stringify(text);

/** Checks the options and returns the file name (under content/decisions/) and its text. */
export function scaffoldDecision(o: ScaffoldOptions, existingIds: Set<string> = new Set()): { file: string; text: string } {
  const fail = (message: string): never => {
    throw new ScaffoldError(message);
  };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) fail(`--id must be lower case words joined by hyphens, like "acme-2025"; got "${o.id}"`);
  if (existingIds.has(o.id)) fail(`--id "${o.id}" is already used by another decision`);
  if (!isPartialDate(o.date)) fail(`--date must be a real date written YYYY-MM-DD (or YYYY-MM, YYYY); got "${o.date}"`);
  if (!o.entity?.trim()) fail("--entity is required (keep unnamed parties unnamed: “Unnamed employer”)");
  if (!(o.authority in AUTHORITIES)) fail(`--authority must be one of ${keys(AUTHORITIES)}; got "${o.authority}"`);
  const sector = (o.sector ?? "other-private") as Sector;
  if (!(sector in SECTORS)) fail(`--sector must be one of ${keys(SECTORS)}; got "${o.sector}"`);
  const body = (o.body ?? "private") as Body;
  if (!(body in BODIES)) fail(`--body must be "public" or "private"; got "${o.body}"`);
  const outcome = (o.outcome?.length ? o.outcome : [o.amount !== undefined ? "fine" : "order"]) as Outcome[];
  for (const x of outcome) if (!(x in OUTCOMES)) fail(`--outcome must be one of ${keys(OUTCOMES)}; got "${x}"`);
  if (!o.sources.length) fail("at least one --source is required: every fact needs a source");
  for (const s of o.sources) if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(s)) fail(`--source must be a web address; got "${s}"`);
  if (o.amount !== undefined && !(Number.isFinite(o.amount) && o.amount >= 0)) fail(`--amount must be a number, not negative; got "${o.amount}"`);
  const currency = (o.currency ?? "NOK") as Currency;
  if (!CURRENCIES.includes(currency)) fail(`--currency must be NOK or EUR; got "${o.currency}"`);

  const slug = slugify(o.entity);
  if (!slug) fail(`--entity "${o.entity}" gives an empty slug; use letters or digits`);
  const authority = o.authority as Authority;
  const lines = [
    "---",
    "# Made by `npm run new:decision`. Every fact must come from a listed source; see src/schemas/decision.ts for each field.",
    `id: ${o.id}`,
    `title: ${quote(`${o.entity}: ${OUTCOMES[outcome[0]].toLowerCase()} by the ${AUTHORITIES[authority].en}`)}`,
    `entity: ${quote(o.entity)}`,
    `decided: ${quote(o.date)}`,
    "# published: YYYY-MM-DD      # where known",
    "# notice: YYYY-MM-DD         # date of the advance notice (varsel), where known",
    `authority: ${quote(authority)}`,
    `sector: ${sector}              # one of ${Object.keys(SECTORS).join(", ")}`,
    `body: ${body}                  # public or private`,
    `outcome: [${outcome.map(quote).join(", ")}]`,
    ...(o.amount !== undefined ? ["penalty:", `  amount: ${o.amount}`, `  currency: ${currency}`] : []),
    'gdpr: []                      # e.g. ["gdpr:5(1)(f)", "gdpr:32"]',
    'pda: []                       # e.g. ["pda:26(1)"]',
    "related: []                   # ids of decisions in the same matter",
    "sources:",
    ...o.sources.map((s) => `  - ${quote(s)}`),
    "uncertain: []                 # what is not known, one sentence each",
    "verified: true",
    "---",
    "",
    `${SCAFFOLD_MARK}: two or three short paragraphs in your own words, facts only, each one from a source above.`,
    "",
  ];
  return { file: `${o.date}-${slug}.mdx`, text: lines.join("\n") };
}

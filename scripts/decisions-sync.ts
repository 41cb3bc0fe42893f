// Keeps the site in step with the dataset (../shared/sources/decisions-v2.json):
//   - data/decision-facts.json gets the facts of every entry the site uses, without the dataset's
//     summaries and notes (factsOf in src/lib/decisions/facts.ts); the build reads only that file;
//   - every entry gets a page file (Markdown, content/decisions/<slug>.md); a new one gets a title and classification made from the data
//     (edit them freely) and, when a writer's draft exists at ../drafts/decisions/<id>.md, its body;
//   - the fields a page mirrors from the dataset (entity, date, authority, GDPR and Act citations,
//     provisions its record names, case number) are rewritten from it, so they never disagree;
//   - data/decisions-updated.json records when each decision's entry or page last changed (feeds);
//   - a page whose dated file name no longer matches the dataset's date is renamed, and the old
//     name is recorded in content/decisions/moved.json so that the old URL redirects.
// Run: npm run decisions:sync [-- --source FILE] [-- --drafts DIR] [-- --replace id,id]  (replace: take the draft even where a body exists)
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { dump, load } from "js-yaml";
import { DATA_FILE, factsOf, gdprTargets, newSlug, outcomeKinds, pdaTarget, reviewResultOf, type SourceEntry } from "../src/lib/decisions/facts.ts";
import { type Ledger, LEDGER_FILE, fingerprint, updateLedger } from "../src/lib/decisions/ledger.ts";
import { namedProvisions } from "../src/lib/decisions/named.ts";
import { formatMoneyShort } from "../src/lib/decisions/money.ts";
import { AUTHORITIES, type Authority, type ReviewResult } from "../src/lib/decisions/vocab.ts";
import { readRegistry } from "../src/lib/refs/registry.ts";

const root = join(import.meta.dirname, "..");
const dir = join(root, "content", "decisions");
const { values } = parseArgs({ options: { source: { type: "string" }, drafts: { type: "string" }, replace: { type: "string" } } });
const sourceFile = values.source ?? join(root, "..", "shared", "sources", "decisions-v2.json");
const draftsDir = values.drafts ?? join(root, "..", "drafts", "decisions");
const replace = new Set((values.replace ?? "").split(",").filter(Boolean));

const data = JSON.parse(readFileSync(sourceFile, "utf8")) as SourceEntry[];
const reg = readRegistry(root);
const facts = data.map((e) => factsOf(e, namedProvisions(e, reg)));
const movedFile = join(dir, "moved.json");
const moved = (existsSync(movedFile) ? JSON.parse(readFileSync(movedFile, "utf8")) : []) as { from: string; to: string }[];

interface Page {
  slug: string;
  /** ".md"; ".mdx" for a page that needs MDX (a component in its text). */
  ext: string;
  front: Record<string, unknown>;
  body: string;
}
const pages = new Map<string, Page>();
for (const f of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
  const text = readFileSync(join(dir, f), "utf8");
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`content/decisions/${f}: no frontmatter`);
  const front = load(m[1]) as Record<string, unknown>;
  pages.set(String(front.id), { slug: f.replace(/\.mdx?$/, ""), ext: f.slice(f.lastIndexOf(".")), front, body: m[2].trim() });
}

const BOARD_RESULT: Record<ReviewResult, string> = {
  upheld: "the Authority's decision upheld",
  dismissed: "appeal dismissed",
  reduced: "fine reduced",
  partly: "the Authority's decision partly reversed",
  annulled: "the Authority's decision reversed",
  unknown: "appeal decided, outcome not known",
};

/** The entity in a few words: the name before any explanation, or the explanation of an anonymised party. */
const short = (entity: string) => {
  const name = plainName(entity);
  return name.length > 3 ? name : (/\(([^)]*)\)/.exec(entity)?.[1] ?? entity).replace(/['‘’]/g, "");
};
const plainName = (entity: string) =>
  entity
    .replace(/\s*\(.*$/, "")
    .replace(/\s+-\s.*$/, "")
    .replace(/;.*$/, "")
    .replace(/['‘’]/g, "")
    .trim();

/** A plain headline from the data only. */
function titleOf(e: SourceEntry): string {
  const who = short(e.entity);
  const kinds = outcomeKinds(e);
  const head = (e.case_number ?? "").split(" ")[0];
  if (kinds.includes("costs")) return `${AUTHORITIES[e.authority as Authority].en}: legal costs awarded (${who})`;
  if (e.authority === "Personvernnemnda") return `Privacy Appeals Board ${head}: ${BOARD_RESULT[reviewResultOf(e)]} (${who})`;
  if (e.authority === "Sivilombudet") return `Parliamentary Ombud ${e.case_number ?? ""}: statement on ${who.length > 3 ? who : "an appeal"}`;
  if (kinds.includes("judgment") || kinds.includes("ruling"))
    return `${AUTHORITIES[e.authority as Authority].en} ${kinds.includes("ruling") ? "ruling" : "judgment"}: ${who}`;
  const amount = e.amount !== null && e.currency ? formatMoneyShort(e.amount, e.currency as "NOK") : "";
  const notice = e.stage === "notice" ? "Advance notice: " : "";
  if (kinds.includes("fine")) return `${notice}${who} ${notice ? "to be fined" : "fined"} ${amount}`.trim();
  if (kinds.includes("ban")) return `${notice}${who}: processing banned`;
  if (kinds.includes("reprimand")) return `${notice}${who} ${notice ? "to be reprimanded" : "reprimanded"}`;
  if (kinds.includes("order")) return `${notice}${who} ordered to comply`;
  return `${notice}${who}: breach found, no sanction`;
}

function sectorOf(e: SourceEntry): string {
  const s = `${e.sector} ${e.entity}`.toLowerCase();
  const rules: [RegExp, string][] = [
    [/municipality|kommune/, "municipality"],
    [/health|hospital|patient|dental|sykehus/, "health"],
    [/school|university|pupil|ntnu/, "education"],
    [/search engine|social media|online|adtech|dating app|website|browser|android/, "online-services"],
    [/telecom|voicemail/, "telecom"],
    [/bank|credit|financ|pension|insurance/, "finance"],
    [/retail|restaurant|store|candy|car wash/, "retail-consumer"],
    [/transport|roads|toll/, "transport"],
    [/religious|voluntary|sport|church|mission|bible|party/, "sport-voluntary"],
    [/legal|law firm|criminal|copyright|investigat/, "legal-investigation"],
    [/public administration|supervisory|government|welfare|parliament|statistic|tribunal|register|nav\b/, "central-government"],
  ];
  return rules.find(([re]) => re.test(s))?.[1] ?? "other-private";
}

const PUBLIC =
  /kommune|statens|\bnav\b|arbeids- og velferd|universitet|sykehus|hospital|\bhf\b|stortinget|direktorat|kriminalomsorg|folkehelse|arbeidstilsynet|innovasjon norge|datatilsynet|husleietvist|statistisk|brønnøysund|pensjonskasse|vegvesen|\bssb\b|the state|staten/i;
const bodyOf = (e: SourceEntry, sector: string) =>
  sector === "municipality" || sector === "central-government" || PUBLIC.test(e.entity) ? "public" : "private";

const draft = (id: string) => {
  const file = join(draftsDir, `${id}.md`);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
};

const hashes = new Map<string, string>();
let created = 0;
let renamed = 0;
let imported = 0;
for (const [i, e] of data.entries()) {
  const existing = pages.get(e.id);
  const curated: Record<string, unknown> = existing
    ? existing.front
    : (() => {
        const sector = sectorOf(e);
        return { id: e.id, title: titleOf(e), sector, body: bodyOf(e, sector) };
      })();
  const front: Record<string, unknown> = {
    id: e.id,
    title: curated.title,
    sector: curated.sector,
    body: curated.body,
    ...(Array.isArray(curated.conflicts) && curated.conflicts.length ? { conflicts: curated.conflicts } : {}),
    ...(Array.isArray(curated.uncertain) && curated.uncertain.length ? { uncertain: curated.uncertain } : {}),
    ...(Array.isArray(curated.provisions) && curated.provisions.length ? { provisions: curated.provisions } : {}),
    ...(curated.party ? { party: curated.party } : {}),
    ...(e.date ? { decided: e.date } : {}),
    authority: e.authority,
    gdpr: gdprTargets(e),
    pda: e.pda_sections.map(pdaTarget).filter(Boolean),
    ...(facts[i].provisions_named.length ? { named: facts[i].provisions_named } : {}),
    ...(e.case_number ? { caseNumber: e.case_number } : {}),
  };
  let slug = existing?.slug ?? newSlug(e);
  const ext = existing?.ext ?? ".md";
  const datePrefix = /^(\d{4}(?:-\d{2}-\d{2})?)-/.exec(slug)?.[1];
  if (existing && e.date && datePrefix && datePrefix !== e.date && e.date_kind !== "notice") {
    const to = `${e.date}-${slug.slice(datePrefix.length + 1)}`;
    renameSync(join(dir, `${slug}${ext}`), join(dir, `${to}${ext}`));
    for (const m of moved) if (m.to === slug) m.to = to;
    moved.push({ from: slug, to });
    slug = to;
    renamed++;
  }
  const fresh = draft(e.id);
  let body = existing?.body ?? "";
  if (fresh && (!body || replace.has(e.id)) && fresh !== body) {
    body = fresh;
    imported++;
  }
  if (!existing) created++;
  const text = `---\n${dump(front, { lineWidth: -1 }).trim()}\n---\n${body ? `\n${body}\n` : ""}`;
  writeFileSync(join(dir, `${slug}${ext}`), text);
  hashes.set(e.id, fingerprint(facts[i], text));
}
writeFileSync(join(root, DATA_FILE), `${JSON.stringify(facts, null, 2)}\n`);
const ledgerFile = join(root, LEDGER_FILE);
const ledger = (existsSync(ledgerFile) ? JSON.parse(readFileSync(ledgerFile, "utf8")) : {}) as Ledger;
writeFileSync(ledgerFile, `${JSON.stringify(updateLedger(ledger, hashes, new Date().toISOString().replace(/\.\d+Z$/, "Z")), null, 2)}\n`);
writeFileSync(movedFile, `${JSON.stringify(moved, null, 2)}\n`);
console.log(`decisions:sync: ${data.length} entries, ${created} pages created, ${renamed} renamed, ${imported} drafts imported`);

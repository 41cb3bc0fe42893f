// Scaffolds a decision file in content/decisions/ with every field in place.
// Run: npm run new:decision -- --id acme-2025 --date 2025-03-10 --entity "Acme AS" \
//        --authority Datatilsynet --source https://www.datatilsynet.no/… [--amount 250000 --currency NOK]
//        [--sector other-private] [--body private] [--outcome fine --outcome order]
// Then write the summary (the build refuses the placeholder) and fill in the rest from the sources.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ScaffoldError, scaffoldDecision } from "../src/lib/decisions/scaffold.ts";

const dir = join(import.meta.dirname, "..", "content", "decisions");
const { values } = parseArgs({
  options: {
    id: { type: "string" },
    date: { type: "string" },
    entity: { type: "string" },
    authority: { type: "string" },
    source: { type: "string", multiple: true },
    sector: { type: "string" },
    body: { type: "string" },
    outcome: { type: "string", multiple: true },
    amount: { type: "string" },
    currency: { type: "string" },
  },
});

const ids = new Set(
  (existsSync(dir) ? readdirSync(dir) : [])
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => /^id:\s*(\S+)\s*$/m.exec(readFileSync(join(dir, f), "utf8"))?.[1])
    .filter((id): id is string => Boolean(id)),
);

try {
  const { file, text } = scaffoldDecision(
    {
      id: values.id ?? "",
      date: values.date ?? "",
      entity: values.entity ?? "",
      authority: values.authority ?? "",
      sources: values.source ?? [],
      sector: values.sector,
      body: values.body,
      outcome: values.outcome,
      amount: values.amount === undefined ? undefined : Number(values.amount),
      currency: values.currency,
    },
    ids,
  );
  const path = join(dir, file);
  if (existsSync(path)) throw new ScaffoldError(`content/decisions/${file} already exists`);
  writeFileSync(path, text);
  console.log(`Wrote content/decisions/${file}. Write its summary and check every field against the sources.`);
} catch (error) {
  if (!(error instanceof ScaffoldError)) throw error;
  console.error(`new:decision: ${error.message}`);
  process.exit(1);
}

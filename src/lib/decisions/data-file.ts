// Reads the facts of the dataset (data/decision-facts.json, written by npm run decisions:sync) once and checks every entry against its
// schema; a bad entry fails naming the entry, the field and the value.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { dataEntry } from "../../schemas/decision";
import { DATA_FILE, type DataEntry } from "./facts";
import { type Ledger, LEDGER_FILE } from "./ledger";

export function readDataFile(root = process.cwd()): DataEntry[] {
  const raw = JSON.parse(readFileSync(join(root, DATA_FILE), "utf8")) as unknown[];
  return raw.map((item, i) => {
    const parsed = dataEntry.safeParse(item);
    if (parsed.success) return parsed.data as DataEntry;
    const id = (item as { id?: unknown })?.id ?? `#${i}`;
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k as string], item);
    throw new Error(`${DATA_FILE}: entry "${String(id)}", field "${field}" = ${JSON.stringify(value)}: ${issue.message}`);
  });
}

/** When each decision last changed (see ledger.ts); empty when the file is missing. */
export function readLedger(root = process.cwd()): Ledger {
  const file = join(root, LEDGER_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Ledger) : {};
}

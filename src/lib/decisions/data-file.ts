// Reads the facts of the dataset (data/decision-facts.json, written by npm run decisions:sync) once and checks every entry against its
// schema; a bad entry fails naming the entry, the field and the value.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { got } from "../../schemas/common";
import { dataEntry } from "../../schemas/decision";
import { DATA_FILE, type DataEntry } from "./facts";
import { type Ledger, LEDGER_FILE } from "./ledger";

/** The JSON of a file below the root; text that is not JSON fails naming the file. */
function readJson(root: string, file: string): unknown {
  const text = readFileSync(join(root, file), "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

export function readDataFile(root = process.cwd()): DataEntry[] {
  const raw = readJson(root, DATA_FILE);
  if (!Array.isArray(raw)) throw new Error(`${DATA_FILE}: expected a list of entries, got ${got(raw).slice(0, 40)}`);
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
  return existsSync(file) ? (readJson(root, LEDGER_FILE) as Ledger) : {};
}

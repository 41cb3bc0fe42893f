// When each decision last changed, for the feeds' <updated>: data/decisions-updated.json holds, per
// id, a fingerprint of the dataset entry and the page file, and the time the fingerprint last
// changed. `npm run decisions:sync` keeps it; a unit test fails when it is stale.
// No imports outside Node, so the sync script runs it directly.
import { createHash } from "node:crypto";

export type Ledger = Record<string, { hash: string; updated: string }>;

export const LEDGER_FILE = "data/decisions-updated.json";

/** JSON with keys in a fixed order, so that the same entry always gives the same text. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value && typeof value === "object"
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(",")}}`
      : JSON.stringify(value);

/** The fingerprint of a decision: its dataset entry and its page file as written. */
export function fingerprint(entry: unknown, pageText: string): string {
  return createHash("sha256").update(canonical(entry)).update("\0").update(pageText).digest("hex").slice(0, 16);
}

/** The ledger after a sync: unchanged entries keep their time, changed and new ones get `now`. */
export function updateLedger(old: Ledger, current: Map<string, string>, now: string): Ledger {
  const out: Ledger = {};
  for (const [id, hash] of [...current].sort(([a], [b]) => a.localeCompare(b))) out[id] = old[id]?.hash === hash ? old[id] : { hash, updated: now };
  return out;
}

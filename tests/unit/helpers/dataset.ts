// The decisions dataset (../shared/sources/decisions-v2.json) as tests read it. Its summaries and
// notes are working prose that the repository must not copy (../shared/tools/copied-prose), so a
// test that needs a real phrase from them names the decision and a short anchor at each end of the
// phrase, and reads the words between at test time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourceEntry } from "../../../src/lib/decisions/facts";
import { shared } from "./act-files";

export const datasetEntries = JSON.parse(readFileSync(join(shared, "sources", "decisions-v2.json"), "utf8")) as SourceEntry[];
const byId = new Map(datasetEntries.map((e) => [e.id, e]));

export function datasetEntry(id: string): SourceEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`no entry "${id}" in the dataset`);
  return e;
}

/** The dataset's prose of a decision: its outcome, summary, notes and appeal text. */
export const datasetText = (id: string) => {
  const e = datasetEntry(id);
  return [e.outcome, e.summary, e.notes, e.appeal_outcome ?? ""].join("\n");
};

/** The phrase in decision `id`'s text that starts with `from` and ends with `to` (the first such; `from` alone when `to` is absent). */
export function datasetPhrase(id: string, from: string, to?: string): string {
  const text = datasetText(id);
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`"${from}" is not in the text of ${id}`);
  if (to === undefined) return from;
  const end = text.indexOf(to, start + from.length);
  if (end < 0) throw new Error(`"${to}" does not follow "${from}" in the text of ${id}`);
  return text.slice(start, end + to.length);
}

// The rules that span files: every dataset entry has exactly one page and every page an entry, the
// dataset's `related` links are two-way, and the fields a page file mirrors from the dataset
// (written by `npm run decisions:sync`) are exactly the dataset's. A broken rule fails the build
// naming the file, the field and the value.
import type { DecisionData } from "../../schemas/decision";
import { ContentError, type EntryLike } from "../content/errors";
import { DATA_FILE, type DataEntry, DataError, pdaTarget } from "./facts";
import { SCAFFOLD_MARK } from "./slug";

/** What a page file must mirror from its dataset entry. */
export function mirroredFields(e: DataEntry): Pick<DecisionData, "decided" | "authority" | "gdpr" | "pda" | "named" | "caseNumber"> {
  return {
    decided: e.date ?? undefined,
    authority: e.authority as DecisionData["authority"],
    gdpr: e.gdpr,
    pda: e.pda_sections.map(pdaTarget).filter((t): t is string => !!t),
    named: e.provisions_named,
    caseNumber: e.case_number ?? undefined,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Checks pages against the dataset; returns each page's entry by page id. */
export function checkPages(pages: EntryLike<DecisionData>[], data: DataEntry[]): Map<string, DataEntry> {
  const byId = new Map<string, DataEntry>();
  for (const e of data) {
    if (byId.has(e.id)) throw new DataError(e.id, "id", e.id, "duplicate id in the dataset");
    byId.set(e.id, e);
  }
  for (const e of data) {
    for (const r of e.related) {
      const other = byId.get(r);
      if (!other) throw new DataError(e.id, "related", r, "no entry with this id");
      if (r === e.id) throw new DataError(e.id, "related", r, "an entry cannot be related to itself");
      if (!other.related.includes(e.id)) throw new DataError(e.id, "related", r, `the link is one-way: "${r}" does not list "${e.id}"`);
    }
  }
  const seen = new Map<string, string>();
  for (const page of pages) {
    const file = page.filePath ?? `content/decisions/${page.id}.md`;
    const d = page.data;
    const entry = byId.get(d.id);
    if (!entry) throw new ContentError(file, "id", d.id, `no entry with this id in ${DATA_FILE}`);
    if (seen.has(d.id)) throw new ContentError(file, "id", d.id, `duplicate id: also used by ${seen.get(d.id)}`);
    seen.set(d.id, file);
    const mirrored = mirroredFields(entry);
    for (const [field, value] of Object.entries(mirrored)) {
      // A list field absent from a cached entry (Astro's content cache keeps entries parsed before a field had its default) is empty.
      const onPage = (d as Record<string, unknown>)[field] ?? (Array.isArray(value) ? [] : undefined);
      if (!same(onPage ?? undefined, value))
        throw new ContentError(file, field, onPage, `the dataset says ${JSON.stringify(value)}; facts come from the dataset: run npm run decisions:sync`);
    }
    if (page.body?.includes(SCAFFOLD_MARK)) throw new ContentError(file, "(body)", SCAFFOLD_MARK, "the summary is still the scaffold's placeholder");
  }
  const missingPage = data.find((e) => !seen.has(e.id));
  if (missingPage) throw new DataError(missingPage.id, "id", missingPage.id, "this entry has no page in content/decisions/: run npm run decisions:sync");
  return byId;
}

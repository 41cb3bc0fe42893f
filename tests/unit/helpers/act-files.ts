// Where the project and its shared sources are, and the Act's content as the build reads it, for
// tests that run without Astro, through the one content reader (src/lib/content/disk.ts).
import { join } from "node:path";
import { dataEntries, markdownEntries } from "../../../src/lib/content/disk";
import { readTranslations } from "../../../src/lib/statute/read";
import { statuteInstrument, statuteSection } from "../../../src/schemas/statute";

export const root = join(import.meta.dirname, "..", "..", "..");
export const shared = join(root, "..", "shared");

const ofAct = <T extends { id: string }>(entries: T[]) => entries.filter((e) => e.id.startsWith("pda/"));

/** The Act's files under content/statutes/pda/: its sections, their English translations (en/), and its facts. */
export function actFiles() {
  return {
    sections: ofAct(markdownEntries("statutes", statuteSection, root, 2)),
    translations: ofAct(readTranslations(root)),
    instrument: ofAct(dataEntries("statutes", statuteInstrument, root, 2, /^instrument\.ya?ml$/)),
  };
}

// The instruments of content/statutes/ read through the one content reader (lib/content/disk.ts),
// for code that runs outside Astro's collections (data files, the registry's callers, tests).
import { statuteInstrument, type StatuteInstrumentData, statuteSection, statuteTranslation } from "../../schemas/statute";
import { dataEntries, dataEntry, markdownEntries } from "../content/disk";
import type { Registry } from "../refs/registry";
import type { StatuteKey } from "./instruments";
import { buildStatutes, type Statute } from "./model";

/** The English translations of sections (content/statutes/<key>/en/<id>.mdx), where the site holds them. */
export const TRANSLATION_FILE = /^[^/]+\/en\/[^/]+$/;

export const readTranslations = (root = process.cwd()) => markdownEntries("statutes", statuteTranslation, root, 3, TRANSLATION_FILE);

/** The facts of one instrument of content/statutes/ (its instrument.yaml), read and validated once. */
export const instrumentFacts = (key: StatuteKey, root = process.cwd()): StatuteInstrumentData =>
  dataEntry(`statutes/${key}/instrument.yaml`, statuteInstrument, root);

export function readStatutes(root = process.cwd(), reg?: Registry): Statute[] {
  return buildStatutes(
    markdownEntries("statutes", statuteSection, root, 2),
    dataEntries("statutes", statuteInstrument, root, 2, /^instrument\.ya?ml$/),
    reg,
    readTranslations(root),
  );
}

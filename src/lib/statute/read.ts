// The instruments of content/statutes/ read through the one content reader (lib/content/disk.ts),
// for code that runs outside Astro's collections (data files, the registry's callers, tests).
import { statuteInstrument, statuteSection } from "../../schemas/statute";
import { dataEntries, markdownEntries } from "../content/disk";
import type { Registry } from "../refs/registry";
import { buildStatutes, type Statute } from "./model";

export function readStatutes(root = process.cwd(), reg?: Registry): Statute[] {
  return buildStatutes(markdownEntries("statutes", statuteSection, root, 2), dataEntries("statutes", statuteInstrument, root, 2, /^instrument\.ya?ml$/), reg);
}

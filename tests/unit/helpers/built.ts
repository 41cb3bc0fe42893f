// The Act and the instruments of content/statutes/ built from the real content (without a registry,
// so their references stay unlinked), once per test worker: several files read them, and building
// renders every section's Markdown, the unit suite's main cost. With isolate: false
// (vitest.config.ts) the files of a worker share this module, so they share what it built. Read only.
import { type Act, buildAct } from "../../../src/lib/act/model";
import type { Statute } from "../../../src/lib/statute/model";
import { readStatutes } from "../../../src/lib/statute/read";
import { readEntries, root } from "./act-files";

let act: Act | undefined;
export const builtAct = (): Act => (act ??= buildAct(readEntries("en"), readEntries("nb")));

let statutes: Statute[] | undefined;
export const builtStatutes = (): Statute[] => (statutes ??= readStatutes(root));

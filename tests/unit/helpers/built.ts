// The instruments of content/statutes/ (the Act among them) built from the real content (without a
// registry, so their references stay unlinked), once per test worker: several files read them, and
// building renders every section's Markdown, the unit suite's main cost. With isolate: false
// (vitest.config.ts) the files of a worker share this module, so they share what it built. Read only.
import type { Statute } from "../../../src/lib/statute/model";
import { readStatutes } from "../../../src/lib/statute/read";
import { root } from "./act-files";

let statutes: Statute[] | undefined;
export const builtStatutes = (): Statute[] => (statutes ??= readStatutes(root));

/** The Act: the statute of content/statutes/pda/, held in Norwegian and in English. */
export const builtAct = (): Statute => builtStatutes().find((s) => s.key === "pda")!;

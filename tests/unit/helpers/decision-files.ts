// Reads content/decisions the way the build does, for tests that run without Astro: each file read and
// its frontmatter parsed once per test worker by the content reader (lib/content/disk.ts, which the
// registry reads them through too), validated by the decision schema at each call.
import { join } from "node:path";
import { markdownFiles } from "../../../src/lib/content/disk";
import { readDataFile, readLedger } from "../../../src/lib/decisions/data-file";
import { buildDecisions } from "../../../src/lib/decisions/model";
import { decision } from "../../../src/schemas/decision";
import { root } from "./act-files";

export const decisionsDir = join(root, "content", "decisions");

export function readDecisionEntries() {
  return markdownFiles("decisions", root).map(({ id, filePath, frontmatter, body }) => {
    const parsed = decision.safeParse(frontmatter);
    if (!parsed.success) throw new Error(`${filePath}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return { id, data: parsed.data, body, filePath };
  });
}

export const readDecisions = () => buildDecisions(readDecisionEntries(), readDataFile(root), readLedger(root));

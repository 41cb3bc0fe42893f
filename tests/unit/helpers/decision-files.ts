// Reads content/decisions the way the build does, for tests that run without Astro.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../../../src/lib/content/strict-loader";
import { readDataFile, readLedger } from "../../../src/lib/decisions/data-file";
import { buildDecisions } from "../../../src/lib/decisions/model";
import { decision } from "../../../src/schemas/decision";
import { root } from "./act-files";

export const decisionsDir = join(root, "content", "decisions");

export function readDecisionEntries() {
  return readdirSync(decisionsDir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => {
      const { frontmatter, body } = readFrontmatter(readFileSync(join(decisionsDir, f), "utf8"));
      const parsed = decision.safeParse(frontmatter);
      if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
      return { id: f.replace(/\.mdx?$/, ""), data: parsed.data, body, filePath: `content/decisions/${f}` };
    });
}

export const readDecisions = () => buildDecisions(readDecisionEntries(), readDataFile(root), readLedger(root));

// No tree or guide presents an overturned decision as what the law requires without saying that it
// was overturned. What stood comes from the data (../shared/sources/decisions-v2.json): a decision is
// overturned when a later decision of another body in the same matter (its "related" entries) annulled,
// reversed, set aside or revoked it. Wherever a tree outcome or a guide paragraph cites such a decision,
// the same outcome or paragraph must say so, in words or by citing the later decision.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { root, shared } from "./helpers/act-files";

interface Entry {
  id: string;
  date: string | null;
  authority: string;
  outcome: string | null;
  related?: string[] | null;
}

const REVERSAL = /annul|revers|set aside|revok|overturn|quash/i;
/** Words that tell a reader the decision did not stand. */
const SAYS_SO = /\bset\b[^.]*\baside|annull?ed|overturned|reversed|revoked|quashed|did not stand/i;

/** id → the id of the later decision that overturned it. */
function overturned(entries: Entry[]): Map<string, string> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out = new Map<string, string>();
  for (const later of entries) {
    if (!later.outcome || !REVERSAL.test(later.outcome)) continue;
    for (const id of later.related ?? []) {
      const earlier = byId.get(id);
      if (!earlier || earlier.authority === later.authority) continue;
      if ((earlier.date ?? "") < (later.date ?? "")) out.set(id, later.id);
    }
  }
  return out;
}

/** The places in a text that cite an overturned decision without saying so. */
function silentCitations(blocks: string[], gone: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const block of blocks) {
    for (const [, id] of block.matchAll(/decision:([a-z0-9-]+)/g)) {
      const by = gone.get(id);
      if (by && !SAYS_SO.test(block) && !block.includes(`decision:${by}`)) problems.push(`${id} (overturned by ${by}): ${block.slice(0, 120)}…`);
    }
  }
  return problems;
}

const entries = JSON.parse(readFileSync(join(shared, "sources", "decisions-v2.json"), "utf8")) as Entry[];
const gone = overturned(entries);

describe("what stood, from the data", () => {
  test("the Oslo University Hospital order was set aside by the Privacy Appeals Board (PVN-2021-21)", () => {
    expect(gone.get("ous-labs-2021")).toBe("pvn-2021-21");
  });
  test("a decision upheld on appeal is not overturned, and a decision is not overturned by the same body", () => {
    expect(gone.has("grindr-2021")).toBe(false);
    expect([...gone.keys()].every((id) => entries.find((e) => e.id === id)!.authority !== entries.find((e) => e.id === gone.get(id))!.authority)).toBe(true);
  });
  test("the check flags a paragraph that cites an overturned decision as if it stood, and accepts one that says it was set aside", () => {
    expect(silentCitations(["The hospital was ordered to sign agreements ([OUS](decision:ous-labs-2021))."], gone)).toHaveLength(1);
    expect(silentCitations(["The order ([OUS](decision:ous-labs-2021)) was set aside on appeal."], gone)).toEqual([]);
    expect(silentCitations(["See [OUS](decision:ous-labs-2021) and [the Board](decision:pvn-2021-21)."], gone)).toEqual([]);
  });
});

describe("trees and guides say when a decision they cite was overturned", () => {
  const treeDir = join(root, "content", "trees");
  for (const file of readdirSync(treeDir).filter((f) => f.endsWith(".yaml"))) {
    test(`content/trees/${file}`, () => {
      const tree = load(readFileSync(join(treeDir, file), "utf8")) as { nodes: Record<string, Record<string, unknown>> };
      const blocks = Object.values(tree.nodes)
        .filter((n) => "verdict" in n)
        .map((n) => JSON.stringify(n));
      expect(silentCitations(blocks, gone)).toEqual([]);
    });
  }
  const guideDir = join(root, "content", "guides");
  for (const file of readdirSync(guideDir).filter((f) => f.endsWith(".mdx"))) {
    test(`content/guides/${file}`, () => {
      const body = readFileSync(join(guideDir, file), "utf8").replace(/^---[\s\S]*?\n---\n/, "");
      const blocks = body.split(/\n\s*\n|\n(?=\s*[-*] |\s*\d+\. |\|)/);
      expect(silentCitations(blocks, gone)).toEqual([]);
    });
  }
});

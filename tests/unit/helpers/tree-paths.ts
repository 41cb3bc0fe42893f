// Walking the decision trees as the build reads them (schema first), for the tests of corrected paths.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { expect } from "vitest";
import { walk } from "../../../src/lib/trees/walk";
import { tree as treeSchema, type TreeData } from "../../../src/schemas/tree";
import { root } from "./act-files";

const trees = new Map<string, TreeData>();
export const readTree = (slug: string): TreeData => {
  if (!trees.has(slug)) trees.set(slug, treeSchema.parse(load(readFileSync(join(root, "content", "trees", `${slug}.yaml`), "utf8"))));
  return trees.get(slug)!;
};

/** Walks the answers and returns the outcome reached, with everything it cites. */
export function reach(slug: string, answers: Record<string, string>) {
  const tree = readTree(slug);
  const position = walk(tree, new Map(Object.entries(answers)));
  expect(position.stale, `${slug}: ${JSON.stringify(answers)}`).toBeUndefined();
  const node = tree.nodes[position.current];
  if (node.kind !== "outcome") throw new Error(`${slug}: ${JSON.stringify(answers)} stops at the question "${position.current}"`);
  const stepCites = (node.checklist ?? []).flatMap((s) => s.cites);
  return {
    id: position.current,
    node,
    cites: node.cites,
    stepCites,
    all: new Set([...node.cites, ...stepCites]),
    text: [node.explanation, ...(node.checklist ?? []).map((s) => s.step)].join("\n"),
  };
}

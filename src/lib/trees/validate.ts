// Checks that a decision tree hangs together: the first question exists, every answer leads to
// a node, every node can be reached, no path goes round in a circle, and every outcome cites at
// least one source that exists, as does every step of its checklist. Pure: what exists is asked through `exists`, so the build passes
// the site's registry (src/lib/refs/registry.ts) and tests pass what they like.
import type { Walkable } from "./walk";

export interface ValidatableTree extends Walkable {
  nodes: Record<string, Walkable["nodes"][string] & { cites?: string[]; checklist?: { cites?: string[] }[] }>;
}

export interface TreeProblem {
  /** The node the problem is in; absent for problems with the tree as a whole. */
  node?: string;
  message: string;
}

/** Why a citation target does not resolve, or undefined if it does. */
export type TargetCheck = (target: string) => string | undefined;

/** Slugs that are taken by other pages under /tools/. */
export const RESERVED_SLUGS = ["deadlines"];

export function validateTree(tree: ValidatableTree, exists: TargetCheck, slug?: string): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const ids = Object.keys(tree.nodes);
  const add = (node: string | undefined, message: string) => problems.push({ node, message });

  if (slug && RESERVED_SLUGS.includes(slug)) add(undefined, `the slug "${slug}" is taken by /tools/${slug}/; rename the file`);
  const first = tree.nodes[tree.start];
  if (!first) add(undefined, `"start" names "${tree.start}", which is not a node`);
  else if (first.kind !== "question") add(undefined, `"start" names "${tree.start}", which is an outcome, not a question`);

  for (const id of ids) {
    const node = tree.nodes[id];
    if (node.kind === "question") {
      const seen = new Set<string>();
      const labels = new Set<string>();
      for (const answer of node.answers) {
        if (seen.has(answer.id)) add(id, `two answers have the id "${answer.id}"`);
        if (labels.has(answer.label)) add(id, `two answers read "${answer.label}"`);
        seen.add(answer.id);
        labels.add(answer.label);
        if (!tree.nodes[answer.next]) add(id, `answer "${answer.id}" leads to "${answer.next}", which is not a node`);
      }
    } else {
      const cites = node.cites ?? [];
      if (cites.length === 0) add(id, "the outcome cites nothing; add at least one citation");
      for (const target of cites) {
        const why = exists(target);
        if (why) add(id, `citation "${target}" does not resolve: ${why}`);
      }
      (node.checklist ?? []).forEach((step, i) => {
        const stepCites = step.cites ?? [];
        if (stepCites.length === 0) add(id, `checklist step ${i + 1} cites nothing; cite the provision it comes from`);
        for (const target of stepCites) {
          const why = exists(target);
          if (why) add(id, `checklist step ${i + 1}: citation "${target}" does not resolve: ${why}`);
        }
      });
    }
  }

  if (!first) return problems;

  // Reachability, and cycles: a depth-first walk that remembers the path it is on.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const reportedCycles = new Set<string>();
  const visit = (id: string) => {
    const node = tree.nodes[id];
    if (!node) return;
    const at = onPath.indexOf(id);
    if (at >= 0) {
      const cycle = [...onPath.slice(at), id];
      const key = [...cycle].sort().join(" ");
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        add(onPath.at(-1), `the answers go round in a circle: ${cycle.join(" → ")}`);
      }
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    if (node.kind !== "question") return;
    onPath.push(id);
    for (const answer of node.answers) visit(answer.next);
    onPath.pop();
  };
  visit(tree.start);
  for (const id of ids) if (!reached.has(id)) add(id, `no answer leads here from "${tree.start}"; the node can never be reached`);
  return problems;
}

/** The problems as one message that names the tree, its file and each node. */
export function describeTreeProblems(slug: string, file: string, problems: TreeProblem[]): string {
  const lines = problems.map((p) => `  ${p.node ? `node "${p.node}"` : "tree"}: ${p.message}`);
  return `Decision tree "${slug}" (${file}) is broken:\n${lines.join("\n")}`;
}

/** Throws, naming the tree and the nodes, if the tree does not hang together. */
export function assertValidTree(slug: string, file: string, tree: ValidatableTree, exists: TargetCheck): void {
  const problems = validateTree(tree, exists, slug);
  if (problems.length) throw new Error(describeTreeProblems(slug, file, problems));
}

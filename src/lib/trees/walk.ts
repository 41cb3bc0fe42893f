// Walking a decision tree: from the answers in a URL to the steps taken and the node reached,
// and back. Pure: the page island, the build and the tests all use it.
//
// The answers live in the query string, one parameter per question answered, named by the
// question's id: /tools/record-a-conversation/?who=private&taking-part=yes
// The walk starts at the first question and follows the answer given for each question it meets;
// it stops at an outcome or at the first question not yet answered. A parameter that names no
// question of the tree (?highlight= from search, utm_source …) is not an answer and is ignored;
// an answer the walk did not use, or an answer a question does not have, makes the state stale.

/** The least a tree must have to be walked (the full tree from content/ has more). */
export interface WalkAnswer {
  id: string;
  label: string;
  next: string;
}
export type WalkNode = { kind: "question"; question: string; answers: WalkAnswer[] } | { kind: "outcome"; verdict: string; tone?: string };
export interface Walkable {
  start: string;
  nodes: Record<string, WalkNode>;
}

export interface Step {
  /** The id of the question answered. */
  node: string;
  question: string;
  answer: WalkAnswer;
}

export interface Position {
  steps: Step[];
  /** The id of the node reached: the next question, or the outcome. */
  current: string;
  /** Set when the answers given could not be followed; the walk then starts again. */
  stale?: string;
}

/** Follows the answers (question id → answer id) from the first question. */
export function walk(tree: Walkable, answers: ReadonlyMap<string, string>): Position {
  const steps: Step[] = [];
  const used = new Set<string>();
  let current = tree.start;
  for (;;) {
    const node = tree.nodes[current];
    if (!node || node.kind !== "question" || !answers.has(current)) break;
    const answerId = answers.get(current)!;
    const answer = node.answers.find((a) => a.id === answerId);
    if (!answer) return { steps: [], current: tree.start, stale: `"${answerId}" is not an answer to "${current}"` };
    if (used.has(current)) return { steps: [], current: tree.start, stale: `"${current}" was reached twice` };
    used.add(current);
    steps.push({ node: current, question: node.question, answer });
    current = answer.next;
  }
  const unused = [...answers.keys()].filter((key) => !used.has(key));
  if (unused.length) return { steps: [], current: tree.start, stale: `unexpected ${unused.map((k) => `"${k}"`).join(", ")}` };
  return { steps, current };
}

/** Reads a query string ("?who=private&taking-part=yes") into answers; a repeated name is stale. */
export function readAnswers(search: string): { answers: Map<string, string>; stale?: string } {
  const answers = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (answers.has(key)) return { answers: new Map(), stale: `"${key}" is given twice` };
    answers.set(key, value);
  }
  return { answers };
}

/** Where the reader is, from a query string; parameters that name no question are ignored. */
export function positionFromSearch(tree: Walkable, search: string): Position {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (tree.nodes[key]?.kind !== "question") params.delete(key);
  const { answers, stale } = readAnswers(params.toString());
  return stale ? { steps: [], current: tree.start, stale } : walk(tree, answers);
}

/** The query string for a list of steps ("" for none), in the order they were taken. */
export function searchFor(steps: readonly Pick<Step, "node" | "answer">[]): string {
  const params = new URLSearchParams(steps.map((s) => [s.node, s.answer.id]));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Every way through the tree, from the first question to an outcome (for checks and tests). */
export function allPaths(tree: Walkable): { steps: Step[]; outcome: string }[] {
  const out: { steps: Step[]; outcome: string }[] = [];
  const visit = (id: string, steps: Step[], seen: Set<string>) => {
    const node = tree.nodes[id];
    if (!node || seen.has(id)) throw new Error(`allPaths: "${id}" is missing or part of a cycle; validate the tree first`);
    if (node.kind === "outcome") {
      out.push({ steps, outcome: id });
      return;
    }
    for (const answer of node.answers) visit(answer.next, [...steps, { node: id, question: node.question, answer }], new Set(seen).add(id));
  };
  visit(tree.start, [], new Set());
  return out;
}

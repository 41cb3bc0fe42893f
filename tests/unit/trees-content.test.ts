// The real trees in content/trees: each is well formed, hangs together, and every citation exists
// in the sources themselves (GDPR paragraphs and points, Penal Code subsections and letters, the
// Act, the decision ids and the fixed guide slugs), independent of which collections this branch has.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { describeIssues } from "../../src/lib/content/strict-loader";
import { targetProblem } from "../../src/lib/trees/cites";
import { renderMarkdown } from "../../src/lib/markdown";
import { validateTree } from "../../src/lib/trees/validate";
import { allPaths } from "../../src/lib/trees/walk";
import { tree as treeSchema } from "../../src/schemas/tree";
import { root } from "./helpers/act-files";
import { sourceRegistry } from "./helpers/source-registry";

const SLUGS = [
  "record-a-conversation",
  "publish-a-recording",
  "breach-notification",
  "dpo-required",
  "dpia-required",
  "transfers-outside-eea",
  "national-identity-numbers",
  "does-the-act-apply",
  "workplace-camera-surveillance",
  "employer-email-access",
];
const dir = join(root, "content", "trees");
const reg = sourceRegistry();
/** One function for every render, so that they share one processor (renderMarkdown makes one per registry). */
const registryOfTest = () => reg;
const read = (slug: string) => load(readFileSync(join(dir, `${slug}.yaml`), "utf8"));

test("the ten trees are there, and nothing else", () => {
  expect(
    readdirSync(dir)
      .map((f: string) => f.replace(/\.yaml$/, ""))
      .sort(),
  ).toEqual([...SLUGS].sort());
});

describe.each(SLUGS)("%s", (slug) => {
  const data = read(slug);

  test("matches the schema", () => {
    expect(describeIssues(treeSchema, data)).toBe("");
  });

  const tree = treeSchema.parse(data);

  test("hangs together and every citation resolves against the sources", () => {
    expect(validateTree(tree, (t) => targetProblem(t, reg), slug)).toEqual([]);
  });

  test("every path ends at an outcome that cites something", () => {
    const paths = allPaths(tree);
    expect(paths.length).toBeGreaterThanOrEqual(3);
    for (const p of paths) {
      const outcome = tree.nodes[p.outcome];
      expect(outcome.kind, p.outcome).toBe("outcome");
      if (outcome.kind === "outcome") expect(outcome.cites.length, p.outcome).toBeGreaterThan(0);
    }
    const reached = new Set(paths.map((p) => p.outcome));
    const outcomes = Object.entries(tree.nodes)
      .filter(([, n]) => n.kind === "outcome")
      .map(([id]) => id);
    expect([...reached].sort()).toEqual(outcomes.sort());
  });

  test("the Markdown renders and its target links resolve", () => {
    const texts = [
      tree.intro,
      ...Object.values(tree.nodes).flatMap((n) => (n.kind === "question" ? [n.help] : [n.explanation, ...(n.checklist ?? []).map((s) => s.step)])),
    ].filter(Boolean) as string[];
    for (const text of texts) expect(() => renderMarkdown(text, `${slug}.yaml`, { registry: registryOfTest })).not.toThrow();
  });
});

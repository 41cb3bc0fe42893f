// The decision-tree validator (lib/trees/validate.ts) on a small tree and broken copies of it, and the
// tree schema's messages.
import { describe, expect, test } from "vitest";
import { describeIssues } from "../../src/lib/content/strict-loader";
import { assertValidTree, type ValidatableTree, validateTree } from "../../src/lib/trees/validate";
import { tree as treeSchema } from "../../src/schemas/tree";
import { smallTree as good } from "./helpers/small-tree";

const exists = (target: string) => (target.startsWith("pda:99") ? "pda:99: no such section" : undefined);
const messages = (t: ValidatableTree, slug?: string) => validateTree(t, exists, slug).map((p) => `${p.node ?? "tree"}: ${p.message}`);

describe("the validator", () => {
  test("accepts a tree that hangs together", () => {
    expect(messages(good())).toEqual([]);
  });

  test("an answer that leads nowhere", () => {
    const t = good();
    (t.nodes.q2 as { answers: { next: string }[] }).answers[1].next = "o-missing";
    expect(messages(t)).toEqual(['q2: answer "b" leads to "o-missing", which is not a node']);
  });

  test("a node no answer leads to", () => {
    const t = good();
    t.nodes.orphan = { kind: "outcome", verdict: "Never", cites: ["pda:1"] };
    expect(messages(t)).toEqual(['orphan: no answer leads here from "q1"; the node can never be reached']);
  });

  test("a cycle", () => {
    const t = good();
    (t.nodes.q2 as { answers: { next: string }[] }).answers[0].next = "q1";
    const found = messages(t);
    expect(found).toContain("q2: the answers go round in a circle: q1 → q2 → q1");
    expect(found).toContain('o-a: no answer leads here from "q1"; the node can never be reached');
  });

  test("an outcome without citations, and a citation that does not resolve", () => {
    const t = good();
    t.nodes["o-no"] = { kind: "outcome", verdict: "No", cites: [] };
    t.nodes["o-a"] = { kind: "outcome", verdict: "Yes", cites: ["pda:99"] };
    expect(messages(t)).toEqual([
      "o-no: the outcome cites nothing; add at least one citation",
      'o-a: citation "pda:99" does not resolve: pda:99: no such section',
    ]);
  });

  test("a checklist step without citations, and a step citing what does not exist", () => {
    const t = good();
    t.nodes["o-a"] = {
      kind: "outcome",
      verdict: "Yes",
      cites: ["gdpr:33(1)"],
      checklist: [{ cites: ["gdpr:33(1)"] }, { cites: [] }, { cites: ["pda:99(1)"] }],
    };
    expect(messages(t)).toEqual([
      "o-a: checklist step 2 cites nothing; cite the provision it comes from",
      'o-a: checklist step 3: citation "pda:99(1)" does not resolve: pda:99: no such section',
    ]);
  });

  test("a start that is missing or is an outcome", () => {
    expect(messages({ ...good(), start: "nope" })).toEqual(['tree: "start" names "nope", which is not a node']);
    expect(messages({ ...good(), start: "o-a" })).toContain('tree: "start" names "o-a", which is an outcome, not a question');
  });

  test("duplicate answer ids or labels, and a slug taken by another page", () => {
    const t = good();
    (t.nodes.q1 as { answers: { id: string; label: string }[] }).answers[1].id = "yes";
    (t.nodes.q1 as { answers: { id: string; label: string }[] }).answers[1].label = "Yes";
    expect(messages(t, "deadlines")).toEqual([
      'tree: the slug "deadlines" is taken by /tools/deadlines/; rename the file',
      'q1: two answers have the id "yes"',
      'q1: two answers read "Yes"',
    ]);
  });

  test("the build's error names the tree, its file and the node", () => {
    const t = good();
    (t.nodes.q1 as { answers: { next: string }[] }).answers[0].next = "q3";
    expect(() => assertValidTree("sample", "content/trees/sample.yaml", t, exists)).toThrow(
      'Decision tree "sample" (content/trees/sample.yaml) is broken:\n  node "q1": answer "yes" leads to "q3", which is not a node',
    );
  });
});

describe("the schema names the field and the value", () => {
  const valid = {
    title: "T",
    summary: "S",
    checked: "2026-11-23",
    start: "q1",
    nodes: {
      q1: {
        question: "Q?",
        answers: [
          { id: "yes", label: "Yes", next: "o" },
          { id: "no", label: "No", next: "o" },
        ],
      },
      o: { verdict: "V", tone: "yes", checklist: [{ step: "Do this.", cites: ["pda:12(1)"] }], explanation: "E", cites: ["pda:12(1)"] },
    },
  };
  test("accepts a valid tree and tells questions from outcomes", () => {
    const parsed = treeSchema.parse(valid);
    expect(parsed.nodes.q1.kind).toBe("question");
    expect(parsed.nodes.o.kind).toBe("outcome");
  });
  test.each([
    [
      { ...valid, nodes: { ...valid.nodes, o: { ...valid.nodes.o, tone: "maybe" } } },
      'field "nodes.o.tone" = "maybe": expected "yes", "no" or "depends", got "maybe"',
    ],
    [
      { ...valid, nodes: { ...valid.nodes, o: { ...valid.nodes.o, cites: ["section 12"] } } },
      'field "nodes.o.cites.0" = "section 12": "section 12" is not a citation target',
    ],
    [{ ...valid, nodes: { ...valid.nodes, o: { ...valid.nodes.o, cites: [] } } }, 'field "nodes.o.cites" = []: an outcome needs at least one citation'],
    [
      { ...valid, nodes: { ...valid.nodes, o: { ...valid.nodes.o, checklist: [{ step: "Tell the controller.", cites: [] }] } } },
      'field "nodes.o.checklist.0.cites" = []: a checklist step needs at least one citation',
    ],
    [
      { ...valid, nodes: { ...valid.nodes, o: { ...valid.nodes.o, checklist: [] } } },
      'field "nodes.o.checklist" = []: an outcome needs a checklist of at least one step',
    ],
    [{ ...valid, nodes: { ...valid.nodes, q1: { question: "Q?", answers: [{ id: "yes", label: "Yes", next: "o" }] } } }, 'field "nodes.q1.answers"'],
    [{ ...valid, nodes: { ...valid.nodes, x: { text: "?" } } }, 'field "nodes.x.kind" = {"text":"?"}: a node needs either "question"'],
    [{ ...valid, start: "First Question" }, 'field "start" = "First Question": expected an id in lower case with hyphens'],
  ])("%#", (input, message) => {
    expect(describeIssues(treeSchema, input)).toContain(message);
  });
  test("a node that is neither a question nor an outcome says what a node needs", () => {
    expect(describeIssues(treeSchema, { ...valid, nodes: { ...valid.nodes, x: { text: "?" } } })).toContain('a node needs either "question"');
  });
});

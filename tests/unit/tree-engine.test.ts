import { describe, expect, test } from "vitest";
import { describeIssues } from "../../src/lib/content/strict-loader";
import { assertValidTree, type ValidatableTree, validateTree } from "../../src/lib/trees/validate";
import { allPaths, positionFromSearch, readAnswers, searchFor, walk } from "../../src/lib/trees/walk";
import { tree as treeSchema } from "../../src/schemas/tree";

/** A small well-formed tree: two questions, three outcomes, one outcome reached two ways. */
const good = (): ValidatableTree => ({
  start: "q1",
  nodes: {
    q1: {
      kind: "question",
      question: "First?",
      answers: [
        { id: "yes", label: "Yes", next: "q2" },
        { id: "no", label: "No", next: "o-no" },
      ],
    },
    q2: {
      kind: "question",
      question: "Second?",
      answers: [
        { id: "a", label: "A", next: "o-a" },
        { id: "b", label: "B", next: "o-no" },
      ],
    },
    "o-no": { kind: "outcome", verdict: "No", cites: ["pda:12(1)"] },
    "o-a": { kind: "outcome", verdict: "Yes", cites: ["gdpr:33(1)", "pda:16(4)"] },
  },
});
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

describe("walking", () => {
  const t = good();
  test("follows the answers from the first question", () => {
    const pos = walk(
      t,
      new Map([
        ["q1", "yes"],
        ["q2", "a"],
      ]),
    );
    expect(pos.current).toBe("o-a");
    expect(pos.steps.map((s) => `${s.node}=${s.answer.id}`)).toEqual(["q1=yes", "q2=a"]);
    expect(pos.stale).toBeUndefined();
  });
  test("stops at the first question not answered", () => {
    expect(walk(t, new Map([["q1", "yes"]])).current).toBe("q2");
    expect(walk(t, new Map()).current).toBe("q1");
  });
  test.each([
    ["?q1=maybe", '"maybe" is not an answer to "q1"'],
    ["?q1=no&q2=a", 'unexpected "q2"'],
    ["?q2=a", 'unexpected "q2"'],
    ["?q1=yes&q1=no", '"q1" is given twice'],
  ])("stale state %s starts again", (search, why) => {
    const pos = positionFromSearch(t, search);
    expect(pos).toEqual({ steps: [], current: "q1", stale: why });
  });
  test.each(["?utm_source=x", "?highlight=consent&highlight=film", "?q1=yes&highlight=record&utm_source=mail&q2=a"])(
    "parameters that name no question (%s) are ignored, never discarding answers",
    (search) => {
      const pos = positionFromSearch(t, search);
      expect(pos.stale).toBeUndefined();
      expect(pos.current).toBe(search.includes("q1=") ? "o-a" : "q1");
    },
  );
  test("the query string round-trips", () => {
    const pos = positionFromSearch(t, "?q1=yes&q2=b");
    expect(searchFor(pos.steps)).toBe("?q1=yes&q2=b");
    expect(searchFor([])).toBe("");
    expect(readAnswers("?a=1&b=2").answers).toEqual(
      new Map([
        ["a", "1"],
        ["b", "2"],
      ]),
    );
  });
  test("enumerates every path", () => {
    expect(allPaths(t).map((p) => `${p.steps.map((s) => s.answer.id).join(">")} => ${p.outcome}`)).toEqual(["yes>a => o-a", "yes>b => o-no", "no => o-no"]);
  });
});

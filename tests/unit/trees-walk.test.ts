// Walking a decision tree (lib/trees/walk.ts): answers to a position, the query string, every path.
import { describe, expect, test } from "vitest";
import { allPaths, positionFromSearch, readAnswers, searchFor, walk } from "../../src/lib/trees/walk";
import { smallTree as good } from "./helpers/small-tree";

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

// The stages of a case as a timeline (src/lib/decisions/timeline.ts).
import { expect, test } from "vitest";
import type { Decision } from "../../src/lib/decisions/model";
import { timeline } from "../../src/lib/decisions/timeline";

/** The fields the timeline reads; "0000" is the model's sort date of an entry without a date. */
const decision = (id: string, date: string | null, links: string[] = [], review: { of?: string; reviewedBy?: string[] } = {}) =>
  ({
    id,
    decided: date ?? undefined,
    sortDate: date ?? "0000",
    links,
    review: review.of ? { of: review.of, result: "upheld" } : undefined,
    reviewedBy: review.reviewedBy ?? [],
  }) as unknown as Decision;
const index = (...ds: Decision[]) => new Map(ds.map((d) => [d.id, d]));
const order = (d: Decision, byId: Map<string, Decision>) => timeline(d, byId).map((i) => i.decision.id);

test("a stage reached only through another stage still belongs to the case", () => {
  // dpa ↔ board ↔ court, but dpa and court are not linked directly.
  const byId = index(
    decision("dpa", "2020-05-01", ["board"]),
    decision("board", "2021-02-01", ["dpa", "court"]),
    decision("court", "2022-09-01", ["board"]),
    decision("other", "2021-01-01"),
  );
  for (const id of ["dpa", "board", "court"]) expect(order(byId.get(id)!, byId)).toEqual(["dpa", "board", "court"]);
  expect(order(byId.get("other")!, byId)).toEqual(["other"]);
});

test("oldest first; the same date in the order of the ids", () => {
  const byId = index(decision("b", "2021-01-01", ["a", "c"]), decision("a", "2021-01-01", ["b"]), decision("c", "2020-06-30", ["b"]));
  expect(order(byId.get("a")!, byId)).toEqual(["c", "a", "b"]);
});

test("an undated stage goes where the appeal ladder puts it, not first", () => {
  // A district court judgment without a date, appealed to a court of appeal in 2023.
  const court = index(decision("district", null, ["appeal"], { reviewedBy: ["appeal"] }), decision("appeal", "2023-03-02", ["district"], { of: "district" }));
  expect(order(court.get("appeal")!, court)).toEqual(["district", "appeal"]);
  // An undated Board decision on the DPA's decision goes after it, before a later court judgment.
  const board = index(
    decision("dpa", "2020-01-01", ["board", "court"], { reviewedBy: ["board"] }),
    decision("board", null, ["dpa", "court"], { of: "dpa", reviewedBy: ["court"] }),
    decision("court", "2022-01-01", ["dpa", "board"], { of: "board" }),
  );
  expect(order(board.get("dpa")!, board)).toEqual(["dpa", "board", "court"]);
  // An undated stage that neither reviews nor is reviewed (costs, say) goes last.
  const costs = index(decision("x", "2024-06-18", ["costs", "w"]), decision("costs", null, ["x"]), decision("w", "2023-08-07", ["x"]));
  expect(order(costs.get("costs")!, costs)).toEqual(["w", "x", "costs"]);
});

test("marks the decision the page is about, once", () => {
  const byId = index(decision("x", "2020-01-01", ["y"]), decision("y", "2021-01-01", ["x"]));
  expect(timeline(byId.get("y")!, byId).map((i) => [i.decision.id, i.current])).toEqual([
    ["x", false],
    ["y", true],
  ]);
});

test("links in a cycle end: each stage appears once", () => {
  const byId = index(decision("a", "2020-01-01", ["b", "c"]), decision("b", "2020-02-01", ["a", "c"]), decision("c", "2020-03-01", ["a", "b"]));
  expect(order(byId.get("c")!, byId)).toEqual(["a", "b", "c"]);
});

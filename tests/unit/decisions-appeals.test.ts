// The appeal statistics on /fines/ (lib/decisions/appeals.ts), against the real data.
import { describe, expect, test } from "vitest";
import { appealStats } from "../../src/lib/decisions/appeals";
import { decidesAppeal } from "../../src/lib/decisions/facts";
import { readDecisions } from "./helpers/decision-files";

const decisions = readDecisions();

describe("appeal statistics", () => {
  test("the Board's reviews of fines, each once, with their results", () => {
    const stats = appealStats(decisions);
    const board = stats.find((s) => s.authority === "Personvernnemnda")!;
    const ids = board.reviews.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["grindr-2023-pvn", "nav-2024-pvn", "email-sickleave-2021-pvn", "coop-finnmark-2021-pvn"]) expect(ids).toContain(id);
    expect(board.results.reduced).toBeGreaterThanOrEqual(1);
    expect(board.results.annulled).toBeGreaterThanOrEqual(3);
    expect(Object.values(board.results).reduce((a, b) => a + b, 0)).toBe(board.total);
  });

  test("only decisions on an appeal count: a court's interim ruling is not an appeal outcome", () => {
    const stats = appealStats(decisions);
    const counted = stats.flatMap((s) => s.reviews);
    for (const d of counted) expect(decidesAppeal(d.outcome), d.id).toBe(true);
    // Oslo tingrett refused Meta's interim injunction (a ruling) against the coercive fine.
    expect(decisions.byId.get("meta-2023-oslo")!.outcome).toEqual(["ruling"]);
    expect(counted.map((d) => d.id)).not.toContain("meta-2023-oslo");
    expect(stats.find((s) => s.authority === "Oslo tingrett")!.reviews.map((d) => d.id)).toEqual(["grindr-2024-oslo"]);
    // What stood of the coercive fine is the Board's annulment, not the ruling.
    expect(decisions.byId.get("meta-2023-coercive")!.final).toMatchObject({ status: "annulled", by: { id: "meta-2024-pvn-coercive" } });
    expect(decidesAppeal(["ruling"])).toBe(false);
    expect(decidesAppeal(["judgment"])).toBe(true);
    expect(decidesAppeal(["appeal decision"])).toBe(true);
  });
});

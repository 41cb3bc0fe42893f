// The decisions explorer's facets and the appeal statistics on /fines/, against the real data.
import { describe, expect, test } from "vitest";
import { appealStats } from "../../src/lib/decisions/appeals";
import { decidesAppeal } from "../../src/lib/decisions/facts";
import { FACETS, facetCounts, facetValues, SLICED_FACETS, sliceOf } from "../../src/lib/decisions/facets";
import { readDecisions } from "./helpers/decision-files";

const decisions = readDecisions();

describe("facets of the decisions explorer", () => {
  test("every decision has one authority, year, sector, body and stage, and the counts add up", () => {
    const counts = facetCounts(decisions.all);
    for (const f of ["authority", "year", "sector", "body", "stage"] as const) {
      for (const d of decisions.all) expect(facetValues(d)[f], `${d.id} ${f}`).toHaveLength(1);
      expect(
        counts[f].reduce((n, o) => n + o.count, 0),
        f,
      ).toBe(decisions.all.length);
    }
    expect(Object.keys(counts)).toEqual([...FACETS]);
  });

  test("values are what the page shows: Grindr 2021 is a fine that was upheld, citing Article 9", () => {
    const v = facetValues(decisions.byId.get("grindr-2021")!);
    expect(v).toMatchObject({ authority: ["datatilsynet"], outcome: ["fine"], stood: ["upheld"], year: ["2021"], stage: ["first"] });
    expect(v.article).toContain("9");
    expect(facetValues(decisions.byId.get("grindr-2023-pvn")!).stage).toEqual(["review"]);
    expect(facetValues(decisions.byId.get("telenor-norge-voicemail-2020")!).stage).toEqual(["notice"]);
    expect(facetValues(decisions.byId.get("ostre-toten-2021")!).provision).toContain("pda-26");
    expect(facetValues(decisions.byId.get("pvn-2024-24")!).year).toEqual(["undated"]);
    expect(facetCounts(decisions.all).authority.find((o) => o.value === "personvernnemnda")?.label).toBe("Privacy Appeals Board");
  });

  test("each authority and outcome page lists exactly the decisions its count says, and only those", () => {
    const counts = facetCounts(decisions.all);
    for (const f of SLICED_FACETS) {
      for (const { value, count } of counts[f]) {
        const slice = sliceOf(decisions.all, f, value);
        expect(slice, `${f}=${value}`).toHaveLength(count);
        for (const d of slice) expect(facetValues(d)[f]).toContain(value);
      }
    }
    expect(sliceOf(decisions.all, "outcome", "coercive-fine").map((d) => d.id)).toContain("meta-2023-coercive");
  });

  test("years run newest first with undated last; articles in number order", () => {
    const counts = facetCounts(decisions.all);
    const years = counts.year.map((o) => o.value);
    expect(years.at(-1)).toBe("undated");
    expect(years.slice(0, -1)).toEqual([...years.slice(0, -1)].sort().reverse());
    const articles = counts.article.map((o) => Number(o.value));
    expect(articles).toEqual([...articles].sort((a, b) => a - b));
  });
});

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

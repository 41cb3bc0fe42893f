// The decisions explorer's facets (lib/decisions/facets.ts), against the real data.
import { describe, expect, test } from "vitest";
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

import { describe, expect, test } from "vitest";
import { counts, median, perArticle, perYear, STATISTICS_RULE, summarise } from "../../src/lib/decisions/stats";
import type { FinalStatus, PenaltyKind } from "../../src/lib/decisions/vocab";

const p = (
  final: number,
  status: FinalStatus = "upheld",
  extra: { kind?: PenaltyKind; currency?: "NOK" | "EUR"; year?: number; articles?: number[] } = {},
) => ({
  final,
  status,
  kind: extra.kind ?? ("fine" as PenaltyKind),
  currency: extra.currency ?? ("NOK" as const),
  year: extra.year ?? 2021,
  articles: extra.articles ?? [],
});

describe("statistics", () => {
  test("median of odd, even and empty lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  test("only fines that stood or were reduced count, at the amount that stood", () => {
    expect(counts(p(1))).toBe(true);
    expect(counts(p(1, "reduced"))).toBe(true);
    for (const status of ["annulled", "appealed-unknown", "notice", "unconfirmed"] as const) expect(counts(p(1, status))).toBe(false);
    expect(counts(p(1_000_000, "upheld", { kind: "coercive fine per day" }))).toBe(false);
  });

  test("summary figures follow the rule", () => {
    const items = [
      p(65_000_000),
      p(250_000, "reduced"),
      p(20_000_000, "annulled"),
      p(25_000_000, "notice"),
      p(100_000),
      p(1_000_000, "upheld", { kind: "coercive fine per day" }),
    ];
    const s = summarise(items);
    expect(s).toMatchObject({ listed: 6, count: 3, total: 65_350_000, median: 250_000 });
    expect(s.largest).toEqual({ item: items[0], nok: 65_000_000 });
  });

  test("euro amounts count in kroner at the reference rate", () => {
    expect(summarise([p(20_800, "upheld", { currency: "EUR" })]).total).toBe(208_000);
  });

  test("nothing counted: no median or largest", () => {
    expect(summarise([p(5, "annulled")])).toEqual({ listed: 1, count: 0, total: 0, median: undefined, largest: undefined });
  });

  test("per year fills the years in between", () => {
    expect(perYear([p(100, "upheld", { year: 2019 }), p(50, "upheld", { year: 2021 }), p(7, "annulled", { year: 2022 })])).toEqual([
      { year: 2019, count: 1, total: 100 },
      { year: 2020, count: 0, total: 0 },
      { year: 2021, count: 1, total: 50 },
    ]);
  });

  test("per article counts each fine once per article, most frequent first", () => {
    expect(perArticle([p(1, "upheld", { articles: [5, 32] }), p(1, "upheld", { articles: [32, 32] }), p(1, "annulled", { articles: [6] })])).toEqual([
      { article: 32, count: 2 },
      { article: 5, count: 1 },
    ]);
  });

  test("the rule is stated in words", () => {
    expect(STATISTICS_RULE).toMatch(/finally stood/);
    expect(STATISTICS_RULE).toMatch(/annulled/);
  });
});

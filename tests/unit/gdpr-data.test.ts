// /data/gdpr.json as built by src/lib/gdpr/data.ts from the real GDPR content: what a reuser gets
// must agree with itself (the corrections, the pairing both ways, the addresses).
import { describe, expect, test } from "vitest";
import { gdprData } from "../../src/lib/gdpr/data";
import { getGdpr } from "../../src/lib/gdpr/model";
import { root } from "./helpers/act-files";

const gdpr = getGdpr(root);
const data = gdprData(gdpr, (p) => `https://example.org${p}`, { article: (n) => `/gdpr/article-${n}/`, recital: (n) => `/gdpr/recital-${n}/` });

/** Every object with a "corrected" field, anywhere in a value. */
function corrections(value: unknown): { printed: string; corrigendum: string }[] {
  if (Array.isArray(value)) return value.flatMap(corrections);
  if (value && typeof value === "object") {
    const own = "corrected" in value ? [(value as { corrected: { printed: string; corrigendum: string } }).corrected] : [];
    return [...own, ...Object.entries(value).flatMap(([key, v]) => (key === "corrected" ? [] : corrections(v)))];
  }
  return [];
}

describe("/data/gdpr.json", () => {
  test("every correction of the corrigendum is marked where it applies, with the printed wording beside the text in force", () => {
    const marked = corrections([data.articles, data.recitals]);
    expect(gdpr.corrigendum).toBeDefined();
    // One correction may cover several paragraphs ("Article 64(6), (7) and (8)").
    expect(new Set(marked.map((c) => c.corrigendum)).size).toBe(gdpr.corrigendum!.count);
    expect(marked.filter((c) => c.corrigendum.includes("Article 64(6), (7) and (8)"))).toHaveLength(3);
    for (const c of marked) expect(c.printed.length).toBeGreaterThan(0);
  });

  test("articles and recitals point at each other both ways", () => {
    for (const a of data.articles)
      for (const r of a.recitals) expect(data.recitals[r - 1].articles, `article ${a.article} ↔ recital ${r}`).toContain(a.article);
    for (const r of data.recitals)
      for (const a of r.articles) expect(data.articles[a - 1].recitals, `recital ${r.recital} ↔ article ${a}`).toContain(r.recital);
  });

  test("the pairing lists every pair once, and every recital has a pair or is general", () => {
    const pairs = data.pairing.map((p) => `${p.recital}:${p.article}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of data.recitals) {
      const rows = data.pairing.filter((p) => p.recital === r.recital);
      expect(rows.length, `recital ${r.recital}`).toBeGreaterThan(0);
      expect(rows.some((p) => p.article === "general")).toBe(r.general);
      for (const p of rows) expect(p.why.length, `recital ${r.recital}`).toBeGreaterThan(0);
    }
  });

  test("every page address is absolute and in order", () => {
    expect(data.articles.map((a) => a.url)).toEqual(data.articles.map((_, i) => `https://example.org/gdpr/article-${i + 1}/`));
    expect(data.recitals.map((r) => r.url)).toEqual(data.recitals.map((_, i) => `https://example.org/gdpr/recital-${i + 1}/`));
  });

  test("points nest as in the text: Article 4's definitions are points, Article 6(1) has (a) to (f)", () => {
    const article6 = data.articles[5].paragraphs[0].points as { label: string }[];
    expect(article6.map((p) => p.label)).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]);
    expect(data.articles[3].paragraphs[0].points).toHaveLength(26);
  });
});

import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { describe, expect, test } from "vitest";
import { articleChart, articleTable, breachChart, breachTable, perBreach, yearChart, yearTable } from "../../src/lib/decisions/fine-charts";
import { fineRow } from "./helpers/fine-row";

const rows = [
  fineRow({ id: "a", year: 2019, final: 1_000_000, articles: [5, 6] }),
  fineRow({ id: "b", year: 2021, final: 250_000, articles: [6, 32] }),
  fineRow({ id: "c", year: 2021, final: 65_000_000, currency: "NOK", articles: [6, 9] }),
  fineRow({ id: "eur", year: 2022, final: 100_000, currency: "EUR", articles: [32] }),
  // Listed but not counted: annulled, an advance notice, a coercive fine.
  fineRow({ id: "annulled", year: 2023, status: "annulled", articles: [33] }),
  fineRow({ id: "notice", year: 2024, status: "notice", articles: [33] }),
  fineRow({ id: "coercive", year: 2024, kind: "coercive fine per day", articles: [33] }),
];

const tree = (html: string) => fromHtml(html, { fragment: true });
/** Elements of a tag (and class, when given), in document order. */
function elements(root: Root | Element, tag: string, className?: string): Element[] {
  const found: Element[] = [];
  visit(root, "element", (el: Element) => {
    if (el.tagName === tag && (!className || ([] as unknown[]).concat(el.properties.className).includes(className))) found.push(el);
  });
  return found;
}
const texts = (html: string, tag: string, className?: string) => elements(tree(html), tag, className).map((el) => toString(el));
const cells = (html: string) =>
  elements(tree(html), "tbody")
    .flatMap((body) => elements(body, "tr"))
    .map((tr) => tr.children.filter((c): c is Element => c.type === "element").map((cell) => toString(cell)));
const desc = (svg: string) => texts(svg, "desc")[0];

describe("fines per year", () => {
  test("counts each counted fine in its year at the amount that stood, EUR at the reference rate", () => {
    expect(cells(yearTable(rows))).toEqual([
      ["2019", "1", "NOK 1 million"],
      ["2020", "0", "NOK 0"],
      ["2021", "2", "NOK 65.25 million"],
      ["2022", "1", "NOK 1 million"],
    ]);
  });

  test("the chart names every year, a gap year as none, and describes itself for screen readers", () => {
    const svg = yearChart(rows);
    expect(texts(svg, "text", "chart-label")).toEqual(["2019", "2020", "2021", "2022"]);
    expect(texts(svg, "text", "chart-value")[1]).toBe("none");
    expect(desc(svg)).toContain("2021: 2 fines, NOK 65.25 million");
    expect(desc(svg)).toContain("2019: 1 fine,");
  });

  test("no counted fine: an empty table and a chart that says so", () => {
    const uncounted = rows.filter((r) => ["annulled", "notice", "coercive"].includes(r.id));
    expect(cells(yearTable(uncounted))).toEqual([]);
    expect(desc(yearChart(uncounted))).toBe("No fines counted.");
  });
});

describe("fines per GDPR article and per kind of breach", () => {
  test("articles: most frequent first, uncounted rows left out, each linked through the given base", () => {
    const html = articleTable(rows, (path) => `/base${path}`);
    expect(cells(html)).toEqual([
      ["Article 6", "3"],
      ["Article 32", "2"],
      ["Article 5", "1"],
      ["Article 9", "1"],
    ]);
    expect(elements(tree(html), "a").map((a) => a.properties.href)).toEqual([
      "/base/gdpr/article-6/",
      "/base/gdpr/article-32/",
      "/base/gdpr/article-5/",
      "/base/gdpr/article-9/",
    ]);
    expect(desc(articleChart(rows))).toBe("Article 6: 3 fines; Article 32: 2 fines; Article 5: 1 fine; Article 9: 1 fine");
  });

  test("breaches: a fine counts once per kind however many of its articles fall in it", () => {
    expect(perBreach(rows)).toEqual([
      { breach: "legal-basis", count: 3 },
      { breach: "security", count: 2 },
      { breach: "principles", count: 1 },
    ]);
    expect(cells(breachTable(rows))).toEqual([
      ["Legal basis for processing", "3"],
      ["Security of processing", "2"],
      ["General principles", "1"],
    ]);
    expect(desc(breachChart([]))).toBe("No fines counted.");
  });

  test("bars are drawn to scale: the largest fills the plot, a year without fines has none", () => {
    const widths = elements(tree(yearChart(rows)), "rect").map((r) => Number(r.properties.width));
    expect(widths[1]).toBe(0);
    expect(Math.max(...widths)).toBe(widths[2]);
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[0]).toBeLessThan(widths[2]! / 10);
  });
});

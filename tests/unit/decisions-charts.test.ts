// The bar charts drawn at build time as inline SVG (lib/decisions/charts.ts).
import { describe, expect, test } from "vitest";
import { barChart } from "../../src/lib/decisions/charts";

describe("charts", () => {
  const svg = barChart(
    [
      { label: "2021", value: 100, text: "NOK 100" },
      { label: "2022", value: 0, text: "none" },
      { label: "2023", value: 50, text: "NOK 50" },
    ],
    { id: "c", title: "Fines per year", description: "2021: 100; 2022: none; 2023: 50", width: 400, labelWidth: 50 },
  );
  test("names itself for screen readers", () => {
    expect(svg).toContain('role="img" aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<title id="c-title">Fines per year</title><desc id="c-desc">2021: 100; 2022: none; 2023: 50</desc>');
  });
  test("bars are proportional, an empty year has no bar", () => {
    const widths = [...svg.matchAll(/<rect[^>]* width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([200, 0, 100]);
  });
});

describe("charts at their edges", () => {
  const bars = (svg: string) => [...svg.matchAll(/<rect[^>]* width="(\d+)"/g)].map((m) => Number(m[1]));

  test("a tiny value still shows a bar; labels and words are escaped", () => {
    const svg = barChart(
      [
        { label: "A & B", value: 1_000_000, text: "<many>" },
        { label: "C", value: 1, text: "1" },
      ],
      { id: "t", title: 'Fines "per" <kind>', description: "d" },
    );
    // The default plot is 640 − 90 − 150 = 400 wide.
    expect(bars(svg)).toEqual([400, 2]);
    expect(svg).toContain(">A &amp; B</text>");
    expect(svg).toContain(">&lt;many&gt;</text>");
    expect(svg).toContain('<title id="t-title">Fines &quot;per&quot; &lt;kind&gt;</title>');
  });

  test("no bars, or only zeros, make an empty chart one row high, with no division by zero", () => {
    const empty = barChart([], { id: "e", title: "None", description: "No fines", rowHeight: 30 });
    expect(empty).toContain('viewBox="0 0 640 30" width="640" height="30"');
    expect(bars(empty)).toEqual([]);
    expect(bars(barChart([{ label: "2020", value: 0, text: "none" }], { id: "z", title: "t", description: "d" }))).toEqual([0]);
  });

  test("one row per bar, each a row lower, the chart as high as its rows", () => {
    const svg = barChart(
      [1, 2, 3].map((v) => ({ label: String(v), value: v, text: String(v) })),
      { id: "r", title: "t", description: "d", rowHeight: 20 },
    );
    expect([...svg.matchAll(/translate\(0 (\d+)\)/g)].map((m) => Number(m[1]))).toEqual([0, 20, 40]);
    expect(svg).toContain('height="60"');
  });
});

// The markup shared by the build and the fines explorer, the build-time charts, and source labels.
import { describe, expect, test } from "vitest";
import { barChart } from "../../src/lib/decisions/charts";
import type { FineRow } from "../../src/lib/decisions/fines";
import { sourceLabel } from "../../src/lib/decisions/sources";
import { summarise } from "../../src/lib/decisions/stats";
import { amountCell, renderFineRow, summaryWords } from "../../src/lib/decisions/table";

const row: FineRow = {
  id: "meta-2023-coercive",
  path: "/decisions/2023-08-07-meta/",
  title: "t",
  entity: 'Meta <Platforms> & "Facebook"',
  date: "2023-08-07",
  year: 2023,
  sortDate: "2023-08-07",
  authority: "Datatilsynet",
  authorityKey: "datatilsynet",
  sector: "online-services",
  body: "private",
  kind: "coercive fine per day",
  amount: 1_000_000,
  currency: "NOK",
  nok: 1_000_000,
  status: "annulled",
  final: 0,
  note: "Annulled by the Privacy Appeals Board on 18 June 2024.",
  articles: [58],
  breaches: [],
  uncertain: true,
};

describe("fines table row", () => {
  const html = renderFineRow(row, (p) => `/base${p}`);
  test("escapes text, links with the base path, says per day and what stood", () => {
    expect(html).toContain('<a href="/base/decisions/2023-08-07-meta/">Meta &lt;Platforms&gt; &amp; &quot;Facebook&quot;</a>');
    expect(html).toContain("NOK 1,000,000 per day");
    expect(html).toContain("≈ EUR 100,000 per day");
    expect(html).toContain("<strong>Annulled on appeal</strong>");
    expect(html).toContain("partly unverified");
    expect(html).toContain('<time datetime="2023-08-07">7 Aug 2023</time>');
    expect(html.match(/<td|<th/g)).toHaveLength(6);
  });
  test("a partial date prints as it is known", () => {
    expect(renderFineRow({ ...row, date: "2022", uncertain: false }, (p) => p)).toContain('<time datetime="2022">2022</time>');
  });
  test("amounts decided in euros show kroner approximately", () => {
    expect(amountCell({ amount: 20_800, currency: "EUR", kind: "fine" })).toEqual({ main: "EUR 20,800", other: "≈ NOK 208,000" });
  });
  test("summary words", () => {
    expect(summaryWords(summarise([{ ...row, kind: "fine", status: "upheld", final: 65_000_000, entity: "Grindr" }]))).toEqual({
      count: "1 of 1 listed",
      total: "NOK 65 million",
      median: "NOK 65 million",
      largest: "NOK 65 million",
      largestWho: "Grindr",
    });
    expect(summaryWords(summarise([row]))).toMatchObject({ count: "0 of 1 listed", total: "–", median: "–", largest: "–" });
  });
});

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

describe("source labels", () => {
  test("name the publisher and hint at the page", () => {
    expect(sourceLabel("https://gdprhub.eu/index.php?title=Datatilsynet_(Norway)_-_20/02376&oldid=16745")).toEqual({
      publisher: "GDPRhub",
      hint: "Datatilsynet (Norway) - 20/02376 (gdprhub.eu)",
    });
    expect(sourceLabel("https://www.datatilsynet.no/aktuelt/aktuelle-nyheter-2022/gebyr-til-trumf/")).toEqual({
      publisher: "Datatilsynet",
      hint: "gebyr til trumf (datatilsynet.no)",
    });
    expect(sourceLabel("https://unknown.example.com/a/b-c.html").publisher).toBe("unknown.example.com");
  });
});

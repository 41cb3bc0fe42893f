// The markup of a row of the fines table and the words of its summary figures (lib/decisions/table.ts),
// shared by the build and the fines explorer in the browser.
import { describe, expect, test } from "vitest";
import type { FineRow } from "../../src/lib/decisions/fines";
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
  test("the articles applied, or that none is stated; a kroner fine shows euros approximately", () => {
    expect(renderFineRow({ ...row, articles: [5, 6] }, (p) => p)).toContain('<td class="articles">Art.&nbsp;5, Art.&nbsp;6</td>');
    expect(renderFineRow({ ...row, articles: [] }, (p) => p)).toContain('<td class="articles"><span class="none">not stated</span></td>');
    expect(renderFineRow({ ...row, id: 'a"b' }, (p) => p)).toMatch(/^<tr data-id="a&quot;b">/);
    expect(amountCell({ amount: 1_000_000, currency: "NOK", kind: "fine" })).toEqual({ main: "NOK 1,000,000", other: "≈ EUR 100,000" });
  });
});

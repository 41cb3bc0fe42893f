// The rows of the fines explorer (lib/decisions/fines.ts): one per monetary penalty, built from the
// decisions model, largest first, and cut into the pages a reader without JavaScript gets.
import { describe, expect, test } from "vitest";
import { fineRow, fineRows, STATIC_PAGE_SIZE, staticPages } from "../../src/lib/decisions/fines";
import { REFERENCE_RATE } from "../../src/lib/decisions/money";
import { buildFrom, dataEntry } from "./helpers/decision-entry";
import { fineRow as row } from "./helpers/fine-row";

describe("a row per penalty", () => {
  const decisions = buildFrom([
    dataEntry({ id: "acme-2021", gdpr_articles: ["6(1)(f)", "32", "5(1)(a)", "6(1)"] }),
    dataEntry({ id: "euro-2022", date: "2022-03-04", amount: 50_000, currency: "EUR", verified: false, gdpr_articles: [] }),
    dataEntry({ id: "daily-2023", date: "2023-01-01", outcome: "coercive fine", amount: 400_000 }),
    dataEntry({ id: "warned-2020", date: "2020-01-01", outcome: "reprimand", amount: null, currency: null }),
  ]);
  const rows = fineRows(decisions);

  test("only decisions with a monetary penalty, largest in kroner first, the newer first at the same amount", () => {
    expect(rows.map((r) => r.id)).toEqual(["euro-2022", "daily-2023", "acme-2021"]);
    expect(rows[0].nok).toBe(50_000 * REFERENCE_RATE.nokPerEur);
  });

  test("what the table, the filters and the figures need, from the decision", () => {
    expect(fineRow(decisions.byId.get("acme-2021")!)).toMatchObject({
      id: "acme-2021",
      path: `/decisions/${decisions.byId.get("acme-2021")!.slug}/`,
      entity: "Acme AS",
      date: "2021-01-01",
      year: 2021,
      authority: "Datatilsynet",
      authorityKey: "datatilsynet",
      kind: "fine",
      amount: 400_000,
      currency: "NOK",
      nok: 400_000,
      status: "no-appeal-recorded",
      final: 400_000,
      articles: [5, 6, 32],
      breaches: ["principles", "legal-basis", "security"],
      uncertain: false,
    });
    expect(rows.find((r) => r.id === "daily-2023")!.kind).toBe("coercive fine per day");
    expect(rows.find((r) => r.id === "euro-2022")).toMatchObject({ uncertain: true, articles: [], breaches: [], status: "unconfirmed" });
  });
});

describe("pages of the table without JavaScript", () => {
  test("rows in order, STATIC_PAGE_SIZE to a page; no rows is one empty page", () => {
    const many = Array.from({ length: STATIC_PAGE_SIZE * 2 + 1 }, (_, i) => row({ id: `r${i}` }));
    const pages = staticPages(many);
    expect(pages.map((p) => p.length)).toEqual([STATIC_PAGE_SIZE, STATIC_PAGE_SIZE, 1]);
    expect(pages.flat()).toEqual(many);
    expect(staticPages(many.slice(0, STATIC_PAGE_SIZE))).toHaveLength(1);
    expect(staticPages([])).toEqual([[]]);
  });
});

// The data exports: JSON and CSV hold the same rows with the documented columns; the Atom feed
// lists the same decisions by date.
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { CSV_COLUMNS, decisionsCsv, decisionsFeed, decisionsJson } from "../../src/lib/decisions/export";
import { fineRows } from "../../src/lib/decisions/fines";
import { readDecisions } from "./helpers/decision-files";

const decisions = readDecisions();
const abs = (path: string) => `https://example.org${path}`;

describe("exports", () => {
  const json = decisionsJson(decisions, abs);
  const csv = parse(decisionsCsv(decisions, abs), { relaxColumnCount: false }) as string[][];

  test("the CSV has the documented columns and one row per decision, like the JSON", () => {
    expect(csv[0]).toEqual(CSV_COLUMNS.map(([name]) => name));
    expect(csv.slice(1).map((r) => r[0])).toEqual(json.decisions.map((d) => d.id));
    expect(csv.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  test("the rows with a penalty are the rows of the fines table; amounts say what they stand for", () => {
    const col = (name: string) => CSV_COLUMNS.findIndex(([n]) => n === name);
    const withPenalty = csv.slice(1).filter((r) => r[col("penalty_kind")] !== "");
    expect(new Set(withPenalty.map((r) => r[0]))).toEqual(new Set(fineRows(decisions).map((r) => r.id)));
    for (const r of csv.slice(1).filter((r) => r[col("amount")] !== ""))
      expect(r[col("amount_meaning")], r[0]).toMatch(/^(penalty|reviewed|after-review|legal-costs|damages)$/);
    const grindr = csv.find((r) => r[0] === "grindr-2021")!;
    expect([grindr[col("amount")], grindr[col("currency")], grindr[col("amount_other_approx")], grindr[col("final_status")], grindr[col("counted")]]).toEqual([
      "65000000",
      "NOK",
      "EUR 6500000",
      "upheld",
      "yes",
    ]);
    const nav = csv.find((r) => r[0] === "nav-2024")!;
    expect([nav[col("final_status")], nav[col("final_amount")], nav[col("counted")]]).toEqual(["annulled", "0", "no"]);
  });

  test("JSON states the rate and the counting rule, and each penalty says what stood", () => {
    expect(json.about.currencyRate.nokPerEur).toBe(10);
    expect(json.about.statisticsRule).toMatch(/finally stood/);
    const coercive = json.decisions.find((d) => d.id === "meta-2023-coercive")!;
    expect(coercive.penalty).toMatchObject({ kind: "coercive fine per day", amount: 1_000_000, final: { status: "annulled", counted: false } });
    const costs = json.decisions.find((d) => d.id === "meta-2023-oslo")!;
    expect(costs.penalty).toBeNull();
    expect(costs.amount).toMatchObject({ amount: 235200, currency: "NOK", meaning: "legal-costs" });
    expect(json.decisions.find((d) => d.id === "grindr-2021")!.url).toBe("https://example.org/decisions/2021-12-13-grindr/");
  });

  test("the Atom feed lists every decision, newest first, and says when a date is not the decision's or a notice", () => {
    const feed = decisionsFeed(decisions, abs, "Test site");
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(decisions.all.length);
    const published = [...feed.matchAll(/<entry>[\s\S]*?<published>([^<]+)<\/published>/g)].map((m) => m[1]);
    expect(published).toEqual([...published].sort().reverse());
    const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]);
    expect(updated).toHaveLength(decisions.all.length);
    for (const u of updated) expect(u).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(feed).toContain(`<updated>${[...updated].sort().at(-1)}</updated>\n  <author>`);
    expect(feed).toContain("The date given is the advance notice date.");
    expect(feed).toContain("The date is not known.");
    expect(feed).toContain("This is an advance notice, not a final decision.");
    expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  });
});

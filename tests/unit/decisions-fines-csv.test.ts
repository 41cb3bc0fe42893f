// "Download this view" on /fines/ (lib/decisions/fines-csv.ts): exactly the given rows as CSV, read back
// with csv-parse.
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { FINES_CSV_COLUMNS, finesCsv } from "../../src/lib/decisions/fines-csv";
import { fineRow } from "./helpers/fine-row";

describe("download this view", () => {
  test("the CSV holds exactly the rows given, with the documented columns", () => {
    const chosen = [fineRow({ id: "grindr", status: "upheld" }), fineRow({ id: "nav", status: "annulled" })];
    const csv = parse(
      finesCsv(
        chosen,
        (p) => `https://example.org${p}`,
        (r) => r.status === "upheld",
      ),
    ) as string[][];
    expect(csv[0]).toEqual([...FINES_CSV_COLUMNS]);
    expect(csv.slice(1).map((r) => r[0])).toEqual(chosen.map((r) => r.id));
    expect(csv[1][1]).toBe("https://example.org/decisions/x/");
  });
});

describe("the CSV's cells", () => {
  test("every column in its place, lists joined by a bar, counted as yes or no", () => {
    const row = fineRow({ id: "acme", entity: "Acme AS", articles: [5, 32], amount: 20_800, currency: "EUR", nok: 208_000, final: 20_800, status: "reduced" });
    const [, cells] = parse(
      finesCsv(
        [row],
        (p) => p,
        () => false,
      ),
    ) as string[][];
    expect(Object.fromEntries(FINES_CSV_COLUMNS.map((c, i) => [c, cells[i]]))).toEqual({
      id: "acme",
      url: "/decisions/x/",
      entity: "Acme AS",
      date: "2021-05-01",
      authority: "Datatilsynet",
      kind: "fine",
      amount: "20800",
      currency: "EUR",
      amount_nok: "208000",
      what_stood: "reduced",
      amount_stood: "20800",
      counted: "no",
      gdpr_articles: "5|32",
      breaches: "principles|security",
    });
  });

  test("a name with a comma, a quote or a line break is quoted; lines end in CRLF; no rows is the header alone", () => {
    const csv = finesCsv(
      [fineRow({ entity: 'Say "cheese", AS\nNorway' })],
      (p) => p,
      () => true,
    );
    expect(csv).toContain(',"Say ""cheese"", AS\nNorway",');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect((parse(csv) as string[][])[1][2]).toBe('Say "cheese", AS\nNorway');
    expect(
      finesCsv(
        [],
        (p) => p,
        () => true,
      ),
    ).toBe(`${FINES_CSV_COLUMNS.join(",")}\r\n`);
  });
});

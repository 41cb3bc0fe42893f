// "Download this view" on /fines/: exactly the filtered rows as CSV. Browser-safe: it needs only
// the rows, not the decisions model that builds them (lib/decisions/fines.ts).
import { csvCell } from "../csv";
import type { FineRow } from "./fines";

/** The CSV columns of a downloaded view, with what each holds. */
export const FINES_CSV_COLUMNS = [
  "id",
  "url",
  "entity",
  "date",
  "authority",
  "kind",
  "amount",
  "currency",
  "amount_nok",
  "what_stood",
  "amount_stood",
  "counted",
  "gdpr_articles",
  "breaches",
] as const;

/** Exactly the given rows as CSV (RFC 4180), for "download this view". `abs` makes page addresses. */
export function finesCsv(rows: FineRow[], abs: (path: string) => string, counted: (row: FineRow) => boolean): string {
  const lines = [FINES_CSV_COLUMNS.join(",")];
  for (const r of rows) {
    const values = [
      r.id,
      abs(r.path),
      r.entity,
      r.date,
      r.authority,
      r.kind,
      r.amount,
      r.currency,
      r.nok,
      r.status,
      r.final,
      counted(r) ? "yes" : "no",
      r.articles.join("|"),
      r.breaches.join("|"),
    ];
    lines.push(values.map(csvCell).join(","));
  }
  return `${lines.join("\r\n")}\r\n`;
}

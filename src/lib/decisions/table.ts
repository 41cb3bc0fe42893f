// The markup of one row of the fines table and the words of the summary figures. One function
// for both the build (Astro renders it) and the browser (the explorer re-renders pages of rows),
// so the two can never drift apart.
import { escapeHtml as esc } from "../html";
import { formatShortDate } from "./dates";
import type { FineRow } from "./fines";
import { convert, formatApprox, formatMoney, formatMoneyShort } from "./money";
import type { Summary } from "./stats";
import { FINAL_STATUS } from "./vocab";

/** "NOK 1,000,000 per day", with the other currency approximately. */
export function amountCell(row: Pick<FineRow, "amount" | "currency" | "kind">): { main: string; other: string } {
  const other = convert(row.amount, row.currency);
  const perDay = row.kind === "coercive fine per day" ? " per day" : "";
  return { main: `${formatMoney(row.amount, row.currency)}${perDay}`, other: `${formatApprox(other.amount, other.currency)}${perDay}` };
}

/** One <tr> of the fines table. `href` turns a site path into a link (adds the base path). */
export function renderFineRow(row: FineRow, href: (path: string) => string): string {
  const amount = amountCell(row);
  const status = FINAL_STATUS[row.status];
  const flag = row.uncertain ? ' <span class="flag">partly unverified</span>' : "";
  const articles = row.articles.length ? row.articles.map((a) => `Art.&nbsp;${a}`).join(", ") : '<span class="none">not stated</span>';
  return (
    `<tr data-id="${esc(row.id)}">` +
    `<td class="date"><time datetime="${esc(row.date)}">${esc(formatShortDate(row.date))}</time></td>` +
    `<th scope="row" class="entity"><a href="${esc(href(row.path))}">${esc(row.entity)}</a>${flag}</th>` +
    `<td>${esc(row.authority)}</td>` +
    `<td class="amount" data-nok="${row.nok}">${esc(amount.main)}<span class="approx">${esc(amount.other)}</span></td>` +
    `<td class="status status--${row.status}"><strong>${esc(status.label)}</strong><span class="note">${esc(row.note)}</span></td>` +
    `<td class="articles">${articles}</td>` +
    `</tr>`
  );
}

/** The words of the four figures: count, total, median, largest. */
export function summaryWords(s: Summary<FineRow>): { count: string; total: string; median: string; largest: string; largestWho: string } {
  return {
    count: `${s.count} of ${s.listed} listed`,
    total: s.count ? formatMoneyShort(Math.round(s.total), "NOK") : "–",
    median: s.median !== undefined ? formatMoneyShort(Math.round(s.median), "NOK") : "–",
    largest: s.largest ? formatMoneyShort(Math.round(s.largest.nok), "NOK") : "–",
    largestWho: s.largest ? s.largest.item.entity : "",
  };
}

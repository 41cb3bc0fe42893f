// The fines charts, drawn from rows as inline SVG: per year, per GDPR article and per kind of
// breach, counting under the rule (stats.ts). Pure, so the build draws them for all rows and the
// explorer redraws them for the rows that match its filters.
import { BREACH_TYPES, breachTypeKeys } from "./breaches";
import { barChart } from "./charts";
import type { FineRow } from "./fines";
import { formatMoneyShort } from "./money";
import { counts, perArticle, perYear } from "./stats";
import { escapeHtml as esc } from "../html";
import { paths } from "../urls";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function yearChart(rows: FineRow[]): string {
  const years = perYear(rows);
  return barChart(
    years.map((y) => ({
      label: String(y.year),
      value: y.total,
      text: y.count ? `${formatMoneyShort(Math.round(y.total), "NOK")} · ${plural(y.count, "fine", "fines")}` : "none",
    })),
    {
      id: "chart-years",
      title: "Fines counted, total per year (NOK)",
      description: years.length
        ? years.map((y) => `${y.year}: ${plural(y.count, "fine", "fines")}, ${formatMoneyShort(Math.round(y.total), "NOK")}`).join("; ")
        : "No fines counted.",
      labelWidth: 60,
      width: 700,
    },
  );
}

export function articleChart(rows: FineRow[]): string {
  const articles = perArticle(rows).slice(0, 15);
  return barChart(
    articles.map((a) => ({ label: `Article ${a.article}`, value: a.count, text: plural(a.count, "fine", "fines") })),
    {
      id: "chart-articles",
      title: "Fines counted, by GDPR article applied",
      description: articles.length ? articles.map((a) => `Article ${a.article}: ${plural(a.count, "fine", "fines")}`).join("; ") : "No fines counted.",
      labelWidth: 90,
    },
  );
}

/** Counted fines per kind of breach, most frequent first. */
export function perBreach(rows: FineRow[]): { breach: (typeof breachTypeKeys)[number]; count: number }[] {
  const counted = rows.filter(counts);
  return breachTypeKeys
    .map((breach) => ({ breach, count: counted.filter((r) => r.breaches.includes(breach)).length }))
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count);
}

export function breachChart(rows: FineRow[]): string {
  const breaches = perBreach(rows);
  return barChart(
    breaches.map((b) => ({ label: BREACH_TYPES[b.breach].label, value: b.count, text: plural(b.count, "fine", "fines") })),
    {
      id: "chart-breaches",
      title: "Fines counted, by what was breached",
      description: breaches.length
        ? breaches.map((b) => `${BREACH_TYPES[b.breach].label}: ${plural(b.count, "fine", "fines")}`).join("; ")
        : "No fines counted.",
      labelWidth: 330,
      width: 640,
    },
  );
}

/** The numbers behind each chart, as a small table (rebuilt with the chart). */
export function yearTable(rows: FineRow[]): string {
  const body = perYear(rows)
    .map((y) => `<tr><th scope="row">${y.year}</th><td>${y.count}</td><td>${esc(formatMoneyShort(Math.round(y.total), "NOK"))}</td></tr>`)
    .join("");
  return `<table class="chart-table"><caption class="sr-only">Fines counted per year</caption><thead><tr><th scope="col">Year</th><th scope="col">Fines</th><th scope="col">Total (NOK)</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function articleTable(rows: FineRow[], href: (path: string) => string): string {
  const body = perArticle(rows)
    .slice(0, 15)
    .map((a) => `<tr><th scope="row"><a href="${esc(href(paths.gdprArticle(a.article)))}">Article ${a.article}</a></th><td>${a.count}</td></tr>`)
    .join("");
  return `<table class="chart-table"><caption class="sr-only">Fines counted by GDPR article</caption><thead><tr><th scope="col">Article</th><th scope="col">Fines</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function breachTable(rows: FineRow[]): string {
  const body = perBreach(rows)
    .map((b) => `<tr><th scope="row">${esc(BREACH_TYPES[b.breach].label)}</th><td>${b.count}</td></tr>`)
    .join("");
  return `<table class="chart-table"><caption class="sr-only">Fines counted by what was breached</caption><thead><tr><th scope="col">What was breached</th><th scope="col">Fines</th></tr></thead><tbody>${body}</tbody></table>`;
}

// Horizontal bar charts drawn at build time as inline SVG: no script, no request, readable in
// print and by screen readers (a title and description name the chart; the page also gives the
// numbers as a table). Colours come from the stylesheet through class names.
import { escapeHtml as esc } from "../html";

export interface Bar {
  label: string;
  value: number;
  /** The number as printed beside the bar. */
  text: string;
}

export interface ChartOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  rowHeight?: number;
  labelWidth?: number;
}

export function barChart(bars: Bar[], o: ChartOptions): string {
  const width = o.width ?? 640;
  const rowHeight = o.rowHeight ?? 26;
  const labelWidth = o.labelWidth ?? 90;
  const textWidth = 150;
  const plot = width - labelWidth - textWidth;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(rowHeight, bars.length * rowHeight);
  const rows = bars
    .map((b, i) => {
      const y = i * rowHeight;
      const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * plot)) : 0;
      return (
        `<g transform="translate(0 ${y})">` +
        `<text class="chart-label" x="${labelWidth - 8}" y="${rowHeight / 2}" dominant-baseline="middle" text-anchor="end">${esc(b.label)}</text>` +
        `<rect class="chart-bar" x="${labelWidth}" y="4" width="${w}" height="${rowHeight - 8}" rx="2"></rect>` +
        `<text class="chart-value" x="${labelWidth + w + 6}" y="${rowHeight / 2}" dominant-baseline="middle">${esc(b.text)}</text>` +
        `</g>`
      );
    })
    .join("");
  return (
    `<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${o.id}-title">${esc(o.title)}</title><desc id="${o.id}-desc">${esc(o.description)}</desc>${rows}</svg>`
  );
}

// One CSV cell as RFC 4180 writes it: quoted only when it holds a quote, comma or line break.
export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// File names of decisions: the entity slug, and the placeholder a scaffolded summary starts with.
// No imports, so the scaffolding script can run it directly in Node.

/** The line the scaffold (npm run new:decision) leaves in the body; a file still holding it is not finished. */
export const SCAFFOLD_MARK = "Write the summary here";

/** Lower case without diacritics, Norwegian letters spelt out: "Østre Rælingen" → "ostre raelingen". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

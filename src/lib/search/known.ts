// Known items: pages found by their title (a section's heading, a decision's title with its
// entity, a guide's name), glossary terms, and citations. Answered from the page table as soon
// as it arrives, before the full-text index has loaded.
import type { PageRow } from "./pages";
import { fold, isContentWord, words } from "./text";

export interface KnownItem {
  url: string;
  title: string;
  type?: string;
}

export interface GlossaryEntry {
  slug: string;
  term: string;
  english: string[];
}

/** Whether every content word of the query starts a word of the text (the last one may be typed half-way). */
function score(queryWords: string[], text: string): number | undefined {
  const target = words(text).map(fold);
  let exact = 0;
  for (const [i, q] of queryWords.entries()) {
    const last = i === queryWords.length - 1;
    if (target.includes(q)) exact++;
    else if (!target.some((t) => t.startsWith(q) && (last ? q.length >= 2 : q.length >= 4 && t.length - q.length <= 3))) return undefined;
  }
  // Whole words count more than beginnings; a short title that is all query is the best match.
  return exact * 10 + queryWords.length * 5 - target.length;
}

export function knownItems(query: string, rows: readonly PageRow[], terms: readonly GlossaryEntry[], glossaryUrl: string, limit = 8): KnownItem[] {
  const queryWords = words(query).filter(isContentWord).map(fold);
  if (!queryWords.length) return [];
  const found: (KnownItem & { score: number })[] = [];
  for (const row of rows) {
    const s = score(queryWords, row.title);
    if (s !== undefined) found.push({ url: row.url, title: row.title, type: row.filters.type?.[0], score: s });
  }
  for (const term of terms) {
    const s = Math.max(...[term.term, ...term.english].map((name) => score(queryWords, name) ?? -Infinity));
    if (s > -Infinity) found.push({ url: `${glossaryUrl}#${term.slug}`, title: `${term.term}: ${term.english[0]}`, type: "Glossary", score: s + 1 });
  }
  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ score: _, ...item }) => item);
}

// Norwegian and English names for the same thing (fødselsnummer ↔ national identity number),
// from the glossary's term list. A query that names one is also run with the others.
export type SynonymGroups = string[][];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const phrase = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}(?![\\p{L}\\p{N}])`, "iu");

/** The queries to run: the query itself, then the query with each synonym swapped in (at most `limit`). */
export function queryVariants(query: string, groups: SynonymGroups, limit = 4): string[] {
  const variants = [query];
  for (const group of groups) {
    const hit = [...group].sort((a, b) => b.length - a.length).find((p) => phrase(p).test(query));
    if (!hit) continue;
    for (const other of group) {
      if (other.toLowerCase() === hit.toLowerCase()) continue;
      const variant = query.replace(phrase(hit), other);
      if (!variants.includes(variant)) variants.push(variant);
      if (variants.length > limit) return variants;
    }
  }
  return variants;
}

/** Groups from glossary terms: the Norwegian term and its other Norwegian forms, and its English equivalents. */
export function groupsFromGlossary(terms: { term: string; variants?: string[]; english?: string[] }[]): SynonymGroups {
  return terms
    .map((t) => [...new Set([t.term, ...(t.variants ?? []), ...(t.english ?? [])].map((s) => s.trim()).filter(Boolean))])
    .filter((g) => g.length > 1);
}

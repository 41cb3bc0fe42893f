// What the search knows besides the pages: the glossary's names for one thing (fødselsnummer ↔
// national identity number) and the everyday words people use for the law's terms (film → camera
// surveillance, content/search/everyday.yaml). Put together at build, keeping only the words the
// pages use, and served as /search/knowledge.json.
import type { Everyday, SynonymGroups } from "./analyse";
import type { GlossaryEntry } from "./known";
import { words } from "./text";

/** Groups from glossary terms: the Norwegian term and its other Norwegian forms, and its English equivalents. */
export function groupsFromGlossary(terms: { term: string; variants?: string[]; english?: string[] }[]): SynonymGroups {
  return terms.map((t) => [...new Set([t.term, ...(t.variants ?? []), ...(t.english ?? [])].map((s) => s.trim()).filter(Boolean))]).filter((g) => g.length > 1);
}

/** Reads the everyday list, failing with the file, entry and field at fault. */
export function parseEveryday(data: unknown, file: string): Everyday {
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of entries with "words" and "terms"`);
  return data.map((entry: unknown, i) => {
    const e = entry as Record<string, unknown>;
    for (const field of ["words", "terms"] as const) {
      const v = e?.[field];
      if (!Array.isArray(v) || !v.length || v.some((s) => typeof s !== "string" || !s.trim()))
        throw new Error(`${file}: entry ${i + 1}: "${field}" must be a non-empty list of words, got ${JSON.stringify(v)}`);
    }
    const extra = Object.keys(e).filter((k) => k !== "words" && k !== "terms");
    if (extra.length) throw new Error(`${file}: entry ${i + 1}: unknown field "${extra[0]}"`);
    return { words: (e.words as string[]).map((s) => String(s).trim()), terms: (e.terms as string[]).map((s) => String(s).trim()) };
  });
}

export interface Knowledge {
  synonyms: SynonymGroups;
  everyday: Everyday;
  terms: GlossaryEntry[];
}

/**
 * The knowledge file: synonyms and everyday terms whose every word a page uses (so that no
 * alternative is ever matched by Pagefind as the prefix of another word), and the glossary's terms.
 */
export function knowledgeFor(
  glossary: { slug: string; term: string; variants?: string[]; english: string[] }[],
  everyday: Everyday,
  used: (word: string) => boolean,
): Knowledge {
  const onSite = (phrase: string) => words(phrase).every((w) => !/^\p{L}+$/u.test(w) || used(w));
  return {
    synonyms: groupsFromGlossary(glossary)
      .map((g) => g.filter(onSite))
      .filter((g) => g.length > 1),
    everyday: everyday.map((e) => ({ words: e.words, terms: e.terms.filter(onSite) })).filter((e) => e.terms.length),
    terms: glossary.map((t) => ({ slug: t.slug, term: t.term, english: t.english })),
  };
}

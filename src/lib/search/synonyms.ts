// What the search knows besides the pages: the glossary's names for one thing (fødselsnummer ↔
// national identity number) and the everyday words people use for the law's terms (film → camera
// surveillance, content/search/everyday.yaml). Put together at build, keeping only the words the
// pages use, and served as /search/knowledge.json. A glossary term also brings the pages its `see`
// list names (where the term is defined or matters), most important first: a search for the term
// lifts them (merge.ts). The file also says which pages list other pages and how many pages there
// are, so that full-text results are ranked without waiting for the titles file.
import type { Everyday, SynonymGroups } from "./analyse";
import type { GlossaryEntry } from "./known";
import { rarity } from "./merge";
import { isStopword, words } from "./text";
import type { Vocabulary } from "./vocabulary";

interface GlossaryTerm {
  slug: string;
  term: string;
  variants?: string[];
  english: string[];
  /** Citation targets ("gdpr:7", "pda:5", "guide:dpia"): where the term matters, most important first. */
  see?: string[];
}

/** Groups from glossary terms: the Norwegian term and its other Norwegian forms, and its English equivalents, with the pages the term's `see` names. */
export function groupsFromGlossary(terms: GlossaryTerm[], pagesOf: (target: string) => string[] = () => []): SynonymGroups {
  return terms
    .map((t) => ({
      names: [...new Set([t.term, ...(t.variants ?? []), ...t.english].map((s) => s.trim()).filter(Boolean))],
      pages: (t.see ?? []).map(pagesOf).filter((urls) => urls.length),
    }))
    .filter((g) => g.names.length > 1);
}

/** Where the everyday words are kept. */
export const EVERYDAY_FILE = "content/search/everyday.yaml";

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
    const pages = e.pages;
    if (pages !== undefined && (!Array.isArray(pages) || !pages.length || pages.some((s) => typeof s !== "string" || !/^\/(?:[\w.-]+\/)*$/.test(s))))
      throw new Error(`${file}: entry ${i + 1}: "pages" must be a non-empty list of site paths such as "/fines/", got ${JSON.stringify(pages)}`);
    const extra = Object.keys(e).filter((k) => k !== "words" && k !== "terms" && k !== "pages");
    if (extra.length) throw new Error(`${file}: entry ${i + 1}: unknown field "${extra[0]}"`);
    return {
      words: (e.words as string[]).map((s) => String(s).trim()),
      terms: (e.terms as string[]).map((s) => String(s).trim()),
      ...(pages ? { pages: pages as string[] } : {}),
    };
  });
}

export interface Knowledge {
  /** Glossary groups, each name with its rarity (`rarity[i]` is names[i]'s). */
  synonyms: (SynonymGroups[number] & { rarity: number[] })[];
  /** Everyday entries, each term with its rarity. */
  everyday: (Everyday[number] & { rarity: number[] })[];
  terms: GlossaryEntry[];
}

/** search/knowledge.json: the knowledge without the glossary's terms (they come with the titles), and what ranking needs of the page table. */
export type KnowledgeFile = Omit<Knowledge, "terms"> & {
  /** How many pages the index holds. */
  pages: number;
  /** The ids of the pages that list other pages (contents, years, indexes): they rank below what they list. */
  lists: string[];
  /** Set when Pagefind's index has a bundle of the site without its decisions (pagefind/first/), which a query reads first: written when the whole index has outgrown a first query's budget. */
  firstBundle?: boolean;
};

/**
 * The knowledge file: synonyms and everyday terms whose every content word a page uses (so that no
 * alternative is ever matched by Pagefind as the prefix of another word; stopwords such as "a" are
 * never sent to Pagefind, so they need not be on a page), each with how rare it is among the
 * `pages` pages (merge.ts), and the glossary's terms. `pagesOf` gives the pages a citation target
 * or a site path (an everyday entry's `pages`) names, by their id in the search index (none for a
 * target that names no page of its own).
 */
export function knowledgeFor(
  glossary: GlossaryTerm[],
  everyday: Everyday,
  vocabulary: Vocabulary,
  pages: number,
  pagesOf?: (target: string) => string[],
): Knowledge {
  // An everyday entry's pages are site paths: each must be a page of the index.
  const pageIds = (path: string, i: number) => {
    const ids = pagesOf?.(path) ?? [];
    if (!ids.length) throw new Error(`${EVERYDAY_FILE}: entry ${i + 1}: "pages": no page of the search index at ${JSON.stringify(path)}`);
    return ids;
  };
  const onSite = (phrase: string) => words(phrase).every((w) => !/^\p{L}+$/u.test(w) || isStopword(w) || vocabulary.has(w));
  const rarities = (phrases: string[]) => phrases.map((p) => Math.round(phraseRarity(p, vocabulary, pages) * 100) / 100);
  // A name no page uses is still recognised in a query ("behandlingsaktiviteter"), leading to the names the pages use.
  const synonyms = groupsFromGlossary(glossary, pagesOf)
    .map((g) => ({ ...g, names: g.names.filter(onSite), unused: g.names.filter((n) => !onSite(n)) }))
    .filter((g) => g.names.length > 1 || (g.names.length && g.unused.length))
    .map(({ unused, ...g }) => ({ ...g, ...(unused.length ? { unused } : {}), rarity: rarities(g.names) }));
  return {
    synonyms,
    everyday: everyday
      .map((e, i) => ({ words: e.words, terms: e.terms.filter(onSite), ...(e.pages ? { pages: e.pages.flatMap((path) => pageIds(path, i)) } : {}) }))
      .filter((e) => e.terms.length)
      .map((e) => ({ ...e, rarity: rarities(e.terms) })),
    terms: glossary.map((t) => ({ slug: t.slug, term: t.term, english: t.english })),
  };
}

/** How rare each name and term of the knowledge file is, by its lower-case text. */
export function raritiesOf(knowledge: Pick<Knowledge, "synonyms" | "everyday">): Map<string, number> {
  const pairs = [...knowledge.synonyms.map((g) => [g.names, g.rarity] as const), ...knowledge.everyday.map((e) => [e.terms, e.rarity] as const)];
  return new Map(pairs.flatMap(([phrases, rarity]) => phrases.map((p, i) => [p.toLowerCase(), rarity[i]] as const)));
}

/** The sum of the rarities of a phrase's content words (a word no page uses counts as found on one page); 0 when it has none. */
export function phraseRarity(phrase: string, vocabulary: Vocabulary, pages: number): number {
  return words(phrase)
    .filter((w) => !isStopword(w))
    .reduce((sum, w) => sum + rarity(vocabulary.get(w) ?? 1, pages), 0);
}

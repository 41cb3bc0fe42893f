// From what a reader types to what the search looks for: the content words of the query, each
// a "concept" with the words that may stand for it on the site. A concept comes from a phrase
// the glossary or the everyday vocabulary knows ("national identity number", "phone call"), or
// from one word, with its inflections, its correction when the site does not use it, and its
// synonyms. Questions are reduced to their content words; stopwords never become concepts.
import { fold, isContentWord, words } from "./text";
import { correct, inflections, type Vocabulary } from "./vocabulary";

/** Glossary synonyms: groups of names for one thing, each standing for the others. */
export type SynonymGroups = string[][];
/** Everyday words and the terms the law and the site use for them (one way: film → camera surveillance). */
export type Everyday = { words: string[]; terms: string[] }[];

export interface Concept {
  /** What the reader typed (or its correction), as shown in messages. */
  label: string;
  /** Query strings for Pagefind that each stand for the concept, the reader's own first. */
  alternatives: string[];
  /** How many of the first alternatives are the reader's own word (its forms, its correction, its glossary names); the rest are everyday mappings. */
  own?: number;
  /** Set when the reader's word was not used on the site and was replaced. */
  correctedFrom?: string;
}

export interface Analysis {
  concepts: Concept[];
  /** Words that are neither used on the site nor close to a word that is. */
  unknown: string[];
  /** Stopwords set aside. */
  ignored: string[];
}

export interface Knowledge {
  synonyms: SynonymGroups;
  everyday: Everyday;
  /** The vocabulary of the shards loaded for the query's words; a word missing from it is corrected. */
  vocabulary: Vocabulary;
}

/** A phrase known to the glossary or the everyday list, and what it may be replaced by. */
interface Phrase {
  words: string[];
  stands: string[];
  /** Glossary names are the same term in another language or form: they count as much as the word typed. */
  same: boolean;
}

function phrases(knowledge: Pick<Knowledge, "synonyms" | "everyday">): Phrase[] {
  const list: Phrase[] = [];
  for (const group of knowledge.synonyms) for (const name of group) list.push({ words: words(name), stands: group, same: true });
  for (const entry of knowledge.everyday) for (const w of entry.words) list.push({ words: words(w), stands: [w, ...entry.terms], same: false });
  return list.filter((p) => p.words.length > 0);
}

/** The words of a query that a vocabulary file must be loaded for (content words of two letters or more, no numbers). */
export function lookupWords(query: string): string[] {
  return [...new Set(words(query).filter((w) => isContentWord(w) && /^\p{L}{2,}$/u.test(w)))];
}

const same = (a: string, b: string) => fold(a) === fold(b);

export function analyseQuery(query: string, knowledge: Knowledge): Analysis {
  const tokens = words(query);
  const known = phrases(knowledge);
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  const add = (concept: Concept) => {
    const existing = concepts.find((c) => c.alternatives.some((a) => concept.alternatives.some((b) => same(a, b))));
    if (existing) {
      // The reader's own words of both stay first.
      const own = [...existing.alternatives.slice(0, existing.own ?? 0), ...concept.alternatives.slice(0, concept.own ?? 0)];
      existing.alternatives = [...new Set([...own, ...existing.alternatives, ...concept.alternatives])];
      existing.own = new Set(own).size;
    } else concepts.push(concept);
  };

  for (let i = 0; i < tokens.length;) {
    // The longest known phrase starting here (several words, or one word that is not a stopword).
    let match: { length: number; names: Set<string>; terms: Set<string> } | undefined;
    for (const p of known) {
      const n = p.words.length;
      if (n === 1 && !isContentWord(tokens[i])) continue;
      if (tokens.slice(i, i + n).length !== n || !p.words.every((w, k) => same(w, tokens[i + k]))) continue;
      if (!match || n > match.length) match = { length: n, names: new Set(), terms: new Set() };
      if (n === match.length) for (const s of p.stands) (p.same ? match.names : match.terms).add(s);
    }
    if (match && match.length > 1) {
      const typed = tokens.slice(i, i + match.length);
      const label = typed.join(" ");
      const typedIsUsed = typed.every((w) => !/^\p{L}+$/u.test(w) || knowledge.vocabulary.has(w));
      const names = [...(typedIsUsed ? [label] : []), ...[...match.names].filter((s) => !same(s, label))];
      add({ label, alternatives: [...new Set([...names, ...[...match.terms].filter((s) => !same(s, label))])], own: names.length });
      i += match.length;
      continue;
    }
    const token = tokens[i];
    i++;
    if (!isContentWord(token)) {
      ignored.push(token);
      continue;
    }
    if (!/^\p{L}+$/u.test(token)) {
      add({ label: token, alternatives: [token] });
      continue;
    }
    // A word the glossary or the everyday list knows is searched through its terms, not "corrected" into another word.
    const corrected = match && !knowledge.vocabulary.has(token) ? undefined : correct(token, knowledge.vocabulary);
    const knownAs = (w: string) => known.filter((p) => p.words.length === 1 && same(p.words[0], w));
    const extra = corrected && corrected !== token ? knownAs(corrected) : [];
    const fresh = (list: string[]) => list.filter((s) => !same(s, token) && !same(s, corrected ?? ""));
    const names = fresh([...(match?.names ?? []), ...extra.filter((p) => p.same).flatMap((p) => p.stands)]);
    const terms = fresh([...(match?.terms ?? []), ...extra.filter((p) => !p.same).flatMap((p) => p.stands)]);
    if (!corrected && !names.length && !terms.length) {
      unknown.push(token);
      continue;
    }
    const own = [...new Set([...(corrected ? [corrected, ...inflections(corrected, knowledge.vocabulary)] : []), ...names])];
    add({
      label: corrected ?? token,
      alternatives: [...new Set([...own, ...terms])],
      own: own.length,
      correctedFrom: corrected && corrected !== token ? token : undefined,
    });
  }
  return { concepts, unknown, ignored };
}

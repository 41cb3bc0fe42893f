// From what a reader types to what the search looks for: the content words of the query, each
// a "concept" with the words that may stand for it on the site. A concept comes from a phrase
// the glossary or the everyday vocabulary knows ("national identity number", "phone call"), or
// from one word, with its inflections, its correction when the site does not use it, and its
// synonyms. Questions are reduced to their content words; stopwords never become concepts.
import { fold, isContentWord, isContentWordIn, isStopword, languageOf, words } from "./text";
import { correct, formsOf, inflections, type Languages, splitCompound, type Vocabulary } from "./vocabulary";

const same = (a: string, b: string) => fold(a) === fold(b);
const unique = (list: string[]) => [...new Set(list)];

/**
 * Glossary synonyms: groups of names for one thing, each standing for the others, with the pages the
 * glossary names for it, most important first (the pages of each target, by their id in the search
 * index: a section of the Act has two).
 * `unused` are names no page uses: recognised in a query, never searched.
 */
export type SynonymGroups = { names: string[]; pages: string[][]; unused?: string[] }[];
/** Everyday words and the terms the law and the site use for them (one way: film → camera surveillance). */
export type Everyday = { words: string[]; terms: string[]; pages?: string[] }[];

export interface Concept {
  /** What the reader typed (or its correction), as shown in messages. */
  label: string;
  /** Query strings for Pagefind that each stand for the concept, the reader's own first; a quoted one must be found as a phrase. */
  alternatives: string[];
  /** How many of the first alternatives are the reader's own word (its forms, its correction, its glossary names); the rest are everyday mappings. */
  own?: number;
  /** How many of the first alternatives are the words as typed (or corrected) and their forms, before glossary names in the other language. */
  typed?: number;
  /** Pages the glossary names for the concept (ids in the search index), each with how much it is lifted (1 for the first named). */
  places?: Place[];
  /** Set when the reader's word was not used on the site and was replaced. */
  correctedFrom?: string;
}

export interface Place {
  /** The page's id in the search index (Pagefind's name for it). */
  page: string;
  weight: number;
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
  /** The language of the vocabulary's words that one language alone uses: a correction keeps to the query's language. */
  languages?: Languages;
}

/** A phrase known to the glossary or the everyday list, and what it may be replaced by. */
interface Phrase {
  words: string[];
  /** The words folded (fold()), to compare with a query's. */
  folded: string[];
  stands: string[];
  /** Glossary names are the same term in another language or form: they count as much as the word typed. */
  same: boolean;
  places: Place[];
}

/** How much the glossary's first, second, third … named page is lifted. */
const placeWeight = (i: number) => Math.max(0.4, 1 - 0.3 * i);

/** The phrases of each knowledge file, made once: a query is analysed on every keystroke. */
const madePhrases = new WeakMap<SynonymGroups, { everyday: Everyday; list: Phrase[] }>();

function phrases(knowledge: Pick<Knowledge, "synonyms" | "everyday">): Phrase[] {
  const made = madePhrases.get(knowledge.synonyms);
  if (made?.everyday === knowledge.everyday) return made.list;
  const list = makePhrases(knowledge);
  madePhrases.set(knowledge.synonyms, { everyday: knowledge.everyday, list });
  return list;
}

/** Reads a knowledge file's phrases now rather than on the first query (the browser does it in a task of its own). */
export function preparePhrases(knowledge: Pick<Knowledge, "synonyms" | "everyday">): void {
  phrases(knowledge);
}

function makePhrases(knowledge: Pick<Knowledge, "synonyms" | "everyday">): Phrase[] {
  const list: Omit<Phrase, "folded">[] = [];
  const placesOf = (group: SynonymGroups[number], scale = 1) => group.pages.flatMap((ids, i) => ids.map((page) => ({ page, weight: placeWeight(i) * scale })));
  for (const group of knowledge.synonyms)
    for (const name of [...group.names, ...(group.unused ?? [])]) list.push({ words: words(name), stands: group.names, same: true, places: placesOf(group) });
  // An everyday word leads to its terms, and through a term the glossary knows, to the term's pages (lifted less).
  const byName = new Map<string, SynonymGroups>();
  for (const g of knowledge.synonyms) for (const n of new Set(g.names.map(fold))) byName.set(n, [...(byName.get(n) ?? []), g]);
  const glossaryOf = (term: string) => byName.get(fold(term)) ?? [];
  for (const entry of knowledge.everyday) {
    // The entry's own pages (ids in the search index) are where its words are answered: lifted as a glossary term's first page is.
    const places = [
      ...(entry.pages ?? []).map((page) => ({ page, weight: 1 })),
      ...entry.terms.flatMap(glossaryOf).flatMap((g) => placesOf(g, EVERYDAY_PLACE)),
    ];
    for (const w of entry.words) list.push({ words: words(w), stands: [w, ...entry.terms], same: false, places });
  }
  return list.filter((p) => p.words.length > 0).map((p) => ({ ...p, folded: p.words.map(fold) }));
}

/** How much a page the glossary names for an everyday word's term is lifted, against one it names for the word typed. */
const EVERYDAY_PLACE = 0.8;

/** Places of several phrases as one list: each page once, at its highest weight, in order of weight. */
function mergePlaces(lists: Place[][]): Place[] {
  const best = new Map<string, number>();
  for (const p of lists.flat()) best.set(p.page, Math.max(best.get(p.page) ?? 0, p.weight));
  return [...best].map(([page, weight]) => ({ page, weight })).sort((a, b) => b.weight - a.weight);
}

/** The words of a query that a vocabulary file must be loaded for (content words of two letters or more, no numbers). */
export function lookupWords(query: string): string[] {
  return [...new Set(words(query).filter((w) => isContentWord(w) && /^\p{L}{2,}$/u.test(w)))];
}

/** Every word of the phrases the glossary and the everyday list know, folded. */
export function namedWords(knowledge: Pick<Knowledge, "synonyms" | "everyday">): Set<string> {
  return new Set(phrases(knowledge).flatMap((p) => p.folded));
}

export function analyseQuery(query: string, knowledge: Knowledge): Analysis {
  const tokens = words(query);
  const known = phrases(knowledge);
  // A word is corrected only into a word of the query's language (or one both languages use).
  const language = languageOf(tokens);
  const fits = (candidate: string) => !language || (knowledge.languages?.get(candidate) ?? language) === language;
  const single = new Set(known.filter((p) => p.words.length === 1).map((p) => fold(p.words[0])));
  const everydayTerms = new Set(knowledge.everyday.flatMap((e) => e.terms).map(fold));
  const knownPart = (part: string) => isContentWordIn(part, language) && (knowledge.vocabulary.has(part) || single.has(fold(part)));
  const concepts: Concept[] = [];
  const unknown: string[] = [];
  const ignored: string[] = [];
  const add = (concept: Concept) => {
    const existing = concepts.find((c) => c.alternatives.some((a) => concept.alternatives.some((b) => same(a, b))));
    if (!existing) return void concepts.push(concept);
    // The words typed of both stay first, then the rest of the reader's own words of both.
    const part = (c: Concept, from: number | undefined, to: number | undefined) => c.alternatives.slice(from ?? 0, to ?? 0);
    const typed = unique([...part(existing, 0, existing.typed), ...part(concept, 0, concept.typed)]);
    const own = unique([...typed, ...part(existing, existing.typed, existing.own), ...part(concept, concept.typed, concept.own)]);
    existing.alternatives = unique([...own, ...existing.alternatives, ...concept.alternatives]);
    existing.typed = typed.length;
    existing.own = own.length;
    existing.places = mergePlaces([existing.places ?? [], concept.places ?? []]);
  };

  const joinedFrom = new Map<string, string>();
  const foldedTokens = new Map<string, string>();
  const foldedToken = (k: number) => foldedTokens.get(tokens[k]) ?? foldedTokens.set(tokens[k], fold(tokens[k])).get(tokens[k])!;
  for (let i = 0; i < tokens.length;) {
    // The longest known phrase starting here (several words, or one word that is not a stopword).
    let match: { length: number; names: Set<string>; terms: Set<string>; places: Place[][] } | undefined;
    for (const p of known) {
      const n = p.words.length;
      if (n === 1 && !isContentWordIn(tokens[i], language)) continue;
      if (i + n > tokens.length || !p.folded.every((w, k) => w === foldedToken(i + k))) continue;
      if (!match || n > match.length) match = { length: n, names: new Set(), terms: new Set(), places: [] };
      if (n !== match.length) continue;
      for (const s of p.stands) (p.same ? match.names : match.terms).add(s);
      match.places.push(p.places);
    }
    if (match && match.length > 1) {
      const typed = tokens.slice(i, i + match.length);
      const label = typed.join(" ");
      const typedIsUsed = typed.every((w) => !/^\p{L}+$/u.test(w) || knowledge.vocabulary.has(w));
      // Everyday words (not one of the glossary's names) count only where they stand together, as a
      // quoted phrase: a page with "criminal" in one place and "recording" in another is not about a criminal record.
      const asTyped = match.names.size ? label : `"${label}"`;
      const names = [...(typedIsUsed ? [asTyped] : []), ...[...match.names].filter((s) => !same(s, label))];
      add({
        label,
        alternatives: unique([...names, ...[...match.terms].filter((s) => !same(s, label))]),
        own: names.length,
        typed: typedIsUsed ? 1 : 0,
        places: mergePlaces(match.places),
      });
      i += match.length;
      continue;
    }
    // Two words the reader split that the pages write as one ("personvern ombud", "data tilsynet"): searched as that word.
    const joined = tokens[i] + (tokens[i + 1] ?? "");
    if (i + 1 < tokens.length && [tokens[i], tokens[i + 1]].every((w) => /^\p{L}{2,}$/u.test(w) && isContentWordIn(w, language))) {
      if (knowledge.vocabulary.has(joined) || single.has(fold(joined))) {
        joinedFrom.set(joined, `${tokens[i]} ${tokens[i + 1]}`);
        tokens.splice(i, 2, joined);
        continue;
      }
    }
    const token = tokens[i];
    i++;
    if (!isContentWordIn(token, language)) {
      ignored.push(token);
      continue;
    }
    if (!/^\p{L}+$/u.test(token)) {
      add({ label: token, alternatives: [token], own: 1, typed: 1 });
      continue;
    }
    // A compound the pages lack, of two words they have (or the search knows), is searched as those words.
    const parts =
      !match && !knowledge.vocabulary.has(token) && !inflections(token, knowledge.vocabulary, 1).length ? splitCompound(token, knownPart) : undefined;
    if (parts) {
      tokens.splice(i - 1, 1, ...parts);
      i--;
      continue;
    }
    // A word the glossary or the everyday list knows is searched through its terms, not "corrected" into another word;
    // so is one the pages use only in the other language, a false friend in this query (Norwegian "journal" is a
    // medical record, the pages' English "journal" the EU's Official Journal).
    const falseFriend = !!match && knowledge.vocabulary.has(token) && !fits(token);
    const corrected = match && (!knowledge.vocabulary.has(token) || falseFriend) ? undefined : correct(token, knowledge.vocabulary, fits);
    const knownAs = (w: string) => known.filter((p) => p.words.length === 1 && same(p.words[0], w));
    // A Norwegian word the search knows only in another form ("samtykket", "naboen") brings what its
    // base form ("samtykke", "nabo") stands for: the glossary's names, the everyday list's terms. (An
    // English plural is not read so: "numbers" is not the glossary's "number", a GDPR paragraph's.)
    const english = (knowledge.languages?.get(token) ?? language) === "en";
    const base = match || english ? undefined : formsOf(token, (f) => f.length < token.length && single.has(fold(f)))[0];
    const corrections = corrected && corrected !== token ? knownAs(corrected) : [];
    const extra = corrections.length || !base ? corrections : knownAs(base);
    // The word itself stays when it is one of the everyday list's terms (which the pages use) and is not searched as typed (its vocabulary not loaded).
    const fresh = (list: string[]) => list.filter((s) => (corrected ? !same(s, token) && !same(s, corrected) : !same(s, token) || everydayTerms.has(fold(s))));
    const names = fresh([...(match?.names ?? []), ...extra.filter((p) => p.same).flatMap((p) => p.stands)]);
    const terms = fresh([...(match?.terms ?? []), ...extra.filter((p) => !p.same).flatMap((p) => p.stands)]);
    if (!corrected && !names.length && !terms.length) {
      unknown.push(token);
      continue;
    }
    const typed = corrected ? unique([corrected, ...inflections(corrected, knowledge.vocabulary)]) : [];
    const own = unique([...typed, ...names]);
    add({
      label: corrected ?? token,
      alternatives: unique([...own, ...terms]),
      own: own.length,
      typed: typed.length,
      places: mergePlaces([...(match?.places ?? []), ...extra.map((p) => p.places)]),
      correctedFrom: joinedFrom.get(token) ?? (corrected && corrected !== token ? token : undefined),
    });
  }
  return { concepts, unknown, ignored };
}

/**
 * The search a first result needs: each concept with only the words as typed (or corrected) and
 * their forms; where none of those is on the site, the reader's other own words, else all. Each
 * word searched costs Pagefind an index chunk (about 24 KB), so the other language's names and the
 * everyday terms follow in a second search. Undefined when no concept has anything to leave for later.
 */
export function ownWordsFirst(analysis: Analysis): Analysis | undefined {
  let narrower = false;
  const concepts = analysis.concepts.map((c) => {
    const n = c.typed || c.own || c.alternatives.length;
    if (n >= c.alternatives.length) return c;
    narrower = true;
    return { ...c, alternatives: c.alternatives.slice(0, n), own: Math.min(c.own ?? n, n), typed: Math.min(c.typed ?? n, n) };
  });
  return narrower ? { ...analysis, concepts } : undefined;
}

/**
 * The search that shows first results soonest: of the concepts the reader's own words stand for
 * (ownWordsFirst), the one with the fewest words to look up, the rarest on the site among those.
 * Pagefind fetches an index chunk of about 24 KB for each word, so a first list from one concept
 * costs one chunk; the rarest word narrows the list most (of a phrase, its rarest word alone). The
 * whole search follows and replaces it.
 * Undefined when there is nothing to leave for later.
 */
export function narrowestFirst(analysis: Analysis, vocabulary: Vocabulary): Analysis | undefined {
  const own = ownWordsFirst(analysis) ?? analysis;
  if (own.concepts.length === 1) {
    const narrowed = rarestWordOf(own.concepts[0], vocabulary);
    if (narrowed !== own.concepts[0]) return { ...own, concepts: [narrowed] };
  }
  if (own.concepts.length < 2) return own === analysis ? undefined : own;
  const cost = (c: Concept) => {
    const looked = unique(c.alternatives.flatMap((a) => words(a).filter((w) => !isStopword(w))));
    return { words: looked.length, pages: Math.min(...looked.map((w) => vocabulary.get(w) ?? Infinity)) };
  };
  const [best] = own.concepts.map((concept) => ({ concept, ...cost(concept) })).sort((a, b) => a.words - b.words || a.pages - b.pages);
  return { ...own, concepts: [rarestWordOf(best.concept, vocabulary)] };
}

/** A concept of one phrase ("national identity number") as its rarest word on the site, for a first list from one index chunk. */
function rarestWordOf(concept: Concept, vocabulary: Vocabulary): Concept {
  if (concept.alternatives.length !== 1) return concept;
  const looked = words(concept.alternatives[0]).filter((w) => !isStopword(w) && vocabulary.has(w));
  if (looked.length < 2) return concept;
  const rarest = looked.reduce((a, b) => (vocabulary.get(b)! < vocabulary.get(a)! ? b : a));
  return { ...concept, alternatives: [rarest], own: 1, typed: 1 };
}

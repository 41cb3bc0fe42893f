// The GDPR as the pages use it: chapters, their sections, the 99 articles and the 173 recitals as
// in force (the 2018 corrigendum applied, each corrected paragraph or point keeping its printed
// wording), and the site's pairing of recitals with articles, read from content/gdpr/ and checked
// (every article and recital once, in order; titles and chapters agreeing between the files; every
// correction found where it says; every pairing naming a recital and an article that exist).
// Errors name the file, the field and the value.
import type { z } from "astro/zod";
import { ContentError } from "../content/errors";
import { dataEntry } from "../content/disk";
import {
  type GdprArticlesData,
  gdprArticles,
  type GdprCorrigendumData,
  gdprCorrigendum,
  type GdprPairingData,
  gdprPairing,
  type GdprPointData,
  type GdprRecitalsData,
  gdprRecitals,
  type GdprStructureData,
  gdprStructure,
} from "../../schemas/gdpr";
import { type Correction, correctText, parsePlace } from "./corrigendum";
import { ROMAN } from "../refs/recognise/ordinals";

export type { Correction };

export interface GdprPoint extends GdprPointData {
  points?: GdprPoint[];
  /** Set where the corrigendum corrected the point's text. */
  corrected?: Correction;
}

export interface GdprParagraph {
  /** null for an article's only, unnumbered paragraph. */
  number: number | null;
  text: string;
  points: GdprPoint[];
  subparagraphs: { text: string; points: GdprPoint[] }[];
  /** Set where the corrigendum corrected the paragraph's opening text. */
  corrected?: Correction;
}

export interface GdprRecital {
  number: number;
  /** The recital's paragraphs (most have one), footnote calls as printed: " (4)". */
  paragraphs: { text: string; corrected?: Correction }[];
  footnotes: { marker: string; text: string }[];
}

/** One pair of the site's pairing: a recital, an article, and why they belong together. */
export interface RecitalPair {
  recital: number;
  article: number;
  why: string;
}

export interface GdprPairing {
  /** Recital → the articles it explains, in article order. */
  articlesOf: Map<number, RecitalPair[]>;
  /** Article → the recitals that explain it, in recital order. */
  recitalsOf: Map<number, RecitalPair[]>;
  /** Recitals about the Regulation as a whole, with the reason. */
  general: Map<number, string>;
}

/** The corrigendum as the pages cite it. */
export interface GdprCorrigendum {
  celex: string;
  /** "OJ L 127, 23.5.2018, p. 2-5" */
  officialJournal: string;
  eli: string;
  /** How many corrections it makes (15). */
  count: number;
}

export interface GdprArticle {
  number: number;
  title: string;
  /** Chapter number (1–11) and as printed ("IV"). */
  chapter: number;
  chapterRoman: string;
  /** Section of the chapter, if the chapter has sections. */
  section: number | null;
  paragraphs: GdprParagraph[];
  footnotes: { marker: string; text: string }[];
}

export interface GdprSection {
  number: number;
  title: string;
  articles: GdprArticle[];
}

export interface GdprChapter {
  number: number;
  roman: string;
  title: string;
  /** Sections, where the chapter has them. */
  sections: GdprSection[];
  articles: GdprArticle[];
}

export interface Gdpr {
  meta: GdprArticlesData["_meta"];
  chapters: GdprChapter[];
  articles: GdprArticle[];
  recitals: GdprRecital[];
  corrigendum?: GdprCorrigendum;
  pairing: GdprPairing;
}

export interface GdprFiles {
  articles: string;
  structure: string;
  recitals: string;
  corrigendum: string;
  pairing: string;
}

export const GDPR_FILES: GdprFiles = {
  articles: "content/gdpr/articles.json",
  structure: "content/gdpr/structure.json",
  recitals: "content/gdpr/recitals.json",
  corrigendum: "content/gdpr/corrigendum-2018.json",
  pairing: "content/gdpr/recital-pairing.yaml",
};

export interface GdprData {
  articles: GdprArticlesData;
  structure: GdprStructureData;
  recitals?: GdprRecitalsData;
  corrigendum?: GdprCorrigendumData;
  pairing?: GdprPairingData;
}

/** Own copies of the points, so that applying the corrigendum leaves the parsed data as read. */
const copyPoints = (points: GdprPointData[]): GdprPoint[] => points.map((p) => ({ ...p, ...(p.points ? { points: copyPoints(p.points) } : {}) }));

/** Builds the GDPR from the files' data; pure, so it can be tested with small inputs. */
export function buildGdpr(data: GdprData, files: GdprFiles = GDPR_FILES): Gdpr {
  const { articles: articlesData, structure } = data;
  const articles: GdprArticle[] = articlesData.articles.map((a, i) => {
    const field = (name: string) => `articles.${i}.${name}`;
    if (a.article !== i + 1)
      throw new ContentError(files.articles, field("article"), a.article, `expected article ${i + 1}: the articles must run 1 to 99 in order`);
    const title = structure.articles.find((s) => s.article === a.article)?.title;
    if (title !== undefined && title !== a.title)
      throw new ContentError(files.articles, field("title"), a.title, `differs from ${files.structure} ("${title}")`);
    const paragraphs = a.paragraphs.map((p, j) => {
      const number = p.number === null ? null : Number(p.number);
      if (number !== null && number !== j + 1) throw new ContentError(files.articles, `${field("paragraphs")}.${j}.number`, p.number, `expected "${j + 1}"`);
      if (number === null && a.paragraphs.length > 1)
        throw new ContentError(files.articles, `${field("paragraphs")}.${j}.number`, null, "only an article's single paragraph may be unnumbered");
      return {
        number,
        text: p.text,
        points: copyPoints(p.points),
        subparagraphs: p.subparagraphs.map((sub) => ({ text: sub.text, points: copyPoints(sub.points) })),
      };
    });
    return {
      number: a.article,
      title: a.title,
      chapter: ROMAN.indexOf(a.chapter) + 1,
      chapterRoman: a.chapter,
      section: a.section,
      paragraphs,
      footnotes: a.footnotes,
    };
  });
  if (articles.length !== 99) throw new ContentError(files.articles, "articles", articles.length, "expected the 99 articles of the Regulation");

  const chapters: GdprChapter[] = structure.chapters.map((c, i) => {
    const number = ROMAN.indexOf(c.chapter) + 1;
    if (number !== i + 1) throw new ContentError(files.structure, `chapters.${i}.chapter`, c.chapter, `expected chapter ${ROMAN[i]}`);
    const inChapter = articles.filter((a) => a.chapter === number);
    const [first, last] = c.articles;
    if (inChapter[0]?.number !== first || inChapter.at(-1)?.number !== last) {
      throw new ContentError(
        files.structure,
        `chapters.${i}.articles`,
        c.articles,
        `the articles of chapter ${c.chapter} in ${files.articles} run ${inChapter[0]?.number}–${inChapter.at(-1)?.number}`,
      );
    }
    const sections = structure.sections
      .filter((s) => s.chapter === c.chapter)
      .map((s) => ({ number: s.section, title: s.title, articles: inChapter.filter((a) => a.section === s.section) }));
    for (const a of inChapter) {
      if (sections.length && !sections.some((s) => s.number === a.section)) {
        throw new ContentError(
          files.articles,
          `articles.${a.number - 1}.section`,
          a.section,
          `chapter ${c.chapter} has sections ${sections.map((s) => s.number).join(", ")}`,
        );
      }
    }
    return { number, roman: c.chapter, title: c.title, sections, articles: inChapter };
  });
  const recitals = data.recitals ? buildRecitals(data.recitals, files.recitals) : [];
  if (data.corrigendum) applyCorrigendum(data.corrigendum, articles, recitals, files);
  const corrigendum = data.corrigendum && {
    celex: data.corrigendum._meta.celex,
    officialJournal: data.corrigendum._meta.official_journal,
    eli: data.corrigendum._meta.eli,
    count: data.corrigendum.corrections.length,
  };
  const pairing = buildPairing(data.pairing ?? {}, articles, recitals, files.pairing);
  return { meta: articlesData._meta, chapters, articles, recitals, corrigendum, pairing };
}

function buildRecitals(data: GdprRecitalsData, file: string): GdprRecital[] {
  const recitals = data.recitals.map((r, i) => {
    if (r.number !== i + 1)
      throw new ContentError(file, `recitals.${i}.number`, r.number, `expected recital ${i + 1}: the recitals must run 1 to 173 in order, each once`);
    const text = r.paragraphs.join("\n");
    r.footnotes.forEach((f, j) => {
      const calls = text.split(` ${f.marker}`).length - 1;
      if (calls !== 1)
        throw new ContentError(file, `recitals.${i}.footnotes.${j}.marker`, f.marker, `the recital's text calls it ${calls} times, expected once`);
    });
    return { number: r.number, paragraphs: r.paragraphs.map((p) => ({ text: p })), footnotes: r.footnotes.map((f) => ({ marker: f.marker, text: f.text })) };
  });
  if (recitals.length !== 173) throw new ContentError(file, "recitals", recitals.length, "expected the 173 recitals of the Regulation");
  return recitals;
}

/** Applies each correction where it says, keeping the printed wording beside the corrected one. */
function applyCorrigendum(data: GdprCorrigendumData, articles: GdprArticle[], recitals: GdprRecital[], files: GdprFiles): void {
  const heading = new Map<object, string>();
  data.corrections.forEach((c, i) =>
    c.site_replacements.forEach((r, j) => {
      const field = `corrections.${i}.site_replacements.${j}`;
      const place = parsePlace(r.location);
      if (!place)
        throw new ContentError(
          files.corrigendum,
          `${field}.location`,
          r.location,
          'expected "article 37(1)(c)", "article 41(3)" or "recital 71, second paragraph"',
        );
      let holder: { text: string; corrected?: Correction } | undefined;
      if (place.kind === "recital") {
        holder = recitals[place.recital - 1]?.paragraphs[place.paragraph - 1];
      } else {
        const paragraph = articles[place.article - 1]?.paragraphs.find((p) => p.number === place.paragraph);
        holder = place.point
          ? [...(paragraph?.points ?? []), ...(paragraph?.subparagraphs.flatMap((s) => s.points) ?? [])].find((p) => p.label === `(${place.point})`)
          : paragraph;
      }
      if (!holder) throw new ContentError(files.corrigendum, `${field}.location`, r.location, "no such place in the text");
      if (heading.has(holder)) throw new ContentError(files.corrigendum, `${field}.location`, r.location, "corrected twice");
      heading.set(holder, c.corrigendum_heading);
      const printed = holder.text;
      holder.text = correctText(printed, r, { file: files.corrigendum, field: `${field}.site_for` });
      holder.corrected = { printed, heading: c.corrigendum_heading, by: `${data._meta.official_journal} (CELEX ${data._meta.celex})` };
    }),
  );
}

function buildPairing(data: GdprPairingData, articles: GdprArticle[], recitals: GdprRecital[], file: string): GdprPairing {
  const pairing: GdprPairing = { articlesOf: new Map(), recitalsOf: new Map(), general: new Map() };
  const entries = Object.entries(data);
  if (recitals.length && entries.length) {
    for (const r of recitals)
      if (!(String(r.number) in data))
        throw new ContentError(file, String(r.number), undefined, `recital ${r.number} is not paired: name its articles, or "general"`);
  }
  for (const [key, pairs] of entries) {
    const recital = Number(key);
    if (recitals.length && !recitals[recital - 1]) throw new ContentError(file, key, key, `the Regulation has recitals 1 to ${recitals.length}`);
    for (const [to, why] of Object.entries(pairs)) {
      if (to === "general") {
        pairing.general.set(recital, why);
        continue;
      }
      const article = Number(to);
      if (!articles[article - 1])
        throw new ContentError(file, `${key}.${to}`, article, `no such article (the Regulation has articles 1 to ${articles.length})`);
      const pair = { recital, article, why };
      pairing.articlesOf.set(recital, [...(pairing.articlesOf.get(recital) ?? []), pair]);
      pairing.recitalsOf.set(article, [...(pairing.recitalsOf.get(article) ?? []), pair]);
    }
  }
  for (const list of pairing.articlesOf.values()) list.sort((a, b) => a.article - b.article);
  for (const list of pairing.recitalsOf.values()) list.sort((a, b) => a.recital - b.recital);
  return pairing;
}

let cached: Gdpr | undefined;

/** The GDPR of the project in the working directory, read once per process. */
export function getGdpr(root = process.cwd()): Gdpr {
  if (root !== process.cwd()) return load(root);
  cached ??= load(root);
  return cached;
}

function load(root: string): Gdpr {
  const file = (name: keyof GdprFiles) => GDPR_FILES[name].replace(/^content\//, "");
  const required = <T>(name: keyof GdprFiles, schema: z.ZodType<T>): T => {
    const data = dataEntry(file(name), schema, root, true);
    if (data === undefined) throw new Error(`${GDPR_FILES[name]}: missing (copy it from ../shared/sources/, see README)`);
    return data;
  };
  return buildGdpr({
    articles: required("articles", gdprArticles),
    structure: required("structure", gdprStructure),
    recitals: required("recitals", gdprRecitals),
    corrigendum: required("corrigendum", gdprCorrigendum),
    pairing: dataEntry(file("pairing"), gdprPairing, root, true),
  });
}

/** The paragraphs and points of an article that the corrigendum corrected. */
export function correctionsIn(article: GdprArticle): Correction[] {
  const out: Correction[] = [];
  const walk = (points: GdprPoint[]) => points.forEach((p) => (p.corrected && out.push(p.corrected), walk(p.points ?? [])));
  for (const p of article.paragraphs) {
    if (p.corrected) out.push(p.corrected);
    walk(p.points);
    p.subparagraphs.forEach((s) => walk(s.points));
  }
  return out;
}

/** The recital before and after, for page navigation. */
export function recitalNeighbours(gdpr: Gdpr, n: number): { previous?: GdprRecital; next?: GdprRecital } {
  return { previous: gdpr.recitals[n - 2], next: gdpr.recitals[n] };
}

/** The article before and after, for page navigation. */
export function articleNeighbours(gdpr: Gdpr, n: number): { previous?: GdprArticle; next?: GdprArticle } {
  return { previous: gdpr.articles[n - 2], next: gdpr.articles[n] };
}

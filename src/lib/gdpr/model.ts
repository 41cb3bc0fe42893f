// The GDPR as the pages use it: chapters, their sections and the 99 articles, read from
// content/gdpr/ and checked (every article once, in order; titles and chapters agreeing between
// the two files). Errors name the file, the field and the value.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "astro/zod";
import { describeIssues } from "../content/strict-loader";
import { ContentError } from "../act/model";
import { type GdprArticlesData, type GdprPointData, gdprArticles, type GdprStructureData, gdprStructure } from "../../schemas/gdpr";

export type GdprPoint = GdprPointData;

export interface GdprParagraph {
  /** null for an article's only, unnumbered paragraph. */
  number: number | null;
  text: string;
  points: GdprPoint[];
  subparagraphs: { text: string; points: GdprPoint[] }[];
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
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"];

function read<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  if (!existsSync(file)) throw new Error(`${file}: missing (copy it from ../shared/sources/, see README)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`Invalid content in ${file}:\n${describeIssues(schema, data)}`);
  return result.data;
}

/** Builds the GDPR from the two files' data; pure, so it can be tested with small inputs. */
export function buildGdpr(articlesData: GdprArticlesData, structure: GdprStructureData, files = { articles: "content/gdpr/articles.json", structure: "content/gdpr/structure.json" }): Gdpr {
  const articles: GdprArticle[] = articlesData.articles.map((a, i) => {
    const field = (name: string) => `articles.${i}.${name}`;
    if (a.article !== i + 1) throw new ContentError(files.articles, field("article"), a.article, `expected article ${i + 1}: the articles must run 1 to 99 in order`);
    const title = structure.articles.find((s) => s.article === a.article)?.title;
    if (title !== undefined && title !== a.title) throw new ContentError(files.articles, field("title"), a.title, `differs from ${files.structure} ("${title}")`);
    const paragraphs = a.paragraphs.map((p, j) => {
      const number = p.number === null ? null : Number(p.number);
      if (number !== null && number !== j + 1) throw new ContentError(files.articles, `${field("paragraphs")}.${j}.number`, p.number, `expected "${j + 1}"`);
      if (number === null && a.paragraphs.length > 1) throw new ContentError(files.articles, `${field("paragraphs")}.${j}.number`, null, "only an article's single paragraph may be unnumbered");
      return { number, text: p.text, points: p.points, subparagraphs: p.subparagraphs };
    });
    return { number: a.article, title: a.title, chapter: ROMAN.indexOf(a.chapter) + 1, chapterRoman: a.chapter, section: a.section, paragraphs, footnotes: a.footnotes };
  });
  if (articles.length !== 99) throw new ContentError(files.articles, "articles", articles.length, "expected the 99 articles of the Regulation");

  const chapters: GdprChapter[] = structure.chapters.map((c, i) => {
    const number = ROMAN.indexOf(c.chapter) + 1;
    if (number !== i + 1) throw new ContentError(files.structure, `chapters.${i}.chapter`, c.chapter, `expected chapter ${ROMAN[i]}`);
    const inChapter = articles.filter((a) => a.chapter === number);
    const [first, last] = c.articles;
    if (inChapter[0]?.number !== first || inChapter.at(-1)?.number !== last) {
      throw new ContentError(files.structure, `chapters.${i}.articles`, c.articles, `the articles of chapter ${c.chapter} in ${files.articles} run ${inChapter[0]?.number}–${inChapter.at(-1)?.number}`);
    }
    const sections = structure.sections
      .filter((s) => s.chapter === c.chapter)
      .map((s) => ({ number: s.section, title: s.title, articles: inChapter.filter((a) => a.section === s.section) }));
    for (const a of inChapter) {
      if (sections.length && !sections.some((s) => s.number === a.section)) {
        throw new ContentError(files.articles, `articles.${a.number - 1}.section`, a.section, `chapter ${c.chapter} has sections ${sections.map((s) => s.number).join(", ")}`);
      }
    }
    return { number, roman: c.chapter, title: c.title, sections, articles: inChapter };
  });
  return { meta: articlesData._meta, chapters, articles };
}

let cached: Gdpr | undefined;

/** The GDPR of the project in the working directory, read once per process. */
export function getGdpr(root = process.cwd()): Gdpr {
  if (root !== process.cwd()) return load(root);
  cached ??= load(root);
  return cached;
}

function load(root: string): Gdpr {
  const articles = join(root, "content", "gdpr", "articles.json");
  const structure = join(root, "content", "gdpr", "structure.json");
  return buildGdpr(read(articles, gdprArticles), read(structure, gdprStructure));
}

/** The article before and after, for page navigation. */
export function articleNeighbours(gdpr: Gdpr, n: number): { previous?: GdprArticle; next?: GdprArticle } {
  return { previous: gdpr.articles[n - 2], next: gdpr.articles[n] };
}

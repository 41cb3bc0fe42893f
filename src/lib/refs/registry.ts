// What exists on the site, read from content/ through the one content reader (lib/content/disk.ts)
// so that Markdown plugins, data loaders and tests can all ask "does this citation target exist,
// and where is it?" without Astro. Each kind of content is read only if its folder exists.
import { dataFile, dataFiles, markdownFiles } from "../content/disk";
import { compareSections, INSTRUMENTS, type StatuteKey } from "../statute/instruments";
import { statuteOutline } from "../statute/render";
import { formatTarget, isStatuteTarget, type Target } from "./targets";

export interface SectionShape {
  /** Letters per subsection: shape[0] are the letters of the first subsection. */
  shape: string[][];
}

export interface Registry {
  /** The sections the site holds of each instrument, by its key ("pda", "penal", "arbeidsmiljoloven"). */
  statutes: Map<string, Map<string, SectionShape>>;
  /**
   * GDPR article → paragraph number → point labels; empty map when only the range is known. For
   * Article 4, whose definitions are numbered points of one unnumbered paragraph, the point numbers
   * stand in for paragraphs (see GDPR_NUMBERED_POINTS in targets.ts).
   */
  gdpr: Map<number, Map<number, string[]>>;
  /** Articles known to have no numbered paragraphs (a single unnumbered one), so that "gdpr:10(1)" is refused. */
  gdprUnnumbered?: Set<number>;
  /** GDPR recital → how many paragraphs it has. */
  gdprRecitals?: Map<number, number>;
  /**
   * Chapters that exist, by instrument key: the numbered chapters of every instrument whose facts
   * title them (`chapters` in its instrument.yaml: the Act's, the Penal Code's), and the GDPR's (I–XI as 1–11).
   */
  chapters?: Partial<Record<StatuteKey | "gdpr", Set<number>>>;
  /** Decision permanent id → URL slug. */
  decisions: Map<string, string>;
  guides: Set<string>;
  trees: Set<string>;
  glossary: Set<string>;
}

const shapes = new Map<string, Map<string, SectionShape>>();

/** The subsections and letters of each section in content/<folder>/ (its Norwegian text), read once per process from the outline a render makes, without its HTML. */
function statuteShapes(root: string, folder: string): Map<string, SectionShape> {
  const key = `${root}|${folder}`;
  const known = shapes.get(key);
  if (known) return new Map(known);
  const out = new Map<string, SectionShape>();
  shapes.set(key, out);
  for (const e of markdownFiles(folder, root)) {
    const outline = statuteOutline(e.body, { lang: "nb", source: e.filePath });
    out.set(e.id, { shape: outline.map((s) => s.items.map((i) => i.letter)) });
  }
  return new Map(out);
}

interface GdprPointShape {
  label: string;
  points?: GdprPointShape[];
}
interface GdprArticleShape {
  article: number;
  paragraphs: { number: string | null; points?: GdprPointShape[] }[];
}

const bare = (label: string) => label.replace(/[()]/g, "");

function gdprArticles(root: string): Pick<Registry, "gdpr" | "gdprUnnumbered"> {
  const gdpr: Registry["gdpr"] = new Map();
  const gdprUnnumbered = new Set<number>();
  const data = dataFile("gdpr/articles.json", root) as { articles: GdprArticleShape[] } | undefined;
  if (data) {
    for (const a of data.articles) {
      const numbered = a.paragraphs.filter((p) => p.number !== null && /^\d+$/.test(p.number));
      const places = new Map(numbered.map((p) => [Number(p.number), (p.points ?? []).map((pt) => bare(pt.label))]));
      if (!numbered.length) {
        gdprUnnumbered.add(a.article);
        // Article 4: the numbered definitions, each with its lettered sub-points.
        for (const p of a.paragraphs) {
          for (const pt of p.points ?? [])
            if (/^\(\d+\)$/.test(pt.label))
              places.set(
                Number(bare(pt.label)),
                (pt.points ?? []).map((sub) => bare(sub.label)),
              );
        }
      }
      gdpr.set(a.article, places);
    }
  } else {
    for (let n = 1; n <= 99; n++) gdpr.set(n, new Map());
  }
  return { gdpr, gdprUnnumbered };
}

function gdprRecitals(root: string): Map<number, number> {
  const data = dataFile("gdpr/recitals.json", root) as { recitals: { number: number; paragraphs: string[] }[] } | undefined;
  if (!data) return new Map();
  return new Map(data.recitals.map((r) => [r.number, r.paragraphs.length]));
}

/** The numbered chapters of an instrument, from its facts (instrument.yaml in its folder); none where they do not number them. */
function numberedChapters(root: string, folder: string): Set<number> {
  const facts = dataFile(`${folder}/instrument.yaml`, root) as { chapters?: Record<string, unknown> } | undefined;
  return new Set(Object.keys(facts?.chapters ?? {}).map(Number));
}

/** Decision id → slug. The id is read from the frontmatter without the decision schema, which itself asks this registry whether the decisions it names exist. */
function decisions(root: string): Map<string, string> {
  return new Map(markdownFiles("decisions", root).map((e) => [String(e.frontmatter.id ?? e.id), e.id]));
}

function glossaryTerms(root: string): Set<string> {
  return new Set(((dataFile("glossary/terms.yaml", root) ?? []) as { slug: string }[]).map((t) => t.slug));
}

/** The sections the site holds of an instrument (empty when it holds none). */
export function statuteSections(reg: Registry, key: StatuteKey): Map<string, SectionShape> {
  return reg.statutes.get(key) ?? new Map();
}

/** The section ids of an instrument in statute order. */
export function sectionIds(reg: Registry, key: StatuteKey): string[] {
  return [...statuteSections(reg, key).keys()].sort(compareSections);
}

export function readRegistry(root = process.cwd()): Registry {
  // Every instrument's sections and facts are under content/statutes/<key>/.
  const statutes = new Map(INSTRUMENTS.map((i) => [i.key, statuteShapes(root, `statutes/${i.key}`)]));
  const chapters: NonNullable<Registry["chapters"]> = { gdpr: new Set(Array.from({ length: 11 }, (_, i) => i + 1)) };
  for (const i of INSTRUMENTS) chapters[i.key] = numberedChapters(root, `statutes/${i.key}`);
  return {
    statutes,
    ...gdprArticles(root),
    gdprRecitals: gdprRecitals(root),
    chapters,
    decisions: decisions(root),
    guides: new Set(markdownFiles("guides", root).map((e) => e.id)),
    trees: new Set(dataFiles("trees", root).map((f) => f.id)),
    glossary: glossaryTerms(root),
  };
}

let cached: Registry | undefined;
/** The registry of the project in the working directory, read once per process. */
export function registry(): Registry {
  cached ??= readRegistry();
  return cached;
}

/** Why a target does not exist, or undefined if it does. */
export function missing(t: Target, reg: Registry): string | undefined {
  const name = formatTarget(t);
  if (isStatuteTarget(t)) {
    const section = statuteSections(reg, t.kind).get(t.section);
    if (!section) return `${name}: no such section`;
    if (t.subsection && !section.shape[t.subsection - 1]) return `${name}: section ${t.section} has ${section.shape.length} subsection(s)`;
    if (t.letter && !section.shape[t.subsection! - 1].includes(t.letter)) return `${name}: no letter ${t.letter} in that subsection`;
    return undefined;
  }
  switch (t.kind) {
    case "gdpr": {
      const article = reg.gdpr.get(t.article);
      if (!article) return `${name}: no such article`;
      const known = article.size > 0 || !!reg.gdprUnnumbered?.has(t.article);
      if (t.paragraph && known && !article.has(t.paragraph)) {
        if (!article.size) return `${name}: Article ${t.article} has no numbered paragraphs`;
        return reg.gdprUnnumbered?.has(t.article)
          ? `${name}: Article ${t.article} has no point (${t.paragraph})`
          : `${name}: Article ${t.article} has no paragraph ${t.paragraph}`;
      }
      if (t.point && known && !article.get(t.paragraph!)!.includes(t.point)) return `${name}: no point (${t.point}) in that paragraph`;
      return undefined;
    }
    case "gdpr-recital": {
      const paragraphs = reg.gdprRecitals?.get(t.recital);
      if (reg.gdprRecitals?.size && paragraphs === undefined) return `${name}: no such recital`;
      if (t.paragraph && paragraphs !== undefined && (paragraphs < 2 || t.paragraph > paragraphs))
        return `${name}: recital ${t.recital} has ${paragraphs === 1 ? "one paragraph" : `${paragraphs} paragraphs`}`;
      return undefined;
    }
    case "decision":
      return reg.decisions.has(t.id) ? undefined : `${name}: no decision with this id`;
    case "guide":
      return reg.guides.has(t.slug) ? undefined : `${name}: no such guide`;
    case "tree":
      return reg.trees.has(t.slug) ? undefined : `${name}: no such decision tree`;
    case "glossary":
      return reg.glossary.has(t.term) ? undefined : `${name}: no such glossary term`;
  }
}

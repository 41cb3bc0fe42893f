// The one way content names what it cites, in frontmatter and data (decisions, guides, trees):
//
//   pda:16  pda:16(1)  pda:16(1)(c)  pda:12a      Personal Data Act section, subsection, item
//   penal:205  penal:267a(2)                      Penal Code provision (straffeloven:205 is the same)
//   kameraovervakingsforskriften:6(1)  arbeidsmiljoloven:9-1(1)  andsverkloven:104(1)(c)
//                                                 any instrument of src/lib/statute/instruments.ts, by its key
//   gdpr:33  gdpr:33(1)  gdpr:9(2)(a)             GDPR article, paragraph, point
//   gdpr:4(11)  gdpr:4(16)(a)                     Article 4's numbered definitions (see GDPR_NUMBERED_POINTS)
//   gdpr-recital:71  gdpr-recital:71(2)           GDPR recital, paragraph (where it has several)
//   decision:grindr-2021                          a decision by its permanent id
//   guide:recording-conversations  tree:breach-notification  glossary:fodselsnummer
//
// Parsing and printing are pure; whether the target exists is checked against the content (refs/registry).
import { anchorId, citation, type Lang } from "../citation";
import { instrument, instrumentByPrefix, isStatuteKey, sectionFits, slugIn, type StatuteKey, TARGET_PREFIXES } from "../statute/instruments";
import { paths } from "../urls";

/** A place in a statute: a section, its subsection (ledd) and item (bokstav). */
export interface StatuteTarget {
  kind: StatuteKey;
  section: string;
  subsection?: number;
  letter?: string;
}

export type Target =
  | StatuteTarget
  | { kind: "gdpr"; article: number; paragraph?: number; point?: string }
  | { kind: "gdpr-recital"; recital: number; paragraph?: number }
  | { kind: "decision"; id: string }
  | { kind: "guide"; slug: string }
  | { kind: "tree"; slug: string }
  | { kind: "glossary"; term: string };

export class TargetSyntaxError extends Error {}

const SECTION = /^(\d+(?:-\d+)?[a-z]?)(?:\((\d+)\)(?:\(([a-zæøå])\))?)?$/;
const ARTICLE = /^(\d+)(?:\((\d+)\)(?:\(([a-z]|\d+)\))?)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a target (or recognised reference) is a place in a statute. */
export function isStatuteTarget(t: { kind: string }): t is StatuteTarget {
  return isStatuteKey(t.kind);
}

export function parseTarget(text: string): Target {
  const m = /^([a-z][a-z-]*[a-z]):(.+)$/.exec(text.trim());
  const fail = (why: string): never => {
    throw new TargetSyntaxError(`"${text}" is not a citation target: ${why}`);
  };
  if (!m) return fail('expected "kind:reference", e.g. "pda:16(1)(c)" or "gdpr:33"');
  const [, kind, ref] = m;
  const inst = instrumentByPrefix(kind);
  if (inst) {
    const s =
      SECTION.exec(ref) ??
      fail(
        `expected a section like "${inst.chapterNumbered ? "9-1" : "16"}", "${inst.chapterNumbered ? "9-1(1)" : "16(1)"}" or "${inst.chapterNumbered ? "9-1(1)(a)" : "16(1)(c)"}"`,
      );
    if (!sectionFits(inst, s[1]))
      fail(
        inst.chapterNumbered
          ? `the ${inst.name.en} numbers its sections by chapter, like "9-1"`
          : `the ${inst.name.en} numbers its sections like "16" or "12a"`,
      );
    return { kind: inst.key as StatuteKey, section: s[1], subsection: s[2] ? Number(s[2]) : undefined, letter: s[3] };
  }
  switch (kind) {
    case "gdpr": {
      const a = ARTICLE.exec(ref) ?? fail('expected an article like "33", "33(1)" or "9(2)(a)"');
      const article = Number(a[1]);
      if (article < 1 || article > 99) fail("the GDPR has articles 1 to 99");
      return { kind, article, paragraph: a[2] ? Number(a[2]) : undefined, point: a[3] };
    }
    case "gdpr-recital": {
      const r = /^(\d{1,3})(?:\((\d)\))?$/.exec(ref) ?? fail('expected a recital like "71" or "71(2)"');
      const recital = Number(r[1]);
      if (recital < 1 || recital > 173) fail("the GDPR has recitals 1 to 173");
      return { kind, recital, paragraph: r[2] ? Number(r[2]) : undefined };
    }
    case "decision":
      return SLUG.test(ref) ? { kind, id: ref } : fail("expected a decision id like grindr-2021");
    case "guide":
    case "tree":
      return SLUG.test(ref) ? { kind, slug: ref } : fail("expected a slug in lower case with hyphens");
    case "glossary":
      return SLUG.test(ref) ? { kind, term: ref } : fail("expected a term slug in lower case with hyphens");
    default:
      return fail(`unknown kind "${kind}" (${[...TARGET_PREFIXES, "gdpr", "gdpr-recital", "decision", "guide", "tree", "glossary"].join(", ")})`);
  }
}

export function formatTarget(t: Target): string {
  if (isStatuteTarget(t)) return `${t.kind}:${t.section}${t.subsection ? `(${t.subsection})${t.letter ? `(${t.letter})` : ""}` : ""}`;
  switch (t.kind) {
    case "gdpr":
      return `gdpr:${t.article}${t.paragraph ? `(${t.paragraph})${t.point ? `(${t.point})` : ""}` : ""}`;
    case "gdpr-recital":
      return `gdpr-recital:${t.recital}${t.paragraph ? `(${t.paragraph})` : ""}`;
    case "decision":
      return `decision:${t.id}`;
    case "guide":
    case "tree":
      return `${t.kind}:${t.slug}`;
    case "glossary":
      return `glossary:${t.term}`;
  }
}

/** The anchor of a GDPR paragraph or point: "paragraph-2", "paragraph-2-a". */
export function gdprAnchor(paragraph: number, point?: string): string {
  return `paragraph-${paragraph}${point ? `-${point}` : ""}`;
}

/**
 * Articles whose text is one unnumbered paragraph of numbered points: Article 4's definitions
 * (1)–(26). There, as in the usual way of citing them ("Article 4(11)"), the first number is the
 * point: "gdpr:4(11)" is definition (11), at "#point-11", and "gdpr:4(16)(a)" is at "#point-16-a".
 */
export const GDPR_NUMBERED_POINTS: ReadonlySet<number> = new Set([4]);

/** The anchor of a place in a GDPR article: "paragraph-2", "paragraph-2-a"; "point-11", "point-16-a" in Article 4. */
export function gdprPlaceAnchor(article: number, paragraph: number, point?: string): string {
  return GDPR_NUMBERED_POINTS.has(article) ? `point-${paragraph}${point ? `-${point}` : ""}` : gdprAnchor(paragraph, point);
}

/**
 * The site path of a target, with its anchor. Decisions are addressed by slug, which only the
 * decisions collection knows: pass a lookup from permanent id to slug.
 */
export function targetPath(t: Target, decisionSlug: (id: string) => string | undefined = () => undefined): string {
  if (isStatuteTarget(t)) return statuteSectionPath(t.kind, t.section) + (t.subsection ? `#${anchorId(t.subsection, t.letter)}` : "");
  switch (t.kind) {
    case "gdpr":
      return paths.gdprArticle(t.article) + (t.paragraph ? `#${gdprPlaceAnchor(t.article, t.paragraph, t.point)}` : "");
    case "gdpr-recital":
      return paths.gdprRecital(t.recital) + (t.paragraph ? `#paragraph-${t.paragraph}` : "");
    case "decision": {
      const slug = decisionSlug(t.id);
      if (!slug) throw new TargetSyntaxError(`no decision with the id "${t.id}"`);
      return paths.decision(slug);
    }
    case "guide":
      return paths.guide(t.slug);
    case "tree":
      return paths.tool(t.slug);
    case "glossary":
      return paths.glossary(t.term);
  }
}

/** How a target reads in running text (decisions, guides and trees need their titles; see the registry). */
export function targetLabel(t: Target, lang: Lang = "en"): string {
  if (isStatuteTarget(t)) return citation({ statute: t.kind, section: t.section, subsection: t.subsection, letter: t.letter }, lang);
  switch (t.kind) {
    case "gdpr": {
      const place = t.paragraph ? `(${t.paragraph})${t.point ? `(${t.point})` : ""}` : "";
      return lang === "en"
        ? `GDPR Article ${t.article}${place}`
        : `personvernforordningen artikkel ${t.article}${t.paragraph ? ` nr. ${t.paragraph}${t.point ? ` bokstav ${t.point}` : ""}` : ""}`;
    }
    case "gdpr-recital":
      return lang === "en"
        ? `GDPR recital ${t.recital}${t.paragraph ? `(${t.paragraph})` : ""}`
        : `personvernforordningen fortalepunkt ${t.recital}${t.paragraph ? ` avsnitt ${t.paragraph}` : ""}`;
    case "decision":
      return t.id;
    case "guide":
    case "tree":
      return t.slug;
    case "glossary":
      return t.term;
  }
}

/** The page of a section of a statute (by default the English pages of an instrument held in two languages): /personal-data-act/9/, /penal-code/205/, /arbeidsmiljoloven/9-1/. */
export function statuteSectionPath(key: StatuteKey, section: string, lang: Lang = "en"): string {
  return `/${slugIn(instrument(key), lang)}/${section}/`;
}

/** The contents page of an instrument in a language it is held in: /personal-data-act/, /personopplysningsloven/, /epostforskriften/. */
export function statuteContentsPath(key: StatuteKey, lang: Lang = "en"): string {
  return paths.instrument(slugIn(instrument(key), lang));
}

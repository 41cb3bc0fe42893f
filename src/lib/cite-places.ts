// The places a reader can cite on the statute pages (server side: it renders the sections).
// Each instrument's pages give CiteTools these maps of anchor id → citation and address.
import type { CitePlace } from "./cite";
import { anchorId, citation, type Lang, type Location, sectionPrefix } from "./citation";
import { statuteSectionPath, targetLabel, targetPath } from "./refs/targets";
import { sectionText, type StatuteSection } from "./statute/model";
import { recitalParagraphAnchor } from "./gdpr/recitals";
import { paths } from "./urls";

/** The places of a statute section a reader can cite: the section, each subsection and lettered item. */
export function statutePlaces(
  loc: Omit<Location, "subsection" | "letter">,
  subsections: { items: { letter: string }[] }[],
  /** Site path of the section page, base path included. */
  sectionHref: string,
  /** Anchor prefix on pages holding many sections ("section-16-"). */
  prefix = "",
): Record<string, CitePlace> {
  const place = (subsection?: number, letter?: string): CitePlace => {
    const l: Location = { ...loc, subsection, letter };
    return { en: citation(l, "en"), nb: citation(l, "nb"), href: subsection ? `${sectionHref}#${anchorId(subsection, letter)}` : sectionHref };
  };
  const places: Record<string, CitePlace> = {};
  if (prefix) places[prefix.replace(/-$/, "")] = place();
  subsections.forEach((s, i) => {
    places[anchorId(i + 1, undefined, prefix)] = place(i + 1);
    for (const item of s.items) places[anchorId(i + 1, item.letter, prefix)] = place(i + 1, item.letter);
  });
  return places;
}

/** A GDPR article and its paragraphs and points: "GDPR Article 6(1)(f)" / "personvernforordningen artikkel 6 nr. 1 bokstav f". */
export function gdprArticleCite(article: number, anchors: string[]): { whole: CitePlace; places: Record<string, CitePlace> } {
  const href = paths.gdprArticle(article);
  const name = (paragraph?: string, point?: string): CitePlace => ({
    en: `GDPR Article ${article}${paragraph ? `(${paragraph})` : ""}${point ? `(${point})` : ""}`,
    nb: `personvernforordningen artikkel ${article}${paragraph ? ` nr. ${paragraph}` : ""}${point ? ` bokstav ${point}` : ""}`,
    href,
  });
  const places: Record<string, CitePlace> = {};
  for (const id of anchors) {
    const m = /^(?:paragraph|point)-(\d+)(?:-([a-z]+|\d+))?$/.exec(id);
    if (m) places[id] = { ...name(m[1], m[2]), href: `${href}#${id}` };
  }
  return { whole: name(), places };
}

/**
 * A GDPR recital and, where it has several, each paragraph: "GDPR recital 71(2)" /
 * "personvernforordningen fortalepunkt 71 avsnitt 2", at "#paragraph-2" (the words of lib/refs/targets.ts).
 */
export function recitalCite(recital: number, paragraphs: number): { whole: CitePlace; places: Record<string, CitePlace> } {
  const place = (paragraph?: number): CitePlace => {
    const target = { kind: "gdpr-recital" as const, recital, paragraph };
    return { en: targetLabel(target, "en"), nb: targetLabel(target, "nb"), href: targetPath(target) };
  };
  const places: Record<string, CitePlace> = {};
  if (paragraphs > 1) for (let p = 1; p <= paragraphs; p++) places[recitalParagraphAnchor(p)] = place(p);
  return { whole: place(), places };
}

/** A section of an instrument held under content/statutes/, in its own name ("kameraovervåkingsforskriften § 6 andre ledd"). */
/** A section of any instrument and its places, in a language its text is held in (the Act's English text has its own pages). */
export function statuteSectionCite(s: StatuteSection, manySections = false, lang: Lang = "nb"): { whole: CitePlace; places: Record<string, CitePlace> } {
  const loc = { statute: s.key, section: s.id };
  const href = statuteSectionPath(s.key, s.id, lang);
  return {
    whole: { en: citation(loc, "en"), nb: citation(loc, "nb"), href },
    places: statutePlaces(loc, sectionText(s, lang).subsections, href, manySections ? sectionPrefix(s.id) : ""),
  };
}

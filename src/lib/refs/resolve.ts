// What the cross-reference engine does with a recognised reference: check that it exists, name
// it, find its page and anchor, and say which document it belongs to. Pure, given a registry.
import { anchorId, type Lang } from "../citation";
import { paths } from "../urls";
import type { Ref } from "./recognise";
import { romanNumeral } from "./recognise";
import { instrument } from "../statute/instruments";
import { missing, type Registry, sectionIds, statuteSections } from "./registry";
import { formatTarget, isStatuteTarget, statuteContentsPath, statuteSectionPath, type Target, targetLabel, targetPath } from "./targets";

/** The anchor of a GDPR chapter on /gdpr/: "chapter-vii". */
export function gdprChapterAnchor(chapter: number): string {
  return `chapter-${romanNumeral(chapter).toLowerCase()}`;
}

/** The anchor of a section of a GDPR chapter on /gdpr/: "chapter-iv-section-2". */
export function gdprSectionAnchor(chapter: number, section: number): string {
  return `${gdprChapterAnchor(chapter)}-section-${section}`;
}

/** "pda:9(2)", "gdpr:9(2)(a)"; chapters as "pda-chapter:6", "penal-chapter:24" and "gdpr-chapter:VII" (not citation targets). */
export function refName(ref: Ref): string {
  if (ref.kind !== "chapter") return formatTarget(ref);
  return ref.of === "gdpr" ? `gdpr-chapter:${romanNumeral(ref.chapter)}` : `${ref.of}-chapter:${ref.chapter}`;
}

/** How a reference reads in full: "Personal Data Act section 7", "personvernforordningen kapittel VI". */
export function refLabel(ref: Ref, lang: Lang): string {
  if (ref.kind !== "chapter") return targetLabel(ref, lang);
  if (ref.of === "gdpr") return lang === "en" ? `GDPR Chapter ${romanNumeral(ref.chapter)}` : `personvernforordningen kapittel ${romanNumeral(ref.chapter)}`;
  const name = instrument(ref.of).name;
  return lang === "en" ? `${name.en} chapter ${ref.chapter}` : `${name.nb} kapittel ${ref.chapter}`;
}

/** Why a reference does not exist, or undefined if it does. */
export function refProblem(ref: Ref, reg: Registry): string | undefined {
  if (ref.kind !== "chapter") return missing(ref, reg);
  const known = reg.chapters?.[ref.of];
  if (known && !known.has(ref.chapter)) return `${refName(ref)}: no such chapter`;
  return undefined;
}

/**
 * Whether a recognised reference becomes a link. A place that does not exist is an error
 * (a typo in a statute the site holds whole), except in an instrument the site holds only in
 * part or not yet: "forvaltningsloven § 13" stays plain text. Instruments the site does not
 * know at all are never recognised (see the README, "Citing").
 */
export function shouldLink(ref: Ref, reg: Registry): boolean {
  if (ref.kind === "chapter") return chapterLinks(ref, reg);
  if (!isStatuteTarget(ref)) return true;
  if (statuteSections(reg, ref.kind).has(ref.section)) return true;
  const held = statuteSections(reg, ref.kind).size > 0;
  return held && !instrument(ref.kind).extract;
}

/**
 * A chapter of an instrument becomes a link where the site numbers that instrument's chapters (its
 * facts title them): a chapter it holds, or one of an instrument it holds whole (where a chapter it
 * does not know is an error). Elsewhere ("chapter 9 of the Working Environment Act", whose extract
 * keeps its chapter as printed) it stays plain text. The GDPR's chapters are always linked.
 */
function chapterLinks(ref: Ref & { kind: "chapter" }, reg: Registry): boolean {
  if (ref.of === "gdpr" || !reg.chapters) return true;
  const known = reg.chapters[ref.of];
  if (!known?.size) return false;
  return known.has(ref.chapter) || !instrument(ref.of).extract;
}

/** The site path of a reference (without the base path), in the language of the text that cites it. */
export function refPath(ref: Ref, lang: Lang, reg: Registry): string {
  if (ref.kind === "chapter") {
    return ref.of === "gdpr" ? `${paths.gdprIndex()}#${gdprChapterAnchor(ref.chapter)}` : `${statuteContentsPath(ref.of, lang)}#chapter-${ref.chapter}`;
  }
  if (isStatuteTarget(ref)) return statuteSectionPath(ref.kind, ref.section, lang) + (ref.subsection ? `#${anchorId(ref.subsection, ref.letter)}` : "");
  return targetPath(ref, (id) => reg.decisions.get(id));
}

/** The document a target belongs to, as the "Cited by" index files it: "pda:9", "gdpr:9", "penal:205", "decision:<id>". */
export function documentOf(t: Target): string {
  if (isStatuteTarget(t)) return `${t.kind}:${t.section}`;
  switch (t.kind) {
    case "gdpr":
      return `gdpr:${t.article}`;
    case "gdpr-recital":
      return `gdpr-recital:${t.recital}`;
    default:
      return formatTarget(t);
  }
}

/** The id the first link to a target gets in guides and decisions, so that "Cited by" can point at it. */
export function citeId(t: Target): string {
  return `cite-${formatTarget(t)
    .replace(/[:()]+/g, "-")
    .replace(/-+$/, "")}`;
}

/**
 * The places strictly between the two ends of a range ("sections 27 to 29" → 28; "(c) to (f)"
 * → d, e), as far as the registry knows them. Ends of different kinds or levels give nothing.
 */
export function between(from: Ref, to: Ref, reg: Registry): Ref[] {
  if (from.kind === "chapter" && to.kind === "chapter" && from.of === to.of) {
    const out: Ref[] = [];
    for (let n = from.chapter + 1; n < to.chapter; n++) out.push({ ...from, chapter: n });
    return out;
  }
  if (isStatuteTarget(from) && to.kind === from.kind) {
    if (from.subsection === undefined && to.subsection === undefined) {
      const ids = sectionIds(reg, from.kind);
      const [i, j] = [ids.indexOf(from.section), ids.indexOf(to.section)];
      return i < 0 || j < 0 ? [] : ids.slice(i + 1, j).map((section) => ({ kind: from.kind, section }));
    }
    if (from.section === to.section && from.subsection === to.subsection && from.letter && to.letter) {
      const letters = statuteSections(reg, from.kind).get(from.section)?.shape[from.subsection! - 1] ?? [];
      const [i, j] = [letters.indexOf(from.letter), letters.indexOf(to.letter)];
      return i < 0 || j < 0 ? [] : letters.slice(i + 1, j).map((letter) => ({ ...from, letter }));
    }
    if (from.section === to.section && from.subsection && to.subsection && !from.letter && !to.letter) {
      const out: Ref[] = [];
      for (let n = from.subsection + 1; n < to.subsection; n++) out.push({ ...from, subsection: n });
      return out;
    }
    return [];
  }
  if (from.kind === "gdpr" && to.kind === "gdpr") {
    const out: Ref[] = [];
    if (from.paragraph === undefined && to.paragraph === undefined) {
      for (let n = from.article + 1; n < to.article; n++) out.push({ kind: "gdpr", article: n });
    } else if (from.article === to.article && from.paragraph === to.paragraph && from.point && to.point) {
      const points = reg.gdpr.get(from.article)?.get(from.paragraph!) ?? [];
      const [i, j] = [points.indexOf(from.point), points.indexOf(to.point)];
      if (i >= 0 && j >= 0) for (const point of points.slice(i + 1, j)) out.push({ ...from, point });
    } else if (from.article === to.article && from.paragraph && to.paragraph && !from.point && !to.point) {
      for (let n = from.paragraph + 1; n < to.paragraph; n++) out.push({ ...from, paragraph: n });
    }
    return out;
  }
  return [];
}

// What a section page of an instrument says about itself, apart from its text: the words that
// differ between instruments while the page stays the same (layouts/StatuteSection.astro). The
// regulations take the defaults the layout sets; the Penal Code's pages, English first, set theirs
// in lib/penal/page.ts.
import { ui } from "../../i18n";
import { citation, type Lang } from "../citation";
import type { Crumb } from "../nav";
import { paths } from "../urls";
import { statuteSectionPath } from "../refs/targets";
import { type Instrument, instrumentDate, lovdataSection, slugIn } from "./instruments";
import type { Chapter, Statute, StatuteSection } from "./model";

/** The name of an instrument's data file: its slug, or the name its registry entry gives (the Act's "act"). */
export const dataName = (inst: Instrument): string => inst.dataName ?? inst.slug;

/** Where an instrument's data file is: /data/<name>.json. */
export const dataPath = (inst: Instrument): string => paths.instrumentData(dataName(inst));

export interface SectionPage {
  /** The language the page speaks first: its heading's "Section 205." or "§ 6.", and the cite panel's order. */
  lang: Lang;
  title: string;
  /** The line above the title on the page's link-preview card (og:image). */
  ogKicker: string;
  description: string;
  breadcrumbs: Crumb[];
  /** The search index's filters and result line, and the instrument's name where the page's text and heading do not give it. */
  search: { filters: Record<string, string>; meta: Record<string, string>; instrument?: string };
  /** What a printout's footer says the text is and as of when. */
  provenance?: { asOf: string; source: string };
}

/**
 * A chapter's heading in a language: "Kapittel 21. Vern av informasjon og informasjonsutveksling",
 * "Chapter 1. General provisions"; a chapter kept as printed reads as printed. In Norwegian it is
 * the heading as printed, which is what the data files give.
 */
export const chapterHeading = (c: Chapter, lang: Lang): string =>
  c.number ? `${ui(lang).statute.chapter} ${c.number}. ${c.title?.[lang] ?? c.title?.nb}` : (c.title?.nb ?? "");

/** What a printout of an instrument's text in `lang` names as the text's date and source (its footer, under the URL). */
export function printProvenance(statute: Statute, lang: Lang): { asOf: string; source: string } {
  const [inst, m] = [statute.instrument, statute.meta];
  return {
    asOf: m.textAsOf,
    source: lang === "en" && m.translation ? `${m.translation.providedBy} ${inst.identifier}, Lovdata.` : `${inst.identifier}, Lovdata (NLOD 2.0).`,
  };
}

/** The page with an instrument held in two languages side by side. */
export const parallelPath = (inst: Instrument): string => `${paths.instrument(inst.slug)}parallel/`;

/**
 * A section's Legislation JSON-LD (schema.org), the same for every instrument: the section in the
 * language of its page, what it is part of (the instrument's contents page on the site), its dates,
 * and, where the site holds it in two languages, the page in the other.
 */
export function sectionJsonLd(statute: Statute, s: StatuteSection, lang: Lang, absolute: (path: string) => string) {
  const inst = statute.instrument;
  const m = statute.meta;
  const other: Lang = lang === "en" ? "nb" : "en";
  const loc = { statute: s.key, section: s.id };
  const kind = inst.type === "lov" ? { en: "Act", nb: "Lov" } : { en: "Regulation", nb: "Forskrift" };
  const page = (l: Lang) => ({ "@type": "Legislation", inLanguage: l, url: absolute(statuteSectionPath(s.key, s.id, l)) });
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    name: `${citation(loc, lang)}: ${s.data.heading[lang] ?? s.data.heading.nb}`,
    alternateName: citation(loc, other),
    legislationIdentifier: `${inst.identifier} § ${s.label}`,
    legislationDate: instrumentDate(inst),
    legislationLegalForce: s.data.repealed ? "NotInForce" : "InForce",
    legislationType: kind[lang],
    inLanguage: lang,
    url: absolute(statuteSectionPath(s.key, s.id, lang)),
    sameAs: lovdataSection(inst, s.id),
    dateModified: m.textAsOf,
    // The translation names the consolidation it translates.
    ...(lang === "en" && m.translation && m.lastAmendedBy ? { legislationConsolidates: m.lastAmendedBy } : {}),
    isPartOf: {
      "@type": "Legislation",
      name: inst.title[lang],
      legislationIdentifier: inst.identifier,
      legislationDate: instrumentDate(inst),
      url: absolute(paths.instrument(slugIn(inst, lang))),
    },
    ...(statute.languages.includes(other) ? (lang === "en" ? { translationOfWork: page("nb") } : { workTranslation: page("en") }) : {}),
  };
}

// What a section page of an instrument says about itself, apart from its text: the words that
// differ between instruments while the page stays the same (layouts/StatuteSection.astro). The
// regulations take the defaults the layout sets; the Penal Code's pages, English first, set theirs
// in lib/penal/page.ts.
import type { Lang } from "../citation";
import { paths } from "../urls";
import type { Instrument } from "./instruments";

/** Where an instrument's data file is: /data/<slug>.json, the Act's /data/act.json (its address from before the shared model). */
export const dataPath = (inst: Instrument): string => (inst.key === "pda" ? paths.actData() : paths.instrumentData(inst.slug));

/** The URL slug of an instrument's pages in a language: its Norwegian pages have their own where the site holds a translation too (/personopplysningsloven/). */
export const slugIn = (inst: Instrument, lang: Lang): string => (lang === "nb" && inst.nbSlug ? inst.nbSlug : inst.slug);

export interface SectionPage {
  /** The language the page speaks first: its heading's "Section 205." or "§ 6.", and the cite panel's order. */
  lang: Lang;
  title: string;
  /** The line above the title on the page's link-preview card (og:image). */
  ogKicker: string;
  description: string;
  breadcrumbs: { label: string; path?: string }[];
  /** The search index's filters and result line. */
  search: { filters: Record<string, string>; meta: Record<string, string> };
  /** What a printout's footer says the text is and as of when. */
  provenance?: { asOf: string; source: string };
}

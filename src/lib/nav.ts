// The main navigation: only parts of the site that exist. Labels come from the interface
// strings (src/i18n/), so the menu speaks the reader's interface language.
import type { UiStrings } from "../i18n";
import type { Lang } from "./citation";
import { statuteContentsPath } from "./refs/targets";
import { INSTRUMENTS } from "./statute/instruments";
import { paths } from "./urls";

/** A step of a page's breadcrumb trail: the page's own words, or a pick from the interface tables (shown in the reader's interface language). */
export interface Crumb {
  label: string | ((t: UiStrings) => string);
  path?: string;
}

export interface NavItem {
  label: (t: UiStrings) => string;
  path: string;
  /** Site paths that count as this part of the site, for aria-current. */
  prefixes: string[];
  /** Shown in this interface language only: the Act comes first in the reader's language, the other text second. */
  only?: Lang;
  /** The language of the label's words where it is not the interface's ("Norsk tekst" in the English interface). */
  wordsLang?: Lang;
}

const actEn = { path: statuteContentsPath("pda", "en"), prefixes: ["/personal-data-act/"] };
const actNb = { path: statuteContentsPath("pda", "nb"), prefixes: ["/personopplysningsloven/"] };

export const nav: NavItem[] = [
  { ...actEn, label: (t) => t.nav.act, only: "en" },
  { ...actNb, label: (t) => t.nav.actOther, only: "en", wordsLang: "nb" },
  { ...actNb, label: (t) => t.nav.act, only: "nb" },
  { ...actEn, label: (t) => t.nav.actOther, only: "nb", wordsLang: "en" },
  { label: (t) => t.nav.gdpr, path: paths.gdprIndex(), prefixes: ["/gdpr/"] },
  { label: (t) => t.nav.decisions, path: paths.decisionsIndex(), prefixes: ["/decisions/"] },
  { label: (t) => t.nav.fines, path: paths.fines(), prefixes: ["/fines/"] },
  { label: (t) => t.nav.penal, path: paths.penalCodeIndex(), prefixes: ["/penal-code/"] },
  {
    label: (t) => t.nav.legislation,
    path: paths.legislation(),
    prefixes: ["/legislation/", ...INSTRUMENTS.filter((i) => i.key !== "pda" && i.key !== "penal").map((i) => `/${i.slug}/`)],
  },
  { label: (t) => t.nav.guides, path: paths.guidesIndex(), prefixes: ["/guides/"] },
  { label: (t) => t.nav.glossary, path: paths.glossary(), prefixes: ["/glossary/"] },
  { label: (t) => t.nav.tools, path: paths.toolsIndex(), prefixes: ["/tools/"] },
];

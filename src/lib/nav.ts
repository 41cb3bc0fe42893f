// The main navigation: only parts of the site that exist. Labels come from the interface
// strings (src/i18n/), so the menu speaks the reader's interface language.
import type { UiStrings } from "../i18n";
import { INSTRUMENTS } from "./statute/instruments";
import { paths } from "./urls";

export interface NavItem {
  label: (t: UiStrings) => string;
  path: string;
  /** Site paths that count as this part of the site, for aria-current. */
  prefixes: string[];
}

export const nav: NavItem[] = [
  { label: (t) => t.nav.act, path: paths.actContents("en"), prefixes: ["/personal-data-act/"] },
  { label: (t) => t.nav.actNb, path: paths.actContents("nb"), prefixes: ["/personopplysningsloven/"] },
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

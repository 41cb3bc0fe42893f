// The main navigation: only parts of the site that exist.
import { paths } from "./urls";

export interface NavItem {
  label: string;
  path: string;
  /** Site paths that count as this part of the site, for aria-current. */
  prefixes: string[];
}

export const nav: NavItem[] = [
  { label: "Personal Data Act", path: paths.actContents("en"), prefixes: ["/personal-data-act/"] },
  { label: "Norsk tekst", path: paths.actContents("nb"), prefixes: ["/personopplysningsloven/"] },
  { label: "Decisions", path: paths.decisionsIndex(), prefixes: ["/decisions/"] },
  { label: "Fines", path: paths.fines(), prefixes: ["/fines/"] },
  { label: "Penal Code", path: paths.penalCodeIndex(), prefixes: ["/penal-code/"] },
  { label: "Guides", path: paths.guidesIndex(), prefixes: ["/guides/"] },
  { label: "Glossary", path: paths.glossary(), prefixes: ["/glossary/"] },
  { label: "Tools", path: paths.toolsIndex(), prefixes: ["/tools/"] },
  { label: "GDPR", path: paths.gdprIndex(), prefixes: ["/gdpr/"] },
];

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
  { label: "GDPR", path: paths.gdprIndex(), prefixes: ["/gdpr/"] },
];

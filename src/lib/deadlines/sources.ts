// What the deadline calculators rest on. Provisions of the Personal Data Act and the GDPR are cited
// with citation targets (they have pages on this site); other Acts link to Lovdata, or to the page
// the wording was read on where Lovdata's own text of that provision was not available to us.
//
// Where each rule was read:
// - forvaltningsloven §§ 29 and 30: Lovdata's public data export of LOV-1967-02-10 (last amended with
//   effect from 1 January 2026), which also notes that the Act is repealed by lov 20. juni 2025 nr. 81
//   from a date the King decides.
// - domstolloven § 148 second subsection and § 149 first subsection: quoted on advokat-teigstad.no
//   (on straffeloven § 13) and in a public code repository quoting Lovdata; the wording agrees.
// - helligdagsfredloven § 2: rettsdata.no's text of lov 24. februar 1995 nr. 12.
// - lov om 1. og 17. mai som høgtidsdager § 1: arbeidstilsynet.no's text of the Act.

import { parseTarget, targetPath } from "../refs/targets";
import { url } from "../urls";

export interface DeadlineSource {
  /** How the source is named on the page. */
  label: string;
  /** A citation target on this site ("gdpr:33(1)"). */
  target?: string;
  /** Or an address elsewhere. */
  href?: string;
}

export const sources = {
  gdpr33: { label: "GDPR Article 33(1)", target: "gdpr:33(1)" },
  pda1: { label: "Personal Data Act section 1", target: "pda:1" },
  pda22: { label: "Personal Data Act section 22 second subsection", target: "pda:22(2)" },
  pda27: { label: "Personal Data Act section 27 first subsection", target: "pda:27(1)" },
  pda28: { label: "Personal Data Act section 28", target: "pda:28" },
  fvl29: { label: "Public Administration Act (forvaltningsloven) § 29", href: "https://lovdata.no/lov/1967-02-10/§29" },
  fvl30: { label: "Public Administration Act (forvaltningsloven) § 30", href: "https://lovdata.no/lov/1967-02-10/§30" },
  fvl31: { label: "Public Administration Act (forvaltningsloven) § 31", href: "https://lovdata.no/lov/1967-02-10/§31" },
  dl148: { label: "Courts of Justice Act (domstolloven) § 148", href: "https://lovdata.no/lov/1915-08-13-5/§148" },
  dl149: { label: "Courts of Justice Act (domstolloven) § 149", href: "https://lovdata.no/lov/1915-08-13-5/§149" },
  holidays: { label: "Public Holidays Act (lov om helligdager og helligdagsfred) § 2", href: "https://lovdata.no/lov/1995-02-24-12/§2" },
  mayDays: { label: "Act on 1 and 17 May as public holidays, § 1", href: "https://www.arbeidstilsynet.no/regelverk/lover/lov-om-1-og-17-mai/1/" },
} satisfies Record<string, DeadlineSource>;

/** Where a source's link goes: its page on this site, or the address elsewhere. */
export function sourceHref(source: DeadlineSource): string {
  return source.target ? url(targetPath(parseTarget(source.target))) : source.href!;
}

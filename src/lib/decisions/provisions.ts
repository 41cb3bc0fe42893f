// Provisions decisions cite, at article or section level ("gdpr:6", "pda:26",
// "kameraovervakingsforskriften:6"): their names and pages, for the feeds and their links.
import { statuteSectionPath } from "../refs/targets";
import { instrumentByPrefix, type StatuteKey } from "../statute/instruments";
import { paths } from "../urls";

/** The page of a provision, following the URL convention /<instrument slug>/<section>/. */
export function provisionPath(provision: string): string {
  const [instrument, id] = provision.split(":");
  if (instrument === "gdpr") return paths.gdprArticle(Number(id));
  const statute = instrumentByPrefix(instrument);
  return statute ? statuteSectionPath(statute.key as StatuteKey, id) : `/${instrument}/${id}/`;
}

/** "Article 6 GDPR", "section 26 of the Personal Data Act", "kameraovervåkingsforskriften § 6" (the name it is cited by). */
export function provisionName(provision: string): string {
  const [instrument, id] = provision.split(":");
  if (instrument === "gdpr") return `Article ${id} GDPR`;
  if (instrument === "pda") return `section ${id} of the Personal Data Act`;
  return `${instrumentByPrefix(instrument)?.name.nb ?? instrument} § ${id}`;
}

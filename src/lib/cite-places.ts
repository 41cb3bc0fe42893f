// The places a reader can cite on the statute pages (server side: it renders the sections).
// Each instrument's pages give CiteTools these maps of anchor id → citation and address.
import { actMeta } from "./act/meta";
import type { Section } from "./act/model";
import { renderSection } from "./act/render";
import { statutePlaces, type CitePlace } from "./cite";
import { citation, type Lang, sectionPrefix } from "./citation";
import { penalCodeMeta } from "./penal/meta";
import type { PenalProvision } from "./penal/model";
import { paths } from "./urls";

/** The date the Act's text is current to: the last amendment in force in the consolidation. */
export const actTextAsOf = actMeta.consolidatedInForce;
export const penalTextAsOf = penalCodeMeta.consolidated;

export function actSectionCite(section: Section, lang: Lang, manySections = false): { whole: CitePlace; places: Record<string, CitePlace> } {
  const loc = { statute: "pda" as const, section: section.id };
  const href = paths.section(section.id, lang);
  return {
    whole: { en: citation(loc, "en"), nb: citation(loc, "nb"), href },
    places: statutePlaces(loc, renderSection(section, lang).subsections, href, manySections ? sectionPrefix(section.id) : ""),
  };
}

export function penalProvisionCite(p: PenalProvision): { whole: CitePlace; places: Record<string, CitePlace> } {
  const loc = { statute: "penal-code" as const, section: p.id };
  const href = paths.penalCode(p.id);
  return { whole: { en: citation(loc, "en"), nb: citation(loc, "nb"), href }, places: statutePlaces(loc, p.text.subsections, href) };
}

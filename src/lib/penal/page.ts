// How a Penal Code provision's page reads: in English first, under "Penal Code" rather than
// "Legislation", with its penalty frame in the description (see lib/statute/page.ts).
import { citation } from "../citation";
import type { SectionPage } from "../statute/page";
import { paths } from "../urls";
import { formatFrame, type PenalProvision } from "./model";

export function penalSectionPage(p: PenalProvision): Partial<SectionPage> {
  const d = p.extension;
  return {
    lang: "en",
    title: `${citation({ statute: "penal", section: p.id }, "en")}: ${d.heading.en}`,
    ogKicker: citation({ statute: "penal", section: p.id }, "nb"),
    description: `Straffeloven § ${p.label} (${d.heading.nb}): the Norwegian text, the penalty frame (${formatFrame(d.penalty.main).toLowerCase()}) and our explanation in English. ${d.summary}`,
    breadcrumbs: [{ label: (t) => t.home, path: "/" }, { label: (t) => t.nav.penal, path: paths.penalCodeIndex() }, { label: `Section ${p.label}` }],
    search: {
      filters: { type: "Penal Code" },
      meta: { title: `Penal Code § ${p.label}: ${d.heading.nb} (${d.heading.en})`, type: "Penal Code (straffeloven)" },
    },
  };
}

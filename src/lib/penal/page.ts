// How a Penal Code provision's page reads: in English first, under "Penal Code" rather than
// "Legislation", with its penalty frame in the description (see lib/statute/page.ts).
import { citation } from "../citation";
import type { StatuteSection } from "../statute/model";
import type { SectionPage } from "../statute/page";
import { formatFrame } from "../statute/penalty";
import { paths } from "../urls";

export function penalSectionPage(p: StatuteSection): Partial<SectionPage> {
  const d = p.data;
  return {
    lang: "en",
    title: `${citation({ statute: "penal", section: p.id }, "en")}: ${d.heading.en ?? d.heading.nb}`,
    ogKicker: citation({ statute: "penal", section: p.id }, "nb"),
    description:
      `Straffeloven § ${p.label} (${d.heading.nb}): the Norwegian text${d.penalty ? `, the penalty frame (${formatFrame(d.penalty.main).toLowerCase()})` : ""} and our explanation in English. ${d.summary ?? ""}`.trimEnd(),
    breadcrumbs: [{ label: (t) => t.home, path: "/" }, { label: (t) => t.nav.penal, path: paths.penalCodeIndex() }, { label: `Section ${p.label}` }],
    search: {
      filters: { type: "Penal Code" },
      meta: { title: `Penal Code § ${p.label}: ${d.heading.nb} (${d.heading.en ?? d.heading.nb})`, type: "Penal Code (straffeloven)" },
    },
  };
}

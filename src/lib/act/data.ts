// The Act as data, for /data/act.json: chapters, sections, subsections and lettered items in
// both languages, each with its anchor and URLs. Documented in the README.
import { type Act, chapterOf } from "./model";
import { citedByData } from "../statute/data";
import { instrumentDate } from "../statute/instruments";
import { sectionText } from "../statute/model";
import { lovdata, paths } from "../urls";
import { type CitationIndex, citationIndex } from "../refs/cited-by";
import { registry } from "../refs/registry";
import { refPath } from "../refs/resolve";

export function actData(act: Act, absolute: (path: string) => string, index: CitationIndex = citationIndex()) {
  const [inst, facts] = [act.instrument, act.meta];
  const urls = (path: (lang: "en" | "nb") => string, hash = "") => ({ en: absolute(path("en")) + hash, nb: absolute(path("nb")) + hash });
  return {
    act: {
      identifier: inst.identifier,
      title: { en: inst.title.en, nb: inst.title.nb },
      date: instrumentDate(inst),
      inForce: facts.inForce,
      consolidatedTo: facts.lastAmendedBy,
      consolidatedInForce: facts.textAsOf,
      sources: {
        en: `${facts.translation!.providedBy} Published by Lovdata on ${facts.translation!.published}. ${facts.translation!.disclaimer}`,
        nb: facts.source,
      },
      url: urls((l) => paths.actContents(l)),
      lovdata: lovdata.act,
    },
    chapters: act.chapters.map((c) => ({ number: c.number, title: c.title, sections: c.sections.map((s) => s.id) })),
    sections: act.sections.map((s) => {
      const cited = index.citedBy(`pda:${s.id}`, "en");
      const en = sectionText(s, "en");
      const nb = sectionText(s, "nb");
      return {
        id: s.id,
        label: s.label,
        chapter: chapterOf(act, s).number,
        title: s.data.heading,
        url: urls((l) => paths.section(s.id, l)),
        lovdata: lovdata.section(s.id),
        amendments: s.data.amendments,
        // What the section cites (each reference once per subsection or item) and what cites it.
        references: [...new Map(index.outgoing(s.id, "en").map((o) => [`${o.target}|${o.from}`, o])).values()].map((o) => ({
          target: o.target,
          from: o.from,
          url: absolute(refPath(o.ref, "en", registry())),
        })),
        ...citedByData(cited, absolute),
        subsections: en.subsections.map((sub, i) => ({
          number: sub.number,
          anchor: sub.id,
          url: urls((l) => paths.section(s.id, l), `#${sub.id}`),
          text: { en: sub.text, nb: nb.subsections[i].text },
          items: sub.items.map((item, j) => ({
            letter: item.letter,
            anchor: item.id,
            url: urls((l) => paths.section(s.id, l), `#${item.id}`),
            text: { en: item.text, nb: nb.subsections[i].items[j].text },
          })),
        })),
      };
    }),
  };
}

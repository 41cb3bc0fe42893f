// An instrument of content/statutes/ as data, for /data/<key>.json, in the shape of /data/act.json:
// the instrument, its chapters and sections, each section's subsections and items (Norwegian only)
// with anchors and URLs, its references, what cites it, and its earlier wordings. Documented in the README.
import { type Citation, type CitationIndex, citationIndex, statuteReferences } from "../refs/cited-by";
import { registry } from "../refs/registry";
import { refName, refPath } from "../refs/resolve";
import { paths } from "../urls";
import { lovdataDocument, lovdataSection } from "./instruments";
import type { Statute } from "./model";

/**
 * What cites a section, as the data files list it. Decisions are many and have their own export
 * (decisions.json, with each one's references), so they are listed by id only; sections, guides
 * and trees come with their context.
 */
export function citedByData(cited: Citation[], absolute: (path: string) => string) {
  return {
    citedBy: cited
      .filter((c) => c.kind !== "decision")
      .map((c) => ({ target: c.target, kind: c.kind, from: c.from, title: c.title, url: absolute(c.path), context: c.excerpt?.text })),
    citedByDecisions: [...new Set(cited.filter((c) => c.kind === "decision").map((c) => c.from.replace(/^decision:/, "")))],
  };
}

export function statuteData(statute: Statute, absolute: (path: string) => string, index: CitationIndex = citationIndex()) {
  const inst = statute.instrument;
  const m = statute.meta;
  return {
    instrument: {
      key: inst.key,
      identifier: inst.identifier,
      type: inst.type,
      title: { nb: inst.title.nb, en: inst.title.en },
      name: inst.name,
      extract: inst.extract,
      holds: m.holds,
      textAsOf: m.textAsOf,
      lastAmendedBy: m.lastAmendedBy ?? null,
      inForce: m.inForce,
      basis: m.basis ?? null,
      source: m.source,
      caveats: m.caveats,
      languages: statute.languages,
      url: absolute(paths.instrument(inst.slug)),
      lovdata: lovdataDocument(inst),
    },
    chapters: statute.chapters.map((c) => ({ title: c.title?.nb ?? null, sections: c.sections.map((s) => s.id) })),
    sections: statute.sections.map((s) => {
      const cited = index.citedBy(`${inst.key}:${s.id}`);
      const refs = s.data.repealed ? [] : statuteReferences(s.body, "nb", s.file, { statute: inst.key as never, section: s.id }, registry());
      return {
        id: s.id,
        label: s.label,
        chapter: s.data.chapter ?? null,
        title: { nb: s.data.heading.nb, en: s.data.heading.en ?? null },
        repealed: !!s.data.repealed,
        url: absolute(s.path),
        lovdata: lovdataSection(inst, s.id),
        amendmentNotes: s.data.amendmentNotes,
        references: [...new Map(refs.map((r) => [`${refName(r.ref)}|${r.place}`, r])).values()].map((r) => ({
          target: refName(r.ref),
          from: r.place,
          url: absolute(refPath(r.ref, "nb", registry())),
        })),
        ...citedByData(cited, absolute),
        versions: s.data.versions.map((v) => ({
          from: v.from ?? null,
          until: v.until,
          replacedBy: v.replacedBy,
          text: v.text,
          source: v.source,
          caveat: v.caveat ?? null,
        })),
        formerRules: s.data.formerRules,
        subsections: s.text.subsections.map((sub) => ({
          number: sub.number,
          anchor: sub.id,
          url: absolute(s.path) + `#${sub.id}`,
          text: { nb: sub.text },
          items: sub.items.map((item) => ({ letter: item.letter, anchor: item.id, url: absolute(s.path) + `#${item.id}`, text: { nb: item.text } })),
        })),
      };
    }),
  };
}

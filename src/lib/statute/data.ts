// An instrument as data, for /data/<slug>.json: the instrument, its chapters and sections, each
// section's subsections and items with anchors and URLs, its references, what cites it, and its
// earlier wordings. An instrument held in Norwegian only (statuteData) has each text once; one held
// in two languages (translatedStatuteData: the Act, /data/act.json) has every text and URL in both,
// in the shape act.json was published in. Documented in the README.
import { type Citation, type CitationIndex, citationIndex } from "../refs/cited-by";
import { registry } from "../refs/registry";
import { refPath } from "../refs/resolve";
import { statuteContentsPath, statuteSectionPath } from "../refs/targets";
import { paths } from "../urls";
import { instrumentDate, lovdataDocument, lovdataSection } from "./instruments";
import type { Lang } from "../citation";
import { sectionText, type Statute, type StatuteSection } from "./model";
import type { RenderedStatute } from "./render";
import { chapterHeading } from "./page";

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

/** A section's earlier wordings (Norwegian, as their sources give them), newest first. */
const versionsData = (s: StatuteSection) =>
  s.data.versions.map((v) => ({
    from: v.from ?? null,
    until: v.until,
    replacedBy: v.replacedBy,
    text: v.text,
    source: v.source,
    caveat: v.caveat ?? null,
  }));

const chapterOf = (statute: Statute, s: StatuteSection) => statute.chapters.find((c) => c.sections.includes(s))!;

/**
 * What a section cites (as the index found it in its text in `lang`, each reference once per subsection
 * or item), what cites it (in `citedIn`, every language if not given) and its earlier wordings: the same
 * for every instrument, read in English where the site holds the instrument in two languages.
 */
function linksData(statute: Statute, s: StatuteSection, absolute: (path: string) => string, index: CitationIndex, lang: Lang, citedIn?: Lang) {
  const document = `${statute.key}:${s.id}`;
  const refs = s.data.repealed ? [] : index.outgoing(document, lang);
  return {
    references: [...new Map(refs.map((o) => [`${o.target}|${o.from}`, o])).values()].map((o) => ({
      target: o.target,
      from: o.from,
      url: absolute(refPath(o.ref, lang, registry())),
    })),
    ...citedByData(index.citedBy(document, citedIn), absolute),
    versions: versionsData(s),
  };
}

/** A section's subsections and items with their anchors, URLs (`url` of the anchor) and texts, one for each language of `langs`. */
function subsectionsData<U>(s: StatuteSection, langs: Lang[], url: (hash: string) => U) {
  const texts = langs.map((l) => sectionText(s, l));
  const inEach = (text: (t: RenderedStatute) => string) => Object.fromEntries(langs.map((l, i) => [l, text(texts[i])])) as Partial<Record<Lang, string>>;
  return texts[0].subsections.map((sub, i) => ({
    number: sub.number,
    anchor: sub.id,
    url: url(`#${sub.id}`),
    text: inEach((t) => t.subsections[i].text),
    items: sub.items.map((item, j) => ({
      letter: item.letter,
      anchor: item.id,
      url: url(`#${item.id}`),
      text: inEach((t) => t.subsections[i].items[j].text),
    })),
  }));
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
    // Each chapter under its heading as printed ("Kapittel 21. Vern av informasjon og informasjonsutveksling").
    chapters: statute.chapters.map((c) => ({ title: c.title ? chapterHeading(c, "nb") : null, sections: c.sections.map((s) => s.id) })),
    sections: statute.sections.map((s) => {
      const { references, citedBy, citedByDecisions, versions } = linksData(statute, s, absolute, index, "nb");
      return {
        id: s.id,
        label: s.label,
        chapter: s.data.chapter === undefined ? null : chapterHeading(chapterOf(statute, s), "nb"),
        title: { nb: s.data.heading.nb, en: s.data.heading.en ?? null },
        repealed: !!s.data.repealed,
        url: absolute(s.path),
        lovdata: lovdataSection(inst, s.id),
        amendmentNotes: s.data.amendmentNotes,
        references,
        citedBy,
        citedByDecisions,
        versions,
        formerRules: s.data.formerRules,
        subsections: subsectionsData(s, ["nb"], (hash) => absolute(s.path) + hash),
      };
    }),
  };
}

/** An instrument held in two languages (the Act), every text and URL in both, in the shape of /data/act.json (its instrument under `act`). */
export function translatedStatuteData(statute: Statute, absolute: (path: string) => string, index: CitationIndex = citationIndex()) {
  const [inst, facts] = [statute.instrument, statute.meta];
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
      url: urls((l) => statuteContentsPath(statute.key, l)),
      lovdata: lovdataDocument(inst),
    },
    chapters: statute.chapters.map((c) => ({ number: c.number, title: c.title && { en: c.title.en, nb: c.title.nb }, sections: c.sections.map((s) => s.id) })),
    sections: statute.sections.map((s) => ({
      id: s.id,
      label: s.label,
      chapter: chapterOf(statute, s).number,
      title: { en: s.data.heading.en, nb: s.data.heading.nb },
      url: urls((l) => statuteSectionPath(statute.key, s.id, l)),
      lovdata: lovdataSection(inst, s.id),
      amendments: s.data.amendments,
      ...linksData(statute, s, absolute, index, "en", "en"),
      subsections: subsectionsData(s, ["en", "nb"], (hash) => urls((l) => statuteSectionPath(statute.key, s.id, l), hash)),
    })),
  };
}

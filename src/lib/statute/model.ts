// The statutory instruments held under content/statutes/ as the pages use them: each instrument
// (its registry entry and the facts of content/statutes/<key>/instrument.yaml) with its sections
// in statute order, each rendered with subsection and item anchors and its references linked.
// Every rule that spans files is checked (a folder that is not in the registry, a section id that
// is not the file name or not of the instrument's form, an instrument without sections or without
// instrument.yaml, a translation without its section or a section without its translation, a
// chapter the facts do not title or out of order), and so are the optional parts any section may
// carry (a penalty frame against the text, a "see" list against the registry). Pure: it takes the
// entries, so it can be tested without Astro.
import type { StatuteInstrumentData, StatuteSectionData, StatuteTranslationData } from "../../schemas/statute";
import { checkTargets } from "../content/check-targets";
import { ContentError, type EntryLike } from "../content/errors";
import { type Lang, sectionLabel } from "../citation";
import { renderMarkdown } from "../markdown";
import { linkReferences } from "../refs/link";
import { type Registry, registry as projectRegistry } from "../refs/registry";
import { statuteSectionPath } from "../refs/targets";
import { compareSections, type Instrument, INSTRUMENTS, instrument, isStatuteKey, sectionFits, type StatuteKey } from "./instruments";
import { checkPenalty } from "./penalty";
import { type RenderedStatute, type RenderOptions, renderStatute } from "./render";

/** A section of any instrument the site holds (what some add, such as a penalty frame, is in its optional fields of `data`). */
export interface StatuteSection {
  key: StatuteKey;
  /** "6", "9-1", "12a" */
  id: string;
  /** "9-1", "12 a": as printed after "§". */
  label: string;
  data: StatuteSectionData;
  file: string;
  /** The Markdown of the Norwegian text (empty for a repealed section). */
  body: string;
  /** Site path of its page. */
  path: string;
  /** The Norwegian text with anchors and links; empty for a repealed section. */
  text: RenderedStatute;
  /** Our explanation rendered, if there is one. */
  explanationHtml?: string;
  /** How it meets the Act and the GDPR, rendered, if the section says. */
  relationHtml?: string;
  formerRules: { data: StatuteSectionData["formerRules"][number]; text: RenderedStatute }[];
  /** The English translation, where the site holds one (the Act): its Markdown, file and rendered text, aligned ledd to ledd with the Norwegian. */
  en?: Translation;
}

/**
 * A chapter: where the instrument's facts number and title its chapters (the Act's, the Penal
 * Code's), its number and its title in Norwegian and English; else its heading as printed (`title.nb`).
 */
export interface Chapter {
  number?: number;
  title?: { nb: string; en?: string };
  sections: StatuteSection[];
}

export interface Translation {
  body: string;
  file: string;
  text: RenderedStatute;
}

export interface Statute {
  key: StatuteKey;
  instrument: Instrument;
  meta: StatuteInstrumentData;
  file: string;
  /** The languages the site holds the text in: Norwegian always, English where it has a translation of every section. */
  languages: Lang[];
  sections: StatuteSection[];
  /** The chapters the sections stand under, in order, where the source keeps them. */
  chapters: Chapter[];
}

/** How a page that holds a text again renders it: ids prefixed ("section-16-"), or none set, footnotes of its own. */
export type TextOptions = Pick<RenderOptions, "prefix" | "mark" | "footnoteHeading" | "footnotePrefix">;

/** Renders the text of a section of `key` (Norwegian unless `lang` says otherwise), its references linked (see lib/refs/link.ts). */
export function renderStatuteText(
  body: string,
  key: StatuteKey,
  section: string,
  source: string,
  reg?: Registry,
  { lang = "nb", prefix = "", ...options }: TextOptions & { lang?: Lang } = {},
): RenderedStatute {
  return renderStatute(body, {
    ...options,
    lang,
    source,
    prefix,
    rehypePlugins: reg ? [() => (tree) => void linkReferences(tree, { lang, statute: key, section }, { registry: reg, source, prefix })] : [],
  });
}

const rerendered = new Map<string, RenderedStatute>();

/**
 * A section's text in one of the languages it is held in, as a page needs it: the text the model
 * rendered, or, with options (a page holding many sections, a second copy of the text), rendered
 * again once for those options.
 */
export function sectionText(s: StatuteSection, lang: Lang = "nb", options: TextOptions = {}): RenderedStatute {
  const held = lang === "nb" ? s : s.en;
  if (!held) throw new Error(`${s.file}: ${s.key} § ${s.label} has no ${lang} text`);
  if (Object.values(options).every((v) => v === undefined)) return held.text;
  const cacheKey = JSON.stringify([s.key, s.id, lang, options.prefix, options.mark, options.footnoteHeading, options.footnotePrefix]);
  let text = rerendered.get(cacheKey);
  if (!text) rerendered.set(cacheKey, (text = renderStatuteText(held.body, s.key, s.id, held.file, projectRegistry(), { ...options, lang })));
  return text;
}

/** One section in the shared shape, its text rendered and checked (a repealed section has no text, any other has). */
export function statuteSection(
  key: StatuteKey,
  d: StatuteSectionData,
  body: string,
  file: string,
  reg: Registry | undefined,
  translation?: { body: string; file: string },
): StatuteSection {
  if (d.repealed && body.trim()) throw new ContentError(file, "repealed", true, "a repealed section has no text");
  if (!d.repealed && !body.trim()) throw new ContentError(file, "(body)", "", "the section has no text");
  if (translation && !translation.body.trim()) throw new ContentError(translation.file, "(body)", "", "the section has no text");
  const text = renderStatuteText(body, key, d.section, file, reg);
  const en = translation && { ...translation, text: renderStatuteText(translation.body, key, d.section, translation.file, reg, { lang: "en" }) };
  if (en) checkAligned(text, en.text, file);
  if (d.penalty) checkPenalty(file, text, d.penalty);
  if (reg) checkTargets(file, "see", d.see, reg);
  return {
    key,
    id: d.section,
    label: sectionLabel(d.section),
    data: d,
    file,
    body,
    path: statuteSectionPath(key, d.section),
    text,
    explanationHtml: d.explanation ? renderMarkdown(d.explanation, `${file}, field explanation`) : undefined,
    relationHtml: d.relation ? renderMarkdown(d.relation, `${file}, field relation`) : undefined,
    formerRules: d.formerRules.map((r, i) => ({
      data: r,
      text: renderStatute(r.text, { lang: "nb", source: `${file}, field formerRules.${i}.text`, prefix: `former-${i + 1}-` }),
    })),
    ...(en ? { en } : {}),
  };
}

/** A translation must have the same subsections and letters as the Norwegian, so that they align ledd to ledd. */
function checkAligned(nbText: RenderedStatute, enText: RenderedStatute, file: string) {
  const shape = (t: RenderedStatute) => t.subsections.map((s) => s.items.map((i) => i.letter).join(""));
  const [en, nb] = [shape(enText), shape(nbText)];
  if (JSON.stringify(en) !== JSON.stringify(nb)) {
    throw new ContentError(
      file,
      "(body)",
      nb.join("|"),
      `subsections and letters differ from the English text (${en.length} subsections "${en.join("|")}" vs ${nb.length} "${nb.join("|")}")`,
    );
  }
}

/**
 * The sections in statute order, grouped under the chapters they stand in: consecutive sections with
 * the same chapter; a chapter given by number is numbered and titled from the instrument's facts.
 */
export function statuteOf(key: StatuteKey, meta: StatuteInstrumentData, file: string, list: StatuteSection[]): Statute {
  const sections = [...list].sort((a, b) => compareSections(a.id, b.id));
  const chapters: Statute["chapters"] = [];
  let current: string | number | undefined;
  for (const s of sections) {
    const c = s.data.chapter;
    if (!chapters.length || c !== current) {
      const numbered = typeof c === "number" ? meta.chapters?.[String(c)] : undefined;
      chapters.push(
        typeof c === "number"
          ? { number: c, title: numbered && { nb: numbered.nb, en: numbered.en }, sections: [] }
          : { title: c ? { nb: c } : undefined, sections: [] },
      );
      current = c;
    }
    chapters.at(-1)!.sections.push(s);
  }
  const languages: Lang[] = sections.length && sections.every((s) => s.en) ? ["nb", "en"] : ["nb"];
  return { key, instrument: instrument(key), meta, file, languages, sections, chapters };
}

/** A section's chapter given by number must be one the instrument's facts title, and chapter numbers never go down. */
function checkChapters(sections: { id: string; data: StatuteSectionData; file: string }[], meta: StatuteInstrumentData, metaFile: string) {
  const known = Object.keys(meta.chapters ?? {});
  let previous: { id: string; data: StatuteSectionData } | undefined;
  for (const s of [...sections].sort((a, b) => compareSections(a.id, b.id))) {
    const c = s.data.chapter;
    if (typeof c === "number" && !known.includes(String(c))) {
      throw new ContentError(s.file, "chapter", c, `no such chapter in ${metaFile}, field chapters (known: ${known.join(", ") || "none"})`);
    }
    if (typeof c === "string" && known.length) {
      throw new ContentError(s.file, "chapter", c, `${metaFile} numbers this instrument's chapters: expected a chapter number (known: ${known.join(", ")})`);
    }
    const was = previous?.data.chapter;
    if (typeof c === "number" && typeof was === "number" && c < was) {
      throw new ContentError(s.file, "chapter", c, `section ${sectionLabel(s.id)} comes after section ${sectionLabel(previous!.id)} of chapter ${was}`);
    }
    previous = s;
  }
}

/** Where a file lies under content/statutes/ ("pda/12a", a translation "pda/en/12a"): its instrument folder and its name. */
function placeOf(id: string): { folder: string; name: string } {
  const parts = id.split("/");
  return { folder: parts[0], name: parts.at(-1)! };
}

/**
 * Every instrument on the shared model from its content: instrument.yaml, one file per section,
 * and, where the site holds an English translation, one per section under en/ (each section then
 * has one, aligned with the Norwegian ledd to ledd).
 */
export function buildStatutes(
  sectionEntries: EntryLike<StatuteSectionData>[],
  instrumentEntries: EntryLike<StatuteInstrumentData>[],
  reg?: Registry,
  translationEntries: EntryLike<StatuteTranslationData>[] = [],
): Statute[] {
  const metas = new Map<string, { meta: StatuteInstrumentData; file: string }>();
  for (const e of instrumentEntries) {
    const { folder } = placeOf(e.id);
    const file = e.filePath ?? `content/statutes/${folder}/instrument.yaml`;
    if (e.data.key !== folder) throw new ContentError(file, "key", e.data.key, `must equal the folder name ("${folder}")`);
    if (!isStatuteKey(folder)) {
      throw new ContentError(
        file,
        "key",
        folder,
        "not an instrument of src/lib/statute/instruments.ts held under content/statutes/ (add its registry entry first)",
      );
    }
    metas.set(folder, { meta: e.data, file });
  }
  const translations = new Map<string, { body: string; file: string; folder: string; name: string }>();
  for (const e of translationEntries) {
    const { folder, name } = placeOf(e.id);
    const file = e.filePath ?? `content/statutes/${e.id}.mdx`;
    if (e.data.section !== name) throw new ContentError(file, "section", e.data.section, `must equal the file name ("${name}")`);
    translations.set(`${folder}/${name}`, { body: e.body ?? "", file, folder, name });
  }
  // Every rule that spans files is checked on the entries before any text is rendered: rendering is
  // most of the work, and a broken file fails as fast however many sections there are.
  type Pending = { id: string; data: StatuteSectionData; body: string; file: string; translation?: { body: string; file: string } };
  const byKey = new Map<string, Pending[]>();
  for (const e of sectionEntries) {
    const { folder, name: fileId } = placeOf(e.id);
    const file = e.filePath ?? `content/statutes/${e.id}.mdx`;
    const d = e.data;
    if (!metas.has(folder)) throw new ContentError(file, "(folder)", folder, `no content/statutes/${folder}/instrument.yaml beside it`);
    const inst = instrument(folder as StatuteKey);
    if (d.section !== fileId) throw new ContentError(file, "section", d.section, `must equal the file name ("${fileId}")`);
    if (!sectionFits(inst, d.section))
      throw new ContentError(
        file,
        "section",
        d.section,
        inst.chapterNumbered ? 'this instrument numbers its sections by chapter, like "9-1"' : 'expected a section number like "6" or "12a"',
      );
    let list = byKey.get(folder);
    if (!list) byKey.set(folder, (list = []));
    if (list.some((s) => s.id === d.section)) throw new ContentError(file, "section", d.section, "duplicate section id");
    // Where the amendment history carries Lovdata's notes (the Act's), they are the section's notes.
    const data = d.amendmentNotes.length ? d : { ...d, amendmentNotes: d.amendments.flatMap((a) => (a.lovdataNote ? [a.lovdataNote] : [])) };
    const translation = translations.get(`${folder}/${d.section}`);
    translations.delete(`${folder}/${d.section}`);
    list.push({ id: d.section, data, body: e.body ?? "", file, translation: translation && { body: translation.body, file: translation.file } });
  }
  for (const { file, folder, name } of translations.values()) {
    throw new ContentError(file, "section", name, `no such section of the instrument (expected content/statutes/${folder}/${name}.mdx)`);
  }
  for (const [key, { meta, file }] of metas) {
    const pending = byKey.get(key) ?? [];
    if (!pending.length) throw new ContentError(file, "key", key, "the instrument has no sections");
    const untranslated = pending.find((s) => !s.translation);
    if (untranslated && pending.some((s) => s.translation)) {
      throw new ContentError(
        untranslated.file,
        "section",
        untranslated.id,
        `no English translation: expected content/statutes/${key}/en/${untranslated.id}.mdx`,
      );
    }
    checkChapters(pending, meta, file);
  }
  const out: Statute[] = [];
  for (const [key, { meta, file }] of metas) {
    const sections = byKey.get(key)!.map((s) => statuteSection(key as StatuteKey, s.data, s.body, s.file, reg, s.translation));
    out.push(statuteOf(key as StatuteKey, meta, file, sections));
  }
  // In the registry's order.
  const order = (k: string) => INSTRUMENTS.findIndex((i) => i.key === k);
  return out.sort((a, b) => order(a.key) - order(b.key));
}

/** The sections before and after one, in statute order. */
export function neighbours<S>(statute: { sections: readonly S[] }, s: S): { previous?: S; next?: S } {
  const i = statute.sections.indexOf(s);
  return { previous: statute.sections[i - 1], next: statute.sections[i + 1] };
}

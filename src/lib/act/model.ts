// The Personal Data Act as the pages use it: chapters and sections in order, both languages
// joined, every rule that spans files checked (unknown chapter, duplicate or missing section,
// languages out of step). Each section is a section of the shared statute model
// (lib/statute/model.ts): the Norwegian text, with the English translation beside it as `en`.
// Pure: it takes the entries, so it can be tested without Astro.
//
// The Act is a `Statute` of the shared model: its facts are content/act/instrument.yaml (lib/act/facts.ts),
// its chapters those the facts number and title in both languages (`chapters`, as the Penal Code's).
import type { ActSectionData } from "../../schemas/act";
import type { StatuteInstrumentData, StatuteVersionData } from "../../schemas/statute";
import type { Lang } from "../citation";
import type { Registry } from "../refs/registry";
import { compareSections } from "../statute/instruments";
import { type Statute, type StatuteSection, statuteOf, statuteSection, type Translation } from "../statute/model";
import { actFacts, actFactsFile } from "./facts";

export interface EntryLike<T> {
  id: string;
  data: T;
  body?: string;
  filePath?: string;
}

export interface Chapter {
  number: number;
  title: { en: string; nb: string };
  sections: Section[];
}

/** A section of the Act: a statute section held in both languages (its English translation beside it as `en`). */
export interface Section extends StatuteSection<undefined> {
  en: Translation;
}

/** The Act: a statute held in both languages, its chapters numbered and titled in both. */
export interface Act extends Statute<undefined> {
  chapters: Chapter[];
  sections: Section[];
}

/** A content error that names the file, the field and the value. */
export class ContentError extends Error {
  constructor(file: string, field: string, value: unknown, problem: string) {
    super(`${file}: field "${field}" = ${JSON.stringify(value)}: ${problem}`);
    this.name = "ContentError";
  }
}

export function buildAct(
  english: EntryLike<ActSectionData>[],
  norwegian: EntryLike<{ section: string; versions?: StatuteVersionData[] }>[],
  reg?: Registry,
  facts: StatuteInstrumentData = actFacts(),
): Act {
  const chapters = new Map<number, Chapter>();
  for (const [key, title] of Object.entries(facts.chapters ?? {})) {
    const number = Number(key);
    if (number < 1) throw new ContentError(actFactsFile, "chapters", key, "chapters are numbered from 1");
    chapters.set(number, { number, title: { en: title.en, nb: title.nb }, sections: [] });
  }

  const fileOf = (e: EntryLike<unknown>, lang: Lang) => e.filePath ?? `content/act/${lang}/${e.id}.mdx`;
  const checkId = (e: EntryLike<{ section: string }>, lang: Lang) => {
    if (e.data.section !== e.id) {
      throw new ContentError(fileOf(e, lang), "section", e.data.section, `must equal the file name ("${e.id}")`);
    }
  };

  const nbById = new Map<string, EntryLike<{ section: string; versions?: StatuteVersionData[] }>>();
  for (const e of norwegian) {
    checkId(e, "nb");
    if (nbById.has(e.data.section)) throw new ContentError(fileOf(e, "nb"), "section", e.data.section, "duplicate section id");
    nbById.set(e.data.section, e);
  }

  const sections: Section[] = [];
  const chapterOfSection = new Map<Section, Chapter>();
  const seen = new Set<string>();
  for (const e of english) {
    checkId(e, "en");
    const file = fileOf(e, "en");
    if (seen.has(e.data.section)) throw new ContentError(file, "section", e.data.section, "duplicate section id");
    seen.add(e.data.section);
    const chapter = chapters.get(e.data.chapter);
    if (!chapter) {
      throw new ContentError(file, "chapter", e.data.chapter, `no such chapter in ${actFactsFile}, field chapters (known: ${[...chapters.keys()].join(", ")})`);
    }
    const nb = nbById.get(e.data.section);
    if (!nb) throw new ContentError(file, "section", e.data.section, `no Norwegian text: expected content/act/nb/${e.data.section}.mdx`);
    if (!e.body?.trim()) throw new ContentError(file, "(body)", "", "the section has no text");
    const data = {
      section: e.data.section,
      heading: e.data.title,
      chapter: chapter.title.nb,
      amendmentNotes: e.data.amendments.map((a) => a.lovdataNote),
      amendments: e.data.amendments,
      versions: nb.data.versions ?? [],
      formerRules: [],
    };
    const section = statuteSection("pda", data, nb.body ?? "", fileOf(nb, "nb"), reg, undefined, { body: e.body, file }) as Section;
    chapterOfSection.set(section, chapter);
    sections.push(section);
  }
  for (const [id, nb] of nbById) {
    if (!seen.has(id)) throw new ContentError(fileOf(nb, "nb"), "section", id, `no English section with this id (content/act/en/${id}.mdx)`);
  }

  sections.sort((a, b) => compareSections(a.id, b.id));
  for (const s of sections) chapterOfSection.get(s)!.sections.push(s);
  const ordered = [...chapters.values()].sort((a, b) => a.number - b.number);
  // Sections must run through the chapters in order: chapter numbers never go down.
  sections.reduce((previous, s) => {
    const [was, is] = [chapterOfSection.get(previous)!.number, chapterOfSection.get(s)!.number];
    if (is < was) throw new ContentError(s.en.file, "chapter", is, `section ${s.label} comes after section ${previous.label} of chapter ${was}`);
    return s;
  });
  return { ...statuteOf("pda", facts, actFactsFile, sections), chapters: ordered.filter((c) => c.sections.length), sections };
}

/** The chapter a section stands in. */
export const chapterOf = (act: Act, section: Section): Chapter => act.chapters.find((c) => c.sections.includes(section))!;

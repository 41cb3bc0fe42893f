// The Personal Data Act as the pages use it: chapters and sections in order, both languages
// joined, every rule that spans files checked (unknown chapter, duplicate or missing section,
// languages out of step). Pure: it takes the entries, so it can be tested without Astro.
import type { ActSectionData, Amendment } from "../../schemas/act";
import type { StatuteVersionData } from "../../schemas/statute";
import { type Lang, sectionLabel } from "../citation";
import { renderStatute } from "../statute/render";

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

export interface Section {
  id: string;
  number: number;
  suffix: string;
  /** "12 a" */
  label: string;
  title: { en: string; nb: string };
  chapter: number;
  amendments: Amendment[];
  /** Earlier Norwegian wordings, newest first. */
  versions: StatuteVersionData[];
  body: Record<Lang, string>;
  file: Record<Lang, string>;
}

export interface Act {
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

function parseId(id: string): { number: number; suffix: string } {
  const m = /^(\d+)([a-z]?)$/.exec(id)!;
  return { number: Number(m[1]), suffix: m[2] };
}

const byOrder = (a: { number: number; suffix: string }, b: { number: number; suffix: string }) => a.number - b.number || a.suffix.localeCompare(b.suffix);

export function buildAct(
  chapterEntries: EntryLike<{ title: { en: string; nb: string } }>[],
  english: EntryLike<ActSectionData>[],
  norwegian: EntryLike<{ section: string; versions?: StatuteVersionData[] }>[],
): Act {
  const chapters = new Map<number, Chapter>();
  for (const c of chapterEntries) {
    const number = Number(c.id);
    if (!Number.isInteger(number) || number < 1) {
      throw new ContentError("content/act/chapters.yaml", "(key)", c.id, "chapter keys must be whole numbers");
    }
    chapters.set(number, { number, title: c.data.title, sections: [] });
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
  const seen = new Set<string>();
  for (const e of english) {
    checkId(e, "en");
    const file = fileOf(e, "en");
    if (seen.has(e.data.section)) throw new ContentError(file, "section", e.data.section, "duplicate section id");
    seen.add(e.data.section);
    const chapter = chapters.get(e.data.chapter);
    if (!chapter) {
      throw new ContentError(file, "chapter", e.data.chapter, `no such chapter in content/act/chapters.yaml (known: ${[...chapters.keys()].join(", ")})`);
    }
    const nb = nbById.get(e.data.section);
    if (!nb) throw new ContentError(file, "section", e.data.section, `no Norwegian text: expected content/act/nb/${e.data.section}.mdx`);
    if (!e.body?.trim()) throw new ContentError(file, "(body)", "", "the section has no text");
    if (!nb.body?.trim()) throw new ContentError(fileOf(nb, "nb"), "(body)", "", "the section has no text");
    const { number, suffix } = parseId(e.data.section);
    const section: Section = {
      id: e.data.section,
      number,
      suffix,
      label: sectionLabel(e.data.section),
      title: e.data.title,
      chapter: e.data.chapter,
      amendments: e.data.amendments,
      versions: nb.data.versions ?? [],
      body: { en: e.body, nb: nb.body },
      file: { en: file, nb: fileOf(nb, "nb") },
    };
    checkAligned(section);
    sections.push(section);
  }
  for (const [id, nb] of nbById) {
    if (!seen.has(id)) throw new ContentError(fileOf(nb, "nb"), "section", id, `no English section with this id (content/act/en/${id}.mdx)`);
  }

  sections.sort(byOrder);
  for (const s of sections) chapters.get(s.chapter)!.sections.push(s);
  const ordered = [...chapters.values()].sort((a, b) => a.number - b.number);
  // Sections must run through the chapters in order: chapter numbers never go down.
  sections.reduce((previous, s) => {
    if (s.chapter < previous.chapter) {
      throw new ContentError(s.file.en, "chapter", s.chapter, `section ${s.label} comes after section ${previous.label} of chapter ${previous.chapter}`);
    }
    return s;
  });
  return { chapters: ordered.filter((c) => c.sections.length), sections };
}

/** The two languages must have the same subsections and letters, so that they align ledd to ledd. */
function checkAligned(section: Section) {
  const shape = (lang: Lang) =>
    renderStatute(section.body[lang], { lang, source: section.file[lang] }).subsections.map((s) => s.items.map((i) => i.letter).join(""));
  const en = shape("en");
  const nb = shape("nb");
  if (JSON.stringify(en) !== JSON.stringify(nb)) {
    throw new ContentError(
      section.file.nb,
      "(body)",
      nb.join("|"),
      `subsections and letters differ from the English text (${en.length} subsections "${en.join("|")}" vs ${nb.length} "${nb.join("|")}")`,
    );
  }
}

export function neighbours(act: Act, section: Section): { previous?: Section; next?: Section } {
  const i = act.sections.indexOf(section);
  return { previous: act.sections[i - 1], next: act.sections[i + 1] };
}

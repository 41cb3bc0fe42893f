// Reads the verbatim Norwegian source files of ../shared/sources/ (README section 5): everything
// after the header's "---" line, one section per "## § N. Title" or "### § N. Title" heading,
// with its ledd (paragraphs), lettered or numbered items, Lovdata amendment notes and footnotes,
// and the chapter heading it stands under. Used by the importer (import-statutes.ts) and by the
// fidelity test, which compares every word of content/statutes/ with what this reads.
// The source files are already cleaned of the converter artefacts their headers list.

export interface SourceSection {
  /** "6", "9-1", "2-7b" */
  id: string;
  /** As printed after the number: "Sletting av opptak gjort ved kameraovervåking", "(klagefrist)." */
  heading: string;
  /** The chapter heading above the section in an extract ("Kapittel 9. Kontrolltiltak i virksomheten"). */
  chapter?: string;
  /** Each ledd: its text and its items ("a" or "1" and the item's text). */
  subsections: { text: string; items: { label: string; text: string }[] }[];
  /** Lovdata's amendment notes, verbatim (not statute text). */
  notes: string[];
  /** Footnotes: marker ("9-1") and text. */
  footnotes: { marker: string; text: string }[];
  /** The block (a "## " heading) the section stands in when that is not the instrument itself: history, another Act. */
  block?: string;
}

const SECTION = /^#{2,3} § (\d+(?:-\d+)?)(?: ([a-z]))?\. (.*)$/;
const ITEM = /^([a-zæøå]|\d{1,2})\. (.*)$/;
const NOTE = /^> Lovdata amendment note: (.*)$/;
const FOOTNOTE = /^\[\^([\w-]+)\]: (.*)$/;

export function parseStatuteSource(text: string): SourceSection[] {
  const start = text.indexOf("\n---\n");
  if (start < 0) throw new Error("the source has no '---' line after its header");
  const lines = text.slice(start + 5).split("\n");
  const sections: SourceSection[] = [];
  let chapter: string | undefined;
  let block: string | undefined;
  let current: SourceSection | undefined;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const heading = SECTION.exec(line);
    if (heading) {
      current = { id: heading[1] + (heading[2] ?? ""), heading: heading[3], chapter, subsections: [], notes: [], footnotes: [], block };
      sections.push(current);
      continue;
    }
    if (/^## /.test(line)) {
      // A chapter heading of the instrument, or a block of another text (history, another Act).
      const title = line.slice(3);
      if (/^Kapittel /.test(title)) chapter = title;
      else {
        block = title;
        chapter = undefined;
      }
      current = undefined;
      continue;
    }
    if (!current || !line) continue;
    const note = NOTE.exec(line);
    if (note) {
      current.notes.push(note[1]);
      continue;
    }
    const footnote = FOOTNOTE.exec(line);
    if (footnote) {
      current.footnotes.push({ marker: footnote[1], text: footnote[2] });
      continue;
    }
    const item = ITEM.exec(line);
    if (item && current.subsections.length) {
      current.subsections.at(-1)!.items.push({ label: item[1], text: item[2] });
      continue;
    }
    current.subsections.push({ text: line, items: [] });
  }
  return sections;
}

/** The words of a text, for comparing: split on white space. */
export const words = (s: string) => s.split(/\s+/).filter(Boolean);

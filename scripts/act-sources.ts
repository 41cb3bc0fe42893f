// Parsers for the two source texts of the Personal Data Act in ../shared:
// the English translation (seeds/personal-data-act-en.txt) and the Norwegian
// original (sources/personopplysningsloven-no.md). Used by the one-off import
// script and by the test that proves the content files still match the sources.

export type SourceBlock = { kind: "text"; text: string } | { kind: "items"; items: { letter: string; text: string }[] } | { kind: "elision"; text: string };

export interface SourceSection {
  id: string; // "12a"
  heading: string; // "Section 12 a" / "§ 12 a"
  title: string;
  chapter: number;
  blocks: SourceBlock[];
  footnotes: string[];
  notes: string[];
}

export interface SourceChapter {
  number: number;
  title: string;
}

export interface SourceAct {
  chapters: SourceChapter[];
  sections: SourceSection[];
}

const ELISION = /^\*?– – –\*?$/;

function sectionId(number: string, suffix: string | undefined): string {
  return `${number}${suffix ?? ""}`;
}

/** The English translation as published by Lovdata (plain text export). */
export function parseEnglishSeed(text: string): SourceAct {
  const lines = text.split(/\r?\n/);
  const act: SourceAct = { chapters: [], sections: [] };
  let current: SourceSection | undefined;
  let block: SourceBlock | undefined;

  const closeBlock = () => {
    block = undefined;
  };
  for (const line of lines) {
    const chapter = /^Chapter (\d+)\. (.+)$/.exec(line);
    const section = /^Section (\d+)(?: ([a-z]))?\.(.+)$/.exec(line);
    if (chapter) {
      act.chapters.push({ number: Number(chapter[1]), title: chapter[2].trim() });
      current = undefined;
      closeBlock();
      continue;
    }
    if (section) {
      current = {
        id: sectionId(section[1], section[2]),
        heading: `Section ${section[1]}${section[2] ? ` ${section[2]}` : ""}`,
        title: section[3].trim(),
        chapter: act.chapters.at(-1)!.number,
        blocks: [],
        footnotes: [],
        notes: [],
      };
      act.sections.push(current);
      closeBlock();
      continue;
    }
    if (!current) continue; // the header before chapter 1
    if (line.trim() === "") {
      closeBlock();
      continue;
    }
    // The export glues the footnote number to the text: "1In force from …".
    const footnote = /^(\d)([A-Z].*)$/.exec(line);
    if (footnote) {
      current.footnotes.push(footnote[2]);
      closeBlock();
      continue;
    }
    if (ELISION.test(line.trim())) {
      current.blocks.push({ kind: "elision", text: line.trim() });
      closeBlock();
      continue;
    }
    const item = /^([a-z])\.(.*)$/.exec(line);
    if (item && current.blocks.length > 0) {
      if (block?.kind !== "items") {
        block = { kind: "items", items: [] };
        current.blocks.push(block);
      }
      block.items.push({ letter: item[1], text: item[2].trim() });
      continue;
    }
    block = { kind: "text", text: line.trim() };
    current.blocks.push(block);
  }
  // The footnote marker is glued to the preceding word too: "a date1 determined".
  for (const s of act.sections) {
    s.footnotes.forEach((_, i) => {
      const marker = String(i + 1);
      for (const b of s.blocks) {
        if (b.kind === "text") b.text = b.text.replace(new RegExp(`(\\p{L})${marker} `, "u"), `$1[^${marker}] `);
      }
    });
  }
  return act;
}

/**
 * The conversion artefacts listed in sources/README.md: spaces put around former
 * hyperlinks. Exactly these are removed; nothing else is changed.
 */
export function cleanNorwegianArtefacts(text: string): { text: string; count: number } {
  let count = 0;
  const out = text
    .replace(/§ §/g, () => (count++, "§§"))
    .replace(/\( /g, () => (count++, "("))
    .replace(/ ([,.)])/g, (_, c: string) => (count++, c));
  return { text: out, count };
}

/** The Norwegian original as converted to Markdown (see the file's own header). */
export function parseNorwegianSource(markdown: string): SourceAct & { artefactsRemoved: number } {
  const body = markdown.split("\n---\n").slice(1).join("\n---\n");
  const act: SourceAct & { artefactsRemoved: number } = { chapters: [], sections: [], artefactsRemoved: 0 };
  let current: SourceSection | undefined;
  let block: SourceBlock | undefined;
  const clean = (s: string) => {
    const r = cleanNorwegianArtefacts(s);
    act.artefactsRemoved += r.count;
    return r.text;
  };
  for (const line of body.split(/\r?\n/)) {
    const chapter = /^## Kapittel (\d+)\. (.+)$/.exec(line);
    const section = /^### § (\d+)(?: ([a-z]))?\. (.+)$/.exec(line);
    if (chapter) {
      act.chapters.push({ number: Number(chapter[1]), title: chapter[2].trim() });
      current = undefined;
      block = undefined;
      continue;
    }
    if (section) {
      current = {
        id: sectionId(section[1], section[2]),
        heading: `§ ${section[1]}${section[2] ? ` ${section[2]}` : ""}`,
        title: section[3].trim(),
        chapter: act.chapters.at(-1)!.number,
        blocks: [],
        footnotes: [],
        notes: [],
      };
      act.sections.push(current);
      block = undefined;
      continue;
    }
    if (!current) continue;
    if (line.trim() === "") {
      block = undefined;
      continue;
    }
    const note = /^> Lovdata amendment note: (.+)$/.exec(line);
    if (note) {
      current.notes.push(clean(note[1]));
      continue;
    }
    const footnoteDef = /^\[\^[\w-]+\]: (.+)$/.exec(line);
    if (footnoteDef) {
      current.footnotes.push(clean(footnoteDef[1]));
      continue;
    }
    if (ELISION.test(line.trim())) {
      current.blocks.push({ kind: "elision", text: line.trim() });
      block = undefined;
      continue;
    }
    const item = /^([a-z])\. (.*)$/.exec(line);
    if (item && current.blocks.length > 0) {
      if (block?.kind !== "items") {
        block = { kind: "items", items: [] };
        current.blocks.push(block);
      }
      block.items.push({ letter: item[1], text: clean(item[2]) });
      continue;
    }
    block = { kind: "text", text: clean(line.trim()).replace(/\[\^[\w-]+\]/g, "[^1]") };
    current.blocks.push(block);
  }
  return act;
}

/** The subsection structure of a parsed section: number of subsections and the letters of each. */
export function shapeOf(blocks: SourceBlock[]): string[][] {
  const shape: string[][] = [];
  for (const b of blocks) {
    if (b.kind === "text") shape.push([]);
    if (b.kind === "items") shape.at(-1)!.push(...b.items.map((i) => i.letter));
  }
  return shape;
}

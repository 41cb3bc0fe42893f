// Proves that the Act on the site is the Act in the sources, word for word: every section,
// title, subsection, lettered item and footnote, in English and in Norwegian.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseEnglishSeed, parseNorwegianSource, type SourceAct, type SourceBlock } from "../../scripts/act-sources";
import { shared } from "./helpers/act-files";
import { builtAct } from "./helpers/built";

const rawNorwegian = readFileSync(join(shared, "sources", "personopplysningsloven-no.md"), "utf8");
const sources = {
  en: parseEnglishSeed(readFileSync(join(shared, "seeds", "personal-data-act-en.txt"), "utf8")),
  nb: parseNorwegianSource(rawNorwegian),
};
const act = builtAct();
const noMarker = (text: string) => text.replace(/\[\^\d+\]/g, "");

/** The text of a source section in the shape the renderer reports. */
function expected(blocks: SourceBlock[]) {
  const subsections: { text: string; items: string[] }[] = [];
  const elisions: string[] = [];
  for (const b of blocks) {
    if (b.kind === "text") subsections.push({ text: noMarker(b.text), items: [] });
    if (b.kind === "items") subsections.at(-1)!.items.push(...b.items.map((i) => `${i.letter}. ${i.text}`));
    if (b.kind === "elision") elisions.push(b.text.replace(/\*/g, ""));
  }
  return { subsections, elisions };
}

for (const lang of ["en", "nb"] as const) {
  const source: SourceAct = sources[lang];
  describe(`the ${lang === "en" ? "English translation" : "Norwegian original"} matches its source`, () => {
    test("the same 35 sections in the same 9 chapters, with the same titles", () => {
      expect(act.sections.map((s) => s.id)).toEqual(source.sections.map((s) => s.id));
      expect(act.sections.map((s) => s.data.chapter)).toEqual(source.sections.map((s) => s.chapter));
      expect(act.sections.map((s) => s.data.heading[lang])).toEqual(source.sections.map((s) => s.title));
      expect(act.chapters.map((c) => c.title![lang])).toEqual(source.chapters.map((c) => c.title));
    });

    test.each(source.sections.map((s) => [s.id, s] as const))("section %s, word for word", (id, src) => {
      const section = act.sections.find((s) => s.id === id)!;
      const rendered = lang === "en" ? section.en!.text : section.text;
      const want = expected(src.blocks);
      expect(rendered.subsections.map((s) => ({ text: s.text, items: s.items.map((i) => `${i.letter}. ${i.text}`) }))).toEqual(want.subsections);
      expect(rendered.subsections.flatMap((s) => (s.afterHtml ? [s.afterHtml.replace(/<[^>]+>/g, "")] : []))).toEqual(want.elisions);
      for (const note of src.footnotes) expect(rendered.footnotesHtml).toContain(note);
      expect(rendered.footnotesHtml === "").toBe(src.footnotes.length === 0);
    });
  });
}

describe("the Norwegian text differs from its source only by the conversion artefacts", () => {
  test("exactly the 34 listed spacing artefacts were removed", () => {
    expect(sources.nb.artefactsRemoved).toBe(34);
  });

  test("no letter, digit or sign was changed: the texts are identical once spaces are ignored", () => {
    const strip = (s: string) => s.replace(/\s+/g, "");
    const fromSource = rawNorwegian
      .split("\n---\n")[1]
      .split("\n")
      .filter((l) => !l.startsWith("#") && !l.startsWith("> Lovdata amendment note:"))
      .join("")
      .replace(/\[\^32-1\]:?/g, "");
    const onSite = act.sections.map((s) => s.body.replace(/^- /gm, "").replace(/\[\^1\]:?/g, "")).join("");
    expect(strip(onSite)).toBe(strip(fromSource));
  });

  test("amendment notes are Lovdata's, cleaned the same way", () => {
    const notes = act.sections.flatMap((s) => s.data.amendments.map((a) => a.lovdataNote));
    expect(notes).toEqual(sources.nb.sections.flatMap((s) => s.notes));
    expect(act.sections.find((s) => s.id === "3")!.data.amendments[0]).toMatchObject({
      by: "LOV-2021-06-18-124",
      change: "amended",
      inForce: "2022-01-01",
    });
  });
});

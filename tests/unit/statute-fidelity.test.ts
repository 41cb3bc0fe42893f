// Every instrument under content/statutes/ against its source in ../shared/sources/ (README
// section 5): the same sections in the same order, and for each the heading, the chapter, every
// word of every ledd, item and footnote, and Lovdata's amendment notes, exactly. The source files
// are already cleaned of the converter artefacts their headers list, so nothing else may differ.
// Earlier rules of repealed Acts (ekomloven 2003 § 2-7 b) are checked against the source's history block.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseStatuteSource, type SourceSection, words } from "../../scripts/statute-sources";
import { INSTRUMENTS } from "../../src/lib/statute/instruments";
import { shared } from "./helpers/act-files";
import { builtStatutes } from "./helpers/built";

// The Act is proved word for word in both its languages by act-fidelity.test.ts, and the Penal Code by
// penal-code.test.ts, each against its own sources (whose format is their own).
const statutes = builtStatutes().filter((s) => s.key !== "pda" && s.key !== "penal");

/** The words of a content body: list markers and the escape before a numbered item's full stop dropped. */
const bodyWords = (body: string) =>
  words(
    body
      .replace(/^- /gm, "")
      .replace(/^(\d{1,2})\\\./gm, "$1.")
      .replace(/^\[\^([\w-]+)\]: /gm, "[^$1]: "),
  );
const sourceWords = (s: SourceSection) =>
  words(
    [
      ...s.subsections.flatMap((sub) => [sub.text, ...sub.items.map((i) => `${i.label}. ${i.text}`)]),
      ...s.footnotes.map((f) => `[^${f.marker}]: ${f.text}`),
    ].join(" "),
  );

describe("statute fidelity", () => {
  test("every instrument in the registry has content under content/statutes/", () => {
    expect(
      builtStatutes()
        .map((s) => s.key)
        .sort(),
    ).toEqual(INSTRUMENTS.map((i) => i.key).sort());
  });

  describe.each(statutes.map((s) => [s.key, s] as const))("%s", (_key, statute) => {
    const source = parseStatuteSource(readFileSync(join(shared, "sources", statute.meta.sourceFile), "utf8"));
    const own = source.filter((s) => !s.block);

    test("the same sections in the same order", () => {
      expect(statute.sections.map((s) => s.id)).toEqual(own.map((s) => s.id));
    });

    test.each(own.map((s) => [s.id, s] as const))("§ %s: heading, chapter, every word and the amendment notes", (id, src) => {
      const s = statute.sections.find((x) => x.id === id)!;
      expect(s.data.heading.nb).toBe(src.heading);
      expect(s.data.chapter).toBe(src.chapter);
      expect(s.data.amendmentNotes).toEqual(src.notes);
      if (s.data.repealed) expect(src.subsections).toEqual([]);
      else expect(bodyWords(s.body)).toEqual(sourceWords(src));
    });

    test("rules of repealed Acts shown as history match the source's history block", () => {
      const history = source.filter((s) => s.block && /^Historical/.test(s.block));
      const shown = statute.sections.flatMap((s) => s.data.formerRules);
      expect(shown.map((r) => r.section)).toEqual(history.map((h) => h.id));
      for (const [i, r] of shown.entries()) {
        expect(r.heading).toBe(history[i].heading);
        expect(bodyWords(r.text)).toEqual(sourceWords(history[i]));
      }
    });
  });

  test("the test would notice a changed word", () => {
    const s = statutes.find((x) => x.key === "kameraovervakingsforskriften")!.sections.find((x) => x.id === "6")!;
    const src = parseStatuteSource(readFileSync(join(shared, "sources", "kameraovervakingsforskriften-no.md"), "utf8")).find((x) => x.id === "6")!;
    expect(bodyWords(s.body.replace("én uke", "to uker"))).not.toEqual(sourceWords(src));
  });
});

// The statute model's rules across files, the instrument registry's helpers and the word-level comparison.
import { describe, expect, test } from "vitest";
import { wordDiff } from "../../src/lib/statute/diff";
import { compareSections, instrument, lovdataDocument, lovdataSection } from "../../src/lib/statute/instruments";
import { buildStatutes } from "../../src/lib/statute/model";
import type { StatuteInstrumentData, StatuteSectionData } from "../../src/schemas/statute";
import { builtStatutes } from "./helpers/built";

const meta = (key: string): StatuteInstrumentData => ({
  key,
  textAsOf: "2021-07-01",
  inForce: "2018-07-20",
  ministry: "X",
  holds: "all",
  summary: "s",
  source: "src",
  sourceFile: "x.md",
  caveats: [],
});
const section = (id: string, extra: Partial<StatuteSectionData> = {}): StatuteSectionData => ({
  section: id,
  heading: { nb: "Tittel" },
  amendmentNotes: [],
  amendments: [],
  versions: [],
  formerRules: [],
  ...extra,
});

describe("buildStatutes", () => {
  test("orders sections as the statute does and groups them under their chapters", () => {
    const [s] = buildStatutes(
      [
        { id: "arbeidsmiljoloven/9-10", data: section("9-10", { chapter: "Kapittel 9" }), body: "Tekst." },
        { id: "arbeidsmiljoloven/9-2", data: section("9-2", { chapter: "Kapittel 9" }), body: "Tekst." },
      ],
      [{ id: "arbeidsmiljoloven/instrument", data: meta("arbeidsmiljoloven") }],
    );
    expect(s.sections.map((x) => x.id)).toEqual(["9-2", "9-10"]);
    expect(s.chapters).toHaveLength(1);
    expect(s.sections[0].path).toBe("/arbeidsmiljoloven/9-2/");
  });

  test("bad content fails naming the file, the field and the value", () => {
    const inst = [{ id: "kameraovervakingsforskriften/instrument", data: meta("kameraovervakingsforskriften") }];
    expect(() => buildStatutes([{ id: "kameraovervakingsforskriften/6", data: section("7"), body: "T." }], inst)).toThrow(
      'content/statutes/kameraovervakingsforskriften/6.mdx: field "section" = "7": must equal the file name ("6")',
    );
    expect(() => buildStatutes([{ id: "kameraovervakingsforskriften/9-1", data: section("9-1"), body: "T." }], inst)).toThrow(
      'expected a section number like "6"',
    );
    expect(() => buildStatutes([{ id: "kameraovervakingsforskriften/6", data: section("6"), body: "" }], inst)).toThrow("the section has no text");
    expect(() => buildStatutes([], [{ id: "nolaw/instrument", data: meta("nolaw") }])).toThrow(
      'field "key" = "nolaw": not an instrument of src/lib/statute/instruments.ts',
    );
    expect(() => buildStatutes([{ id: "epostforskriften/1", data: section("1"), body: "T." }], inst)).toThrow(
      "no content/statutes/epostforskriften/instrument.yaml",
    );
  });

  test("the site's instruments build, every section with its text and anchors", () => {
    const all = builtStatutes();
    const camera = all.find((s) => s.key === "kameraovervakingsforskriften")!;
    expect(camera.sections.find((s) => s.id === "6")!.text.subsections.map((s) => s.items.map((i) => i.letter).join(""))).toEqual(["", "", "ab", ""]);
    expect(all.find((s) => s.key === "overgangsregler-personopplysninger")!.sections.find((s) => s.id === "4")!.data.repealed).toBe(true);
  }, 60_000);
});

describe("the instrument registry", () => {
  test("section order, Lovdata links", () => {
    expect(["10", "9", "12a", "12"].sort(compareSections)).toEqual(["9", "10", "12", "12a"]);
    expect(["9-10", "9-2", "10-1"].sort(compareSections)).toEqual(["9-2", "9-10", "10-1"]);
    expect(lovdataSection(instrument("kameraovervakingsforskriften"), "6")).toBe("https://lovdata.no/forskrift/2018-07-02-1107/§6");
    expect(lovdataSection(instrument("penal"), "267a")).toBe("https://lovdata.no/lov/2005-05-20-28/§267a");
    expect(lovdataDocument(instrument("forvaltningsloven"))).toBe("https://lovdata.no/dokument/NL/lov/1967-02-10");
    expect(lovdataDocument(instrument("epostforskriften"))).toBe("https://lovdata.no/dokument/SF/forskrift/2018-07-02-1108");
  });
});

describe("wordDiff", () => {
  test("marks removed and added words in reading order", () => {
    expect(wordDiff("gjelder bare bestemmelsene i artikkel 24", "gjelder ikke bestemmelsene i artikkel 24 og 26")).toEqual([
      { kind: "same", text: "gjelder" },
      { kind: "added", text: "ikke" },
      { kind: "removed", text: "bare" },
      { kind: "same", text: "bestemmelsene i artikkel 24" },
      { kind: "added", text: "og 26" },
    ]);
    expect(wordDiff("a b", "a b")).toEqual([{ kind: "same", text: "a b" }]);
  });
});

// The statute model's rules across files, the instrument registry's helpers and the word-level comparison.
import { describe, expect, test } from "vitest";
import { wordDiff } from "../../src/lib/statute/diff";
import { compareSections, instrument, lovdataDocument, lovdataSection } from "../../src/lib/statute/instruments";
import { registry } from "../../src/lib/refs/registry";
import { buildStatutes } from "../../src/lib/statute/model";
import type { StatuteInstrumentData, StatuteSectionData } from "../../src/schemas/statute";
import { actFiles } from "./helpers/act-files";
import { builtAct, builtStatutes } from "./helpers/built";

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
  see: [],
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

  test("any instrument's section may carry the optional parts (a penalty frame, a see list), checked as the Penal Code's are", () => {
    const inst = [{ id: "epostforskriften/instrument", data: meta("epostforskriften") }];
    const text = "Overtredelse straffes med bot eller fengsel inntil 6 måneder.";
    const penalty = { main: { fine: true, imprisonment: { months: 6 }, wording: "bot eller fengsel inntil 6 måneder", subsection: 1 }, negligence: null };
    const [built] = buildStatutes([{ id: "epostforskriften/9", data: section("9", { penalty, summary: "s" }), body: text }], inst);
    expect(built.sections[0].data.penalty).toEqual(penalty);
    const wrong = { ...penalty, main: { ...penalty.main, imprisonment: { years: 1 } } };
    expect(() => buildStatutes([{ id: "epostforskriften/9", data: section("9", { penalty: wrong }), body: text }], inst)).toThrow(
      'content/statutes/epostforskriften/9.mdx: field "penalty.main.imprisonment" = {"years":1}: the wording "bot eller fengsel inntil 6 måneder" says {"months":6}',
    );
    expect(() => buildStatutes([{ id: "epostforskriften/9", data: section("9", { see: ["pda:99"] }), body: text }], inst, registry())).toThrow(
      'content/statutes/epostforskriften/9.mdx: field "see.0" = "pda:99": pda:99: no such section',
    );
  });

  test("the site's instruments build, every section with its text and anchors", () => {
    const all = builtStatutes();
    const camera = all.find((s) => s.key === "kameraovervakingsforskriften")!;
    expect(camera.sections.find((s) => s.id === "6")!.text.subsections.map((s) => s.items.map((i) => i.letter).join(""))).toEqual(["", "", "ab", ""]);
    expect(all.find((s) => s.key === "overgangsregler-personopplysninger")!.sections.find((s) => s.id === "4")!.data.repealed).toBe(true);
  }, 60_000);
});

describe("the Act: a statute held in two languages", () => {
  const act = builtAct();

  test("35 sections in 9 chapters, in statutory order with 12 a after 12", () => {
    expect(act.sections).toHaveLength(35);
    expect(act.chapters).toHaveLength(9);
    expect(act.sections.map((s) => s.id).slice(10, 14)).toEqual(["11", "12", "12a", "13"]);
    expect(act.sections.at(-1)!.id).toBe("34");
    expect(act.chapters[3].sections.map((s) => s.id)).toEqual(["16", "17"]);
  });

  test("chapters numbered and titled in both languages, the facts of content/statutes/pda/instrument.yaml", () => {
    expect(act.key).toBe("pda");
    expect(act.languages).toEqual(["nb", "en"]);
    expect(act.chapters[0]).toMatchObject({ number: 1, title: { nb: "Personvernforordningen" } });
    expect(act.chapters[0].title!.en).toMatch(/General Data Protection Regulation/);
    expect(act.meta).toMatchObject({ key: "pda", textAsOf: "2022-01-01", lastAmendedBy: "LOV-2021-06-18-124", inForce: "2018-07-20" });
    expect(act.meta.translation?.published).toBe("2023-07-11");
  });

  test("each section joined with its translation; Lovdata's notes come from the amendment history", () => {
    const s12a = act.sections.find((s) => s.id === "12a")!;
    expect(s12a.label).toBe("12 a");
    expect(s12a.en!.body).toMatch(/^\s*Public authorities may disclose/);
    expect(s12a.en!.file).toBe("content/statutes/pda/en/12a.mdx");
    expect(s12a.body).toMatch(/^\s*Offentlige myndigheter kan utlevere/);
    expect(s12a.data.amendments[0]).toMatchObject({ by: "LOV-2018-12-20-116", change: "added", inForce: "2018-12-20" });
    expect(s12a.data.amendmentNotes).toEqual([s12a.data.amendments[0].lovdataNote]);
  });
});

describe("the Act's content errors name the file, the field and the value", () => {
  // Each case builds the Act again with one fault, from four of its real sections (in three chapters),
  // as building all 35 in both languages each time would cost seconds for the same finding.
  const FOUR = new Set(["pda/3", "pda/5", "pda/16", "pda/17", "pda/en/3", "pda/en/5", "pda/en/16", "pda/en/17"]);
  const files = actFiles();
  const sections = files.sections.filter((e) => FOUR.has(e.id));
  const translations = files.translations.filter((e) => FOUR.has(e.id));
  const clone = <T>(x: T): T => structuredClone(x);
  const build = (s = sections, t = translations) => buildStatutes(s, files.instrument, undefined, t);
  const withFault = <T extends { id: string }>(entries: T[], id: string, fault: (e: T) => void) =>
    entries.map((e) => {
      if (e.id !== id) return e;
      const copy = clone(e);
      fault(copy);
      return copy;
    });

  test("the four sections build without a fault, so each case below fails for its own", () => {
    expect(build()[0].sections.map((s) => s.id)).toEqual(["3", "5", "16", "17"]);
  });

  test("unknown chapter", () => {
    const bad = withFault(sections, "pda/5", (e) => (e.data.chapter = 12));
    expect(() => build(bad)).toThrow(/content\/statutes\/pda\/5\.mdx: field "chapter" = 12: no such chapter in content\/statutes\/pda\/instrument\.yaml/);
  });

  test("a chapter given by its heading where the facts number the chapters", () => {
    const bad = withFault(sections, "pda/5", (e) => (e.data.chapter = "three"));
    expect(() => build(bad)).toThrow(/content\/statutes\/pda\/5\.mdx: field "chapter" = "three": .*expected a chapter number/);
  });

  test("chapters out of order", () => {
    const bad = withFault(sections, "pda/17", (e) => (e.data.chapter = 2));
    expect(() => build(bad)).toThrow(/content\/statutes\/pda\/17\.mdx: field "chapter" = 2: section 17 comes after section 16 of chapter 4/);
  });

  test("duplicate section id", () => {
    expect(() => build([...sections, clone(sections[0])])).toThrow(/field "section" = "\w+": duplicate section id/);
  });

  test("section field that does not match the file name", () => {
    const bad = withFault(sections, "pda/16", (e) => (e.data.section = "17"));
    expect(() => build(bad)).toThrow(/content\/statutes\/pda\/16\.mdx: field "section" = "17": must equal the file name/);
    const badTranslation = withFault(translations, "pda/en/16", (e) => (e.data.section = "17"));
    expect(() => build(sections, badTranslation)).toThrow(/content\/statutes\/pda\/en\/16\.mdx: field "section" = "17": must equal the file name/);
  });

  test("a section without its translation, and a translation without its section", () => {
    expect(() =>
      build(
        sections,
        translations.filter((e) => e.id !== "pda/en/5"),
      ),
    ).toThrow(/content\/statutes\/pda\/5\.mdx: .*no English translation/);
    expect(() => build(sections.filter((e) => e.id !== "pda/5"))).toThrow(/content\/statutes\/pda\/en\/5\.mdx: .*no such section/);
  });

  test("languages that do not align ledd to ledd", () => {
    const bad = withFault(sections, "pda/16", (e) => (e.body = e.body.replace("- f. ", "- g. ")));
    expect(() => build(bad)).toThrow(/content\/statutes\/pda\/16\.mdx: field "\(body\)".*subsections and letters differ/);
  });

  test("malformed statute text", () => {
    const bad = withFault(translations, "pda/en/3", (e) => (e.body = "- a. a list with no introduction\n"));
    expect(() => build(sections, bad)).toThrow(/content\/statutes\/pda\/en\/3\.mdx: a list of lettered items must follow/);
  });
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

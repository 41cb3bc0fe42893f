// The recogniser's parts on their own: each run parser of the Scanner at a position, the names
// read before and after a chain, and the instrument patterns made from the registry.
import { describe, expect, test } from "vitest";
import { recognise } from "../../src/lib/refs/recognise";
import { PREFIXES, QUALIFIERS } from "../../src/lib/refs/recognise/names";
import { Scanner } from "../../src/lib/refs/recognise/scanner";
import { refName } from "../../src/lib/refs/resolve";
import { INSTRUMENTS } from "../../src/lib/statute/instruments";

const scan = (text: string, ctx = {}) => new Scanner(text, { statute: "pda", ...ctx });
const names = (text: string, ctx = {}) => recognise(text, { statute: "pda", exists: () => true, ...ctx }).map((f) => refName(f.ref));

describe("run parsers", () => {
  test("sectionRun reads a list, a range and the places of each section", () => {
    const run = scan("§§ 6, 7 og 9 første ledd bokstav a").sectionRun(0)!;
    expect(run.items.map((i) => [i.section, i.subsection, i.letter])).toEqual([
      ["6", undefined, undefined],
      ["7", undefined, undefined],
      ["9", 1, "a"],
    ]);
    const range = scan("sections 27 to 29").sectionRun(0)!;
    expect(range.items[1].from).toBe(range.items[0]);
  });

  test("a plural run offers the range reading of a hyphen, taken where the instrument is not numbered by chapter", () => {
    const s = scan("§§ 2-3 og 5");
    const run = s.sectionRun(0)!;
    expect(run.items[0].range!.map((i) => [i.section, i.start, i.end])).toEqual([
      ["2", 0, 4],
      ["3", 5, 6],
    ]);
    expect(run.items[0].range![1].from).toBe(run.items[0].range![0]);
    expect(s.readings(run.items[0], run, undefined).map((i) => i.section)).toEqual(["2", "3"]);
    expect(s.readings(run.items[0], run, "arbeidsmiljoloven").map((i) => i.section)).toEqual(["2-3"]);
    expect(scan("§ 2-3").sectionRun(0)!.items[0].range).toBeUndefined();
    expect(scan("§§ 2-4 og 2-7").sectionRun(0)!.items[0].range).toBeUndefined();
  });

  test("sectionNumber reads chapter-numbered sections and lettered sections", () => {
    expect(scan("9-1 første ledd").sectionNumber(0)).toEqual({ section: "9-1", end: 3 });
    expect(scan("3-15 andre ledd").sectionNumber(0)).toEqual({ section: "3-15", end: 4 });
    expect(scan("12a").sectionNumber(0)).toEqual({ section: "12a", end: 3 });
    expect(scan("2018-06-15").sectionNumber(0)).toBeUndefined();
  });

  test("ordinalRun points into the text's own section", () => {
    const run = scan("første og annet ledd", { section: "6" }).ordinalRun(0)!;
    expect(run.same).toBe(true);
    expect(run.items.map((i) => [i.section, i.subsection])).toEqual([
      ["6", 1],
      ["6", 2],
    ]);
    expect(scan("første ledd").ordinalRun(0)).toBeUndefined();
  });

  test("articleRun, pointRun, paragraphRun and chapterRun", () => {
    expect(
      scan("artikkel 37 nr. 5 og 6")
        .articleRun(0)!
        .items.map((i) => [i.article, i.paragraph]),
    ).toEqual([
      [37, 5],
      [37, 6],
    ]);
    expect(
      scan("point (a) of Article 6(1)")
        .pointRun(0)!
        .items.map((i) => [i.article, i.paragraph, i.point]),
    ).toEqual([
      [6, 1, "a"],
      [6, 1, undefined],
    ]);
    expect(
      scan("paragraph 2 of this Article", { article: 9 })
        .paragraphRun(0)!
        .items.map((i) => [i.article, i.paragraph]),
    ).toEqual([[9, 2]]);
    expect(
      scan("Chapters I, VI and XI")
        .chapterRun(0)!
        .items.map((i) => i.chapter),
    ).toEqual([1, 6, 11]);
  });

  test("prefixAt and qualifierAt name the instrument around a chain", () => {
    expect(scan("arbeidsmiljøloven § 9-1").prefixAt(18)).toBe("arbeidsmiljoloven");
    expect(scan("aml. § 9-2").prefixAt(5)).toBe("arbeidsmiljoloven");
    expect(scan("straffeprosessloven § 216 a").prefixAt(20)).toBe("other");
    expect(scan("forskrift om kameraovervåking i virksomhet § 4").prefixAt(43)).toBe("kameraovervakingsforskriften");
    expect(scan("section 9-1 of the Working Environment Act").qualifierAt(11)).toBe("arbeidsmiljoloven");
    expect(scan("§ 4 i forskriften her").qualifierAt(3)).toBe("this-regulation");
    expect(scan("section 8 of the Personal Data Act of 2000").qualifierAt(9)).not.toBe("pda");
  });
});

describe("instrument names come from the registry", () => {
  test("every instrument has a prefix and a qualifier pattern", () => {
    for (const i of INSTRUMENTS) {
      expect(
        PREFIXES.some(([, what]) => what === i.key),
        i.key,
      ).toBe(true);
      expect(
        QUALIFIERS.some(([, what]) => what === i.key),
        i.key,
      ).toBe(true);
    }
  });

  test.each(
    INSTRUMENTS.flatMap((i) =>
      [...i.citedAs.nb, ...i.citedAs.nn, ...i.citedAs.abbreviations].map((name) => [name, i.key, i.chapterNumbered ? "9-1" : "4"] as const),
    ),
  )("«%s § n» cites %s", (name, key, section) => {
    expect(names(`${name} § ${section}`)).toEqual([`${key}:${section}`]);
  });

  test.each(INSTRUMENTS.flatMap((i) => i.citedAs.en.map((name) => [name, i.key, i.chapterNumbered ? "9-1" : "4"] as const)))(
    "«section n of the %s» cites %s",
    (name, key, section) => {
      expect(names(`section ${section} of the ${name}`)).toEqual([`${key}:${section}`]);
    },
  );

  test("a chapter-numbered section in a text of the Act is not the Act's, and a bare one in the Working Environment Act is its own", () => {
    expect(names("§ 9-1")).toEqual([]);
    expect(names("jf. § 9-5", { statute: "arbeidsmiljoloven", section: "9-6" })).toEqual(["arbeidsmiljoloven:9-5"]);
    expect(names("§ 4 i forskriften her", { statute: "kameraovervakingsforskriften" })).toEqual(["kameraovervakingsforskriften:4"]);
    expect(names("§ 4 i forskriften her")).toEqual([]);
  });
});

import { describe, expect, test } from "vitest";
import { buildAct } from "../../src/lib/act/model";
import { readEntries } from "./helpers/act-files";
import { builtAct } from "./helpers/built";

// The error cases build the Act again, each with one fault: from four of its real sections (in three
// chapters), as building all 35 in both languages each time would cost seconds for the same finding.
const FOUR = new Set(["3", "5", "16", "17"]);
const en = readEntries("en").filter((e) => FOUR.has(e.id));
const nb = readEntries("nb").filter((e) => FOUR.has(e.id));
const clone = <T>(x: T): T => structuredClone(x);

describe("the Act as the pages see it", () => {
  const act = builtAct();

  test("35 sections in 9 chapters, in statutory order with 12 a after 12", () => {
    expect(act.sections).toHaveLength(35);
    expect(act.chapters).toHaveLength(9);
    expect(act.sections.map((s) => s.id).slice(10, 14)).toEqual(["11", "12", "12a", "13"]);
    expect(act.sections.at(-1)!.id).toBe("34");
    expect(act.chapters[3].sections.map((s) => s.id)).toEqual(["16", "17"]);
  });

  test("a statute of the shared model: chapters numbered and titled in both languages, the facts of content/act/instrument.yaml", () => {
    expect(act.key).toBe("pda");
    expect(act.languages).toEqual(["nb", "en"]);
    expect(act.chapters[0]).toMatchObject({ number: 1, title: { nb: "Personvernforordningen" } });
    expect(act.chapters[0].title.en).toMatch(/General Data Protection Regulation/);
    expect(act.meta).toMatchObject({ key: "pda", textAsOf: "2022-01-01", lastAmendedBy: "LOV-2021-06-18-124", inForce: "2018-07-20" });
    expect(act.meta.translation?.published).toBe("2023-07-11");
  });

  test("both languages are joined per section", () => {
    const s12a = act.sections.find((s) => s.id === "12a")!;
    expect(s12a.label).toBe("12 a");
    expect(s12a.en.body).toMatch(/^\s*Public authorities may disclose/);
    expect(s12a.body).toMatch(/^\s*Offentlige myndigheter kan utlevere/);
    expect(s12a.data.amendments[0]).toMatchObject({ by: "LOV-2018-12-20-116", change: "added", inForce: "2018-12-20" });
  });
});

describe("content errors name the file, the field and the value", () => {
  test("the four sections build without a fault, so each case below fails for its own", () => {
    expect(buildAct(en, nb).sections.map((s) => s.id)).toEqual(["3", "5", "16", "17"]);
  });

  test("unknown chapter", () => {
    const bad = clone(en);
    (bad.find((e) => e.id === "5")!.data as { chapter: number }).chapter = 12;
    expect(() => buildAct(bad, nb)).toThrow(/content\/act\/en\/5\.mdx: field "chapter" = 12: no such chapter/);
  });

  test("duplicate section id", () => {
    const bad = [...en, { ...clone(en[0]) }];
    expect(() => buildAct(bad, nb)).toThrow(/field "section" = "\w+": duplicate section id/);
  });

  test("section field that does not match the file name", () => {
    const bad = clone(en);
    const entry = bad.find((e) => e.id === "16")!;
    (entry.data as { section: string }).section = "17";
    expect(() => buildAct(bad, nb)).toThrow(/content\/act\/en\/16\.mdx: field "section" = "17": must equal the file name/);
  });

  test("a section without its Norwegian text", () => {
    expect(() =>
      buildAct(
        en,
        nb.filter((e) => e.id !== "5"),
      ),
    ).toThrow(/content\/act\/en\/5\.mdx: .*no Norwegian text/);
  });

  test("languages that do not align ledd to ledd", () => {
    const bad = clone(nb);
    const entry = bad.find((e) => e.id === "16")!;
    entry.body = entry.body.replace("- f. ", "- g. ");
    expect(() => buildAct(en, bad)).toThrow(/content\/act\/nb\/16\.mdx: field "\(body\)".*subsections and letters differ/);
  });

  test("malformed statute text", () => {
    const bad = clone(en);
    const entry = bad.find((e) => e.id === "3")!;
    entry.body = "- a. a list with no introduction\n";
    expect(() => buildAct(bad, nb)).toThrow(/content\/act\/en\/3\.mdx: a list of lettered items must follow/);
  });
});

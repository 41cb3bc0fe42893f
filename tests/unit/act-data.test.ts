// /data/act.json: the Act as data, built the way the page builds it (src/pages/data/act.json.ts),
// over the real content. The URLs are made absolute against an example site address.
import { describe, expect, test } from "vitest";
import { translatedStatuteData } from "../../src/lib/statute/data";
import { builtAct } from "./helpers/built";

const SITE = "https://example.org";
const data = translatedStatuteData(builtAct(), (path) => new URL(path, SITE).href);
const section = (id: string) => {
  const found = data.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section ${id} in act.json`);
  return found;
};

describe("act.json", () => {
  test("holds chapters, sections, subsections and letters in both languages with anchors and URLs", () => {
    expect(data.act.identifier).toBe("LOV-2018-06-15-38");
    expect(data.chapters).toHaveLength(9);
    expect(data.sections).toHaveLength(35);
    const s16 = section("16");
    expect(s16.title.nb).toMatch(/^Unntak fra retten/);
    expect(s16.subsections).toHaveLength(5);
    const c = s16.subsections[0].items[2];
    expect(c).toMatchObject({ letter: "c", anchor: "subsection-1-c" });
    expect(c.url.en).toBe(`${SITE}/personal-data-act/16/#subsection-1-c`);
    expect(c.url.nb).toBe(`${SITE}/personopplysningsloven/16/#subsection-1-c`);
    expect(c.text.en).toMatch(/^it must be considered inadvisable/);
    expect(c.text.nb).toMatch(/^det må anses utrådelig|^det må anses utilrådelig/);
    expect(section("12a").amendments[0].by).toBe("LOV-2018-12-20-116");
  });

  test("every chapter lists sections that exist, and every section sits in one chapter", () => {
    const listed = data.chapters.flatMap((c) => c.sections);
    expect([...listed].sort()).toEqual(data.sections.map((s) => s.id).sort());
    for (const s of data.sections) expect(data.chapters.find((c) => c.number === s.chapter)?.sections).toContain(s.id);
  });

  test("holds each section's references and what cites it", () => {
    const s11 = section("11");
    expect(s11.references.slice(0, 2)).toEqual([
      { target: "gdpr:9(2)(a)", from: "subsection-1", url: expect.stringMatching(/\/gdpr\/article-9\/#paragraph-2-a$/) },
      { target: "gdpr:9(2)(c)", from: "subsection-1", url: expect.stringMatching(/\/gdpr\/article-9\/#paragraph-2-c$/) },
    ]);
    const s9 = section("9");
    expect(s9.citedBy[0]).toMatchObject({
      target: "pda:9(2)",
      kind: "section",
      from: "pda:10",
      url: expect.stringMatching(/\/personal-data-act\/10\/#subsection-1$/),
    });
    expect(s9.citedBy[0].context).toContain("section 9 second subsection");
  });

  test("each reference is listed once per place it is made", () => {
    for (const s of data.sections) {
      const keys = s.references.map((r) => `${r.target}|${r.from}`);
      expect(new Set(keys).size, `section ${s.id}`).toBe(keys.length);
    }
  });
});

// /data/<key>.json: an instrument as data (lib/statute/data.ts), built from the real content the
// way the endpoint builds it, with URLs made absolute against an example site address; the Act,
// held in two languages, as /data/act.json (translatedStatuteData). One file for both, so that the
// project's "Cited by" index they read is built once in one test worker, not once in each.
import { describe, expect, test } from "vitest";
import { statuteData, translatedStatuteData } from "../../src/lib/statute/data";
import { builtAct, builtStatutes } from "./helpers/built";

const SITE = "https://example.org";
// The statutes as the test helper builds them, without their references linked: a data file holds each
// text as plain text and takes what a section cites from the "Cited by" index, so it is the same as from
// the linked statutes the endpoint is given (the same JSON for every instrument), and the worker renders
// every section once for all the files that read them.
const statutes = builtStatutes();
/** An instrument's data, built once per instrument: building it renders every section's text again for its references. */
const built = new Map<string, ReturnType<typeof statuteData>>();
const data = (key: string) => {
  if (!built.has(key))
    built.set(
      key,
      statuteData(
        statutes.find((s) => s.key === key)!,
        (path) => new URL(path, SITE).href,
      ),
    );
  return built.get(key)!;
};

describe("an instrument as data", () => {
  const camera = data("kameraovervakingsforskriften");
  const s6 = camera.sections.find((s) => s.id === "6")!;

  test("the instrument: identifier, languages held, what the site holds, links", () => {
    expect(camera.instrument).toMatchObject({
      key: "kameraovervakingsforskriften",
      identifier: "FOR-2018-07-02-1107",
      type: "forskrift",
      languages: ["nb"],
      url: `${SITE}/kameraovervakingsforskriften/`,
      lovdata: "https://lovdata.no/dokument/SF/forskrift/2018-07-02-1107",
    });
    expect(camera.sections.map((s) => s.id)).toEqual(camera.chapters.flatMap((c) => c.sections));
  });

  test("a section: its subsections and items with anchors and absolute URLs, and Lovdata's note", () => {
    expect(s6.title.nb).toBe("Sletting av opptak gjort ved kameraovervåking");
    expect(s6.lovdata).toBe("https://lovdata.no/forskrift/2018-07-02-1107/§6");
    expect(s6.subsections).toHaveLength(4);
    expect(s6.subsections[2].items.map((i) => [i.letter, i.anchor, i.url])).toEqual([
      ["a", "subsection-3-a", `${SITE}/kameraovervakingsforskriften/6/#subsection-3-a`],
      ["b", "subsection-3-b", `${SITE}/kameraovervakingsforskriften/6/#subsection-3-b`],
    ]);
    expect(s6.subsections[0].text.nb).toMatch(/^Opptak skal slettes senest én uke/);
    expect(s6.amendmentNotes).toEqual(["Endret ved forskrift 28 juni 2021 nr. 2255 (i kraft 1 juli 2021)."]);
  });

  test("references the section makes, once each, with where they sit and where they lead", () => {
    const s1 = data("kameraovervakingsforskriften").sections.find((s) => s.id === "1")!;
    const toAct = s1.references.find((r) => r.target === "pda:31");
    expect(toAct).toMatchObject({ from: "subsection-2", url: `${SITE}/personopplysningsloven/31/` });
    expect(new Set(s1.references.map((r) => `${r.target}|${r.from}`)).size).toBe(s1.references.length);
  });

  test("what cites it: the guides and trees by kind, the decisions by id", () => {
    expect(s6.citedBy.map((c) => c.kind)).toContain("guide");
    expect(s6.citedBy.every((c) => c.url.startsWith(`${SITE}/`))).toBe(true);
    for (const id of s6.citedByDecisions) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  test("a section amended where the sources hold the earlier wording lists its versions", () => {
    const withVersions = statutes.flatMap((s) => s.sections).filter((s) => s.data.versions.length);
    for (const s of withVersions) {
      const d = data(s.key).sections.find((x) => x.id === s.id)!;
      expect(d.versions.map((v) => v.until)).toEqual(s.data.versions.map((v) => v.until));
    }
  });
});

describe("the Penal Code's provisions as data, in the same shape", () => {
  const penal = statuteData(
    statutes.find((s) => s.key === "penal")!,
    (path) => new URL(path, SITE).href,
  );

  test("the instrument and a provision with its subsections, anchors and absolute URLs", () => {
    expect(penal.instrument).toMatchObject({ key: "penal", identifier: "LOV-2005-05-20-28", extract: true, url: `${SITE}/penal-code/` });
    const s205 = penal.sections.find((s) => s.id === "205")!;
    expect(s205.url).toBe(`${SITE}/penal-code/205/`);
    expect(s205.lovdata).toBe("https://lovdata.no/lov/2005-05-20-28/§205");
    expect(s205.subsections[0].items.map((i) => i.anchor)).toEqual(["subsection-1-a", "subsection-1-b", "subsection-1-c", "subsection-1-d"]);
    expect(s205.subsections[0].items[0].url).toBe(`${SITE}/penal-code/205/#subsection-1-a`);
  });

  test("each chapter and section under the chapter's heading as printed, as for an instrument whose chapters are not numbered", () => {
    expect(penal.chapters.map((c) => c.title)).toEqual([
      "Kapittel 21. Vern av informasjon og informasjonsutveksling",
      "Kapittel 23. Vern av folkehelsen og det ytre miljø",
      "Kapittel 24. Vern av den personlige frihet og fred",
      "Kapittel 26. Seksuallovbrudd",
    ]);
    expect(penal.sections.find((s) => s.id === "266a")!.chapter).toBe("Kapittel 24. Vern av den personlige frihet og fred");
  });
});

describe("the Act as data (/data/act.json): both languages, built the way its page builds it", () => {
  const data = translatedStatuteData(builtAct(), (path) => new URL(path, SITE).href);
  const section = (id: string) => {
    const found = data.sections.find((s) => s.id === id);
    if (!found) throw new Error(`no section ${id} in act.json`);
    return found;
  };

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

  test("holds the earlier wording of § 3, with its dates, the amending Act and the caveat about its source", () => {
    const [v] = section("3").versions;
    expect(v).toMatchObject({ from: "2018-07-20", until: "2021-12-31", replacedBy: "LOV-2021-06-18-124" });
    expect(v.text).toMatch(/^For behandling av personopplysninger utelukkende for journalistiske formål/);
    expect(v.source).toMatch(/Prop\. 158 L/);
    expect(v.caveat).toBeTruthy();
    expect(section("16").versions).toEqual([]);
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

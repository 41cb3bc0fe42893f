// /data/<key>.json: an instrument as data (lib/statute/data.ts), built from the real content the
// way the endpoint builds it, with URLs made absolute against an example site address.
import { describe, expect, test } from "vitest";
import { markdownEntries } from "../../src/lib/content/disk";
import { buildPenalCode } from "../../src/lib/penal/model";
import { readRegistry } from "../../src/lib/refs/registry";
import { statuteData } from "../../src/lib/statute/data";
import { readStatutes } from "../../src/lib/statute/read";
import { penalProvision } from "../../src/schemas/penal-code";
import { root } from "./helpers/act-files";

const SITE = "https://example.org";
const statutes = readStatutes(root, readRegistry(root));
const data = (key: string) =>
  statuteData(
    statutes.find((s) => s.key === key)!,
    (path) => new URL(path, SITE).href,
  );

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
  const penal = statuteData(buildPenalCode(markdownEntries("penal-code", penalProvision, root), readRegistry(root)), (path) => new URL(path, SITE).href);

  test("the instrument and a provision with its subsections, anchors and absolute URLs", () => {
    expect(penal.instrument).toMatchObject({ key: "penal", identifier: "LOV-2005-05-20-28", extract: true, url: `${SITE}/penal-code/` });
    const s205 = penal.sections.find((s) => s.id === "205")!;
    expect(s205.url).toBe(`${SITE}/penal-code/205/`);
    expect(s205.lovdata).toBe("https://lovdata.no/lov/2005-05-20-28/§205");
    expect(s205.subsections[0].items.map((i) => i.anchor)).toEqual(["subsection-1-a", "subsection-1-b", "subsection-1-c", "subsection-1-d"]);
    expect(s205.subsections[0].items[0].url).toBe(`${SITE}/penal-code/205/#subsection-1-a`);
  });
});

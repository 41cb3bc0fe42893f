// Proves that a new instrument is its content plus one registry entry, nothing else, by doing just
// that to a scratch copy of the project (tests/smoke/scratch.ts): the steps of the README's "Adding an
// instrument", applied to "testforskriften", a made-up regulation of two sections that exists only in
// this test. Everything below runs the copy's own code (its loaders, registry, recogniser, citation
// index, route lists and data builder) on the copy's content, as the build would.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Scratch, scratchProject } from "./scratch";

/** README, "Adding an instrument", step 1: the registry entry. */
const ENTRY = `{
    key: "testforskriften",
    aliases: [],
    slug: "testforskriften",
    identifier: "FOR-2020-01-01-9999",
    type: "forskrift",
    otherYears: [],
    title: { nb: "Forskrift om prøving av nettstedet (testforskriften)", en: "Regulations for testing the site" },
    name: { nb: "testforskriften", en: "Test Regulations" },
    citedAs: { nb: ["forskrift om prøving av nettstedet", "testforskriften"], nn: ["testforskrifta"], en: ["Test Regulations"], abbreviations: ["tf."] },
    second: "annet",
    chapterNumbered: false,
    extract: false,
  },`;

/** Step 2: its content. A TEST FIXTURE: made-up text, never part of the site. */
const CONTENT: Record<string, string> = {
  "content/statutes/testforskriften/instrument.yaml": `# TEST FIXTURE (tests/smoke/new-instrument.test.ts): a made-up regulation, never shipped.
key: testforskriften
textAsOf: '2020-01-01'
inForce: '2020-01-01'
ministry: Testdepartementet
holds: '§§ 1–2: the whole regulation (a test fixture)'
summary: A made-up regulation that exists only in a test.
source: Made up for the test; not from any source.
sourceFile: testforskriften.md
`,
  "content/statutes/testforskriften/1.mdx": `---
section: '1'
heading:
  nb: Formål
  en: Purpose
explanation: Made up for the test.
---

Forskriften her finnes bare i en test.
`,
  "content/statutes/testforskriften/2.mdx": `---
section: '2'
heading:
  nb: Plikter
  en: Duties
---

Den som omfattes av § 1, skal

- a. føre en liste,
- b. slette listen etter en uke.

Første ledd bokstav b gjelder med de unntak som følger av personopplysningsloven § 12 a.
`,
  // A guide that cites it, for Cited by.
  "content/guides/testforskriften-guide.mdx": `---
title: A guide citing the test regulation
summary: Made up for the test.
questions: ["Does the test regulation work?"]
group: Norway's own rules
order: 99
cites: ["testforskriften:2(1)"]
lastReviewed: 2020-01-01
---

Under [testforskriften § 2 første ledd](testforskriften:2(1)) the list must be kept; see also testforskriften § 2 første ledd bokstav b.
`,
};

let scratch: Scratch;
const cwd = process.cwd();

beforeAll(() => {
  scratch = scratchProject();
  scratch.edit("src/lib/statute/instruments.ts", (t) => {
    const end = "] as const satisfies readonly Instrument[];";
    expect(t).toContain(end);
    return t.replace(end, `${ENTRY}\n${end}`);
  });
  for (const [file, text] of Object.entries(CONTENT)) scratch.edit(file, () => text);
  process.chdir(scratch.dir);
}, 120_000);

afterAll(() => {
  process.chdir(cwd);
  scratch?.remove();
}, 120_000);

/** The copy's modules. */
const lib = async () => ({
  ...(await scratch.load<typeof import("../../src/lib/refs/registry")>("src/lib/refs/registry.ts")),
  ...(await scratch.load<typeof import("../../src/lib/statute/read")>("src/lib/statute/read.ts")),
  ...(await scratch.load<typeof import("../../src/lib/statute/routes")>("src/lib/statute/routes.ts")),
  ...(await scratch.load<typeof import("../../src/lib/statute/data")>("src/lib/statute/data.ts")),
  ...(await scratch.load<typeof import("../../src/lib/refs/recognise")>("src/lib/refs/recognise.ts")),
  ...(await scratch.load<typeof import("../../src/lib/refs/cited-by")>("src/lib/refs/cited-by.ts")),
  ...(await scratch.load<typeof import("../../src/lib/markdown")>("src/lib/markdown.ts")),
  ...(await scratch.load<typeof import("../../src/lib/search/citation-query")>("src/lib/search/citation-query.ts")),
});

describe("a new instrument is its content and one registry entry", { timeout: 120_000 }, () => {
  test("it gets its contents, section and whole-text pages, anchors, data file and /legislation/ entry", async () => {
    const { registry, readStatutes, inLanguages, instrumentRoutes, sectionRoutes, dataRoutes, legislationRows, statuteData } = await lib();
    const statutes = readStatutes(scratch.dir, registry());
    const statute = statutes.find((s) => s.key === ("testforskriften" as never))!;
    expect(statute.sections.map((s) => s.id)).toEqual(["1", "2"]);
    expect(statute.languages).toEqual(["nb"]);

    const held = inLanguages(statutes);
    expect(instrumentRoutes(held).map((r) => r.params.instrument)).toContain("testforskriften");
    expect(
      sectionRoutes(held)
        .filter((r) => r.params.instrument === "testforskriften")
        .map((r) => r.params.section),
    ).toEqual(["1", "2"]);
    expect(dataRoutes(statutes).map((r) => r.params.instrument)).toContain("testforskriften");

    // Section 2 as its page shows it: a ledd with two lettered items, and a second ledd.
    const two = statute.sections[1];
    expect(two.path).toBe("/testforskriften/2/");
    expect(two.text.subsections.map((s) => [s.id, s.items.map((i) => i.id)])).toEqual([
      ["subsection-1", ["subsection-1-a", "subsection-1-b"]],
      ["subsection-2", []],
    ]);
    expect(two.text.html).toContain('id="subsection-1-b"');
    // Its own reference ("første ledd bokstav b") points into the section; the Act's is linked to the Act.
    expect(two.text.html).toContain('href="#subsection-1-b"');
    expect(two.text.html).toContain('href="/personopplysningsloven/12a/"');

    // /legislation/ lists it among the regulations, before the Penal Code and the extracts of other Acts.
    const rows = legislationRows(statutes);
    const row = rows.find((r) => r.identifier === "FOR-2020-01-01-9999");
    expect(row).toMatchObject({ name: { nb: "testforskriften" }, path: "/testforskriften/", textAsOf: "2020-01-01" });
    expect(rows.indexOf(row!)).toBeLessThan(rows.findIndex((r) => r.identifier === "LOV-2005-06-17-62"));

    // /data/testforskriften.json in the shape of the others, with what cites it.
    const data = statuteData(statute, (path) => `https://example.org${path}`);
    expect(data.instrument).toMatchObject({ key: "testforskriften", identifier: "FOR-2020-01-01-9999", url: "https://example.org/testforskriften/" });
    const section = data.sections.find((s) => s.id === "2")!;
    expect(section.subsections[0].items[1]).toMatchObject({
      letter: "b",
      anchor: "subsection-1-b",
      url: "https://example.org/testforskriften/2/#subsection-1-b",
    });
    expect(section.references.map((r) => r.target)).toContain("pda:12a");
    expect(section.citedBy).toContainEqual(expect.objectContaining({ kind: "guide", from: "guide:testforskriften-guide", target: "testforskriften:2(1)" }));
  });

  test("its citation forms are recognised, linked to the exact ledd and bokstav, and listed under Cited by", async () => {
    const { renderMarkdown, registry, citationIndex, parseCitationQuery } = await lib();
    // Text is linked as the site links it (lib/refs/link.ts, through the Markdown pipeline).
    const links = (text: string, lang: "nb" | "en") =>
      [...renderMarkdown(text, "a test", { registry, crossReferences: { lang } }).matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links("Se testforskriften § 2 første ledd.", "nb")).toEqual(["/testforskriften/2/#subsection-1"]);
    expect(links("Se testforskriften § 2 første ledd bokstav b.", "nb")).toEqual(["/testforskriften/2/#subsection-1-b"]);
    expect(links("Etter § 2 annet ledd i forskrift om prøving av nettstedet.", "nb")).toEqual(["/testforskriften/2/#subsection-2"]);
    expect(links("Se tf. § 1 og testforskrifta § 2.", "nb")).toEqual(["/testforskriften/1/", "/testforskriften/2/"]);
    expect(links("Under section 2(1)(b) of the Test Regulations.", "en")).toEqual(["/testforskriften/2/#subsection-1-b"]);
    // A place it does not have is refused, naming the words.
    expect(() => links("testforskriften § 3", "nb")).toThrow("testforskriften:3: no such section");

    // Cited by: the guide citing it is listed on the section, at the ledd it cites.
    const cited = citationIndex().citedBy("testforskriften:2");
    expect(cited.map((c) => [c.kind, c.from, c.target])).toContainEqual(["guide", "guide:testforskriften-guide", "testforskriften:2(1)"]);

    // A citation typed into search leads to the section.
    expect(parseCitationQuery("testforskriften § 2 første ledd")).toEqual({
      target: { kind: "testforskriften", section: "2", subsection: 1, letter: undefined },
    });
  });
});

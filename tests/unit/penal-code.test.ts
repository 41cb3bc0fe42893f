// The Penal Code provisions, sections of the shared statute model (content/statutes/penal/) with a
// penalty frame: the Norwegian text is the source's, word for word; the frontmatter agrees with the
// source and with the text; bad frontmatter is rejected naming file, field and value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { markdownEntries } from "../../src/lib/content/disk";
import type { EntryLike } from "../../src/lib/content/errors";
import { type Registry, statuteSections } from "../../src/lib/refs/registry";
import { instrument, lovdataSection } from "../../src/lib/statute/instruments";
import { buildStatutes } from "../../src/lib/statute/model";
import { formatFrame, formatNegligence } from "../../src/lib/statute/penalty";
import { instrumentFacts } from "../../src/lib/statute/read";
import { statuteSection, type StatuteSectionData } from "../../src/schemas/statute";
import { root, shared } from "./helpers/act-files";
import { fullRegistry } from "./helpers/content";

const IDS = ["204", "205", "236", "266", "266a", "267", "267a", "267b", "311"];
const entries = markdownEntries("statutes/penal", statuteSection, root);
const byId = new Map(entries.map((e) => [e.id, e]));
const penalFacts = () => instrumentFacts("penal", root);
/** The Penal Code built as the build builds every instrument. */
const buildPenalCode = (list: EntryLike<StatuteSectionData>[], reg?: Registry) =>
  buildStatutes(
    list.map((e) => ({ ...e, id: `penal/${e.id}` })),
    [{ id: "penal/instrument", data: penalFacts(), filePath: "content/statutes/penal/instrument.yaml" }],
    reg,
  )[0];

/** The source file's sections: heading, penalty line, text, Lovdata note. */
function sourceSections() {
  const text: string = readFileSync(join(shared, "sources", "penal-code.md"), "utf8");
  const out = new Map<string, { heading: string; penalty: string; body: string; note: string }>();
  for (const part of text.split(/^## § /m).slice(1)) {
    const m = /^(\d+)(?: ([a-z]))?\. (.+)$/m.exec(part);
    if (!m) continue;
    const lines = part.split("\n").slice(1);
    const noteAt = lines.findIndex((l) => l.startsWith("> Lovdata amendment note: "));
    out.set(m[1] + (m[2] ?? ""), {
      heading: m[3],
      penalty: lines.find((l) => l.startsWith("*Penalty frame:*"))!.replace("*Penalty frame:* ", ""),
      body: lines
        .slice(0, noteAt)
        .filter((l) => !l.startsWith("*Provenance") && !l.startsWith("*Penalty frame"))
        .join("\n"),
      note: lines[noteAt].replace("> Lovdata amendment note: ", ""),
    });
  }
  return out;
}
const source = sourceSections();
/** The words of a text, list markers and line breaks aside: what must not change. */
const words = (s: string) =>
  s
    .replace(/^- (?=[a-zæøå]\. )/gm, "")
    .replace(/\s+/g, " ")
    .trim();

describe("the Penal Code provisions", () => {
  test("are exactly the nine provisions the source gives", () => {
    expect([...byId.keys()].sort()).toEqual([...IDS].sort());
    expect([...source.keys()].sort()).toEqual([...IDS].sort());
  });

  test.each(IDS)("§ %s: the Norwegian text, heading and Lovdata note are the source's, verbatim", (id) => {
    const e = byId.get(id)!;
    const s = source.get(id)!;
    expect(words(e.body)).toBe(words(s.body));
    expect(e.data.heading.nb).toBe(s.heading);
    expect(e.data.amendmentNotes).toEqual([s.note]);
    expect(s.penalty.startsWith(e.data.penalty!.main.wording)).toBe(true);
    // The deep link to the section on Lovdata is the registry's, for every instrument.
    expect(lovdataSection(instrument("penal"), id)).toBe(`https://lovdata.no/lov/2005-05-20-28/§${id}`);
  });

  test("every amendment the note names is listed, with its in-force date", () => {
    for (const e of entries) {
      const acts = [...e.data.amendmentNotes[0].matchAll(/lov (\d+) (\w+) (\d{4}) nr\. (\d+)/g)].map((m) => m.slice(1).join(" "));
      expect(e.data.amendments).toHaveLength(acts.length);
      for (const a of e.data.amendments.filter((x) => x.inForce)) {
        const [y, mo, d] = a.inForce!.split("-").map(Number);
        expect(e.data.amendmentNotes[0]).toMatch(new RegExp(`(i kraft|ikr\\.) ${d} \\w+ ${y}`));
        expect(mo).toBeGreaterThan(0);
      }
    }
  });

  test("build and check against their own text and the registry", () => {
    const code = buildPenalCode(entries, fullRegistry());
    const built = code.sections;
    expect(built.map((p) => p.id)).toEqual(IDS);
    expect(built.find((p) => p.id === "266a")!.label).toBe("266 a");
    expect(built.find((p) => p.id === "205")!.text.subsections[0].items.map((i) => i.letter)).toEqual(["a", "b", "c", "d"]);
    expect(built.find((p) => p.id === "311")!.text.subsections).toHaveLength(5);
    // A statute of the shared model: the shared section shape, the penalty frame one of its optional fields.
    const s266a = built.find((p) => p.id === "266a")!;
    expect(s266a.path).toBe("/penal-code/266a/");
    expect(s266a.data.chapter).toBe(24);
    expect(s266a.data.penalty!.main.wording).toBe(byId.get("266a")!.data.penalty!.main.wording);
    expect(code.chapters.map((c) => c.sections.length)).toEqual([2, 1, 5, 1]);
    expect(code.chapters.map((c) => [c.number, c.title?.nb])).toEqual([
      [21, "Vern av informasjon og informasjonsutveksling"],
      [23, "Vern av folkehelsen og det ytre miljø"],
      [24, "Vern av den personlige frihet og fred"],
      [26, "Seksuallovbrudd"],
    ]);
    expect(code.meta.textAsOf).toBe(penalFacts().textAsOf);
    // The amendment history is the shared field: the entries, and Lovdata's one note for all of them.
    const s236 = built.find((p) => p.id === "236")!;
    expect(s236.data.amendments).toEqual(byId.get("236")!.data.amendments);
    expect(s236.data.amendments.map((a) => a.change)).toEqual(["added", "amended"]);
    expect(s236.data.amendmentNotes).toEqual(byId.get("236")!.data.amendmentNotes);
    // The facts are the instrument file's: what it says the site holds is what the provisions are.
    expect(code.file).toBe("content/statutes/penal/instrument.yaml");
    expect(code.meta.holds).toBe(`${IDS.length} provisions (${built.map((p) => `§ ${p.label}`).join(", ")}) only: an extract`);
  }, 30_000);

  test("the registry knows their subsections and letters", () => {
    const reg = fullRegistry();
    const penal = statuteSections(reg, "penal");
    expect(penal.get("205")!.shape).toEqual([["a", "b", "c", "d"]]);
    expect(penal.get("267a")!.shape).toEqual([[], []]);
    expect(penal.get("236")!.shape).toEqual([[], [], ["a", "b"]]);
  });
});

describe("the provisions' frames in words (lib/statute/penalty.ts, tested in statute-penalty.test.ts)", () => {
  test("each negligence variant as the penalty table gives it", () => {
    expect(formatNegligence(byId.get("267a")!.data.penalty!)).toBe("Gross negligence: fine or imprisonment up to 6 months");
    expect(formatNegligence(byId.get("311")!.data.penalty!)).toBe("Negligence: fine or imprisonment up to 6 months");
    expect(formatNegligence(byId.get("236")!.data.penalty!)).toBe("Gross negligence is covered by the same frame");
    expect(formatNegligence(byId.get("205")!.data.penalty!)).toBe("No negligence variant in this provision");
    expect(formatFrame(byId.get("205")!.data.penalty!.main)).toBe("Fine or imprisonment up to 2 years");
  });
});

describe("bad provisions are rejected, naming file, field and value", () => {
  const e205 = byId.get("205")!;
  const withData = (change: (d: typeof e205.data) => void) => {
    const data = structuredClone(e205.data);
    change(data);
    return [{ ...e205, data }];
  };

  test("a penalty wording that is not in the text", () => {
    expect(() => buildPenalCode(withData((d) => (d.penalty!.main.wording = "bot eller fengsel inntil 3 år")))).toThrow(
      'content/statutes/penal/205.mdx: field "penalty.main.wording" = "bot eller fengsel inntil 3 år": not found verbatim in subsection 1',
    );
  });

  test("numbers that contradict the wording", () => {
    expect(() => buildPenalCode(withData((d) => (d.penalty!.main.imprisonment = { years: 3 })))).toThrow('field "penalty.main.imprisonment" = {"years":3}');
    expect(() => buildPenalCode(withData((d) => (d.penalty!.main.fine = false)))).toThrow('field "penalty.main.fine" = false');
  });

  test("a subsection, chapter or see-target that does not exist", () => {
    expect(() => buildPenalCode(withData((d) => (d.penalty!.main.subsection = 2)))).toThrow(
      'field "penalty.main.subsection" = 2: the section has 1 subsection(s)',
    );
    expect(() => buildPenalCode(withData((d) => (d.chapter = 22)))).toThrow('field "chapter" = 22: no such chapter');
    expect(() => buildPenalCode(withData((d) => (d.chapter = "Kapittel 21")))).toThrow('field "chapter" = "Kapittel 21"');
    expect(() =>
      buildPenalCode(
        withData((d) => (d.see = ["pda:99"])),
        fullRegistry(),
      ),
    ).toThrow('field "see.0" = "pda:99": pda:99: no such section');
  });

  test("the schema names the field", () => {
    const bad = { ...e205.data, penalty: { main: { ...e205.data.penalty!.main, imprisonment: { years: 2, months: 6 } }, negligence: null } };
    const result = statuteSection.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["penalty", "main", "imprisonment"]);
    const own = statuteSection.safeParse({
      ...e205.data,
      penalty: { ...e205.data.penalty, negligence: { degree: "negligence", frame: "own", wording: "x", subsection: 1 } },
    });
    expect(own.error!.issues.map((i) => i.path.join("."))).toEqual(["penalty.negligence.fine", "penalty.negligence.imprisonment"]);
  });
});

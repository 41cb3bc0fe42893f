// The Penal Code provisions: the Norwegian text is the source's, word for word; the frontmatter
// agrees with the source and with the text; bad frontmatter is rejected naming file, field and value.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lovdata } from "../../src/lib/urls";
import { statuteSections } from "../../src/lib/refs/registry";
import { buildPenalCode, formatFrame, formatNegligence, formatTerm, penalFacts, readWording } from "../../src/lib/penal/model";
import { penalProvision } from "../../src/schemas/penal-code";
import { shared } from "./helpers/act-files";
import { fullRegistry, readMdx } from "./helpers/content";

const IDS = ["204", "205", "236", "266", "266a", "267", "267a", "267b", "311"];
const entries = readMdx("content/penal-code", penalProvision);
const byId = new Map(entries.map((e) => [e.id, e]));

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
    expect(e.data.lovdataNote).toBe(s.note);
    expect(s.penalty.startsWith(e.data.penalty.main.wording)).toBe(true);
    expect(e.data.lovdata).toBe(lovdata.penalCodeSection(id));
    expect(e.data.consolidated).toBe(penalFacts().textAsOf);
  });

  test("every amendment the note names is listed, with its in-force date", () => {
    for (const e of entries) {
      const acts = [...e.data.lovdataNote.matchAll(/lov (\d+) (\w+) (\d{4}) nr\. (\d+)/g)].map((m) => m.slice(1).join(" "));
      expect(e.data.amendments).toHaveLength(acts.length);
      for (const a of e.data.amendments.filter((x) => x.inForce)) {
        const [y, mo, d] = a.inForce!.split("-").map(Number);
        expect(e.data.lovdataNote).toMatch(new RegExp(`(i kraft|ikr\\.) ${d} \\w+ ${y}`));
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
    // A statute of the shared model: the shared section shape, the penalty frame beside it.
    const s266a = built.find((p) => p.id === "266a")!;
    expect(s266a.path).toBe("/penal-code/266a/");
    expect(s266a.data.chapter).toBe("Kapittel 24. Vern av den personlige frihet og fred");
    expect(s266a.extension.penalty.main.wording).toBe(byId.get("266a")!.data.penalty.main.wording);
    expect(code.chapters.map((c) => c.sections.length)).toEqual([2, 1, 5, 1]);
    expect(code.meta.textAsOf).toBe(penalFacts().textAsOf);
    // The amendment history is the shared field: the entries, and Lovdata's one note for all of them.
    const s236 = built.find((p) => p.id === "236")!;
    expect(s236.data.amendments).toEqual(byId.get("236")!.data.amendments);
    expect(s236.data.amendments.map((a) => a.change)).toEqual(["added", "amended"]);
    expect(s236.data.amendmentNotes).toEqual([byId.get("236")!.data.lovdataNote]);
    // The facts are the instrument file's: what it says the site holds is what the provisions are.
    expect(code.file).toBe("content/penal-code/instrument.yaml");
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

describe("penalty frames in words", () => {
  test("read back from the statute's wording", () => {
    expect(readWording("bot eller fengsel inntil 2 år")).toEqual({ fine: true, imprisonment: { years: 2 } });
    expect(readWording("fengsel inntil 4 år")).toEqual({ fine: false, imprisonment: { years: 4 } });
    expect(readWording("bot eller fengsel inntil 6 måneder")).toEqual({ fine: true, imprisonment: { months: 6 } });
  });

  test("in English", () => {
    expect(formatTerm({ years: 1 })).toBe("1 year");
    expect(formatTerm({ months: 6 })).toBe("6 months");
    expect(formatFrame({ fine: true, imprisonment: { years: 2 } })).toBe("Fine or imprisonment up to 2 years");
    expect(formatFrame({ fine: false, imprisonment: { years: 4 } })).toBe("Imprisonment up to 4 years");
    expect(formatNegligence(byId.get("267a")!.data.penalty)).toBe("Gross negligence: fine or imprisonment up to 6 months");
    expect(formatNegligence(byId.get("311")!.data.penalty)).toBe("Negligence: fine or imprisonment up to 6 months");
    expect(formatNegligence(byId.get("236")!.data.penalty)).toBe("Gross negligence is covered by the same frame");
    expect(formatNegligence(byId.get("205")!.data.penalty)).toBe("No negligence variant in this provision");
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
    expect(() => buildPenalCode(withData((d) => (d.penalty.main.wording = "bot eller fengsel inntil 3 år")))).toThrow(
      'content/penal-code/205.mdx: field "penalty.main.wording" = "bot eller fengsel inntil 3 år": not found verbatim in subsection 1',
    );
  });

  test("numbers that contradict the wording", () => {
    expect(() => buildPenalCode(withData((d) => (d.penalty.main.imprisonment = { years: 3 })))).toThrow('field "penalty.main.imprisonment" = {"years":3}');
    expect(() => buildPenalCode(withData((d) => (d.penalty.main.fine = false)))).toThrow('field "penalty.main.fine" = false');
  });

  test("a subsection, chapter, link or see-target that does not exist", () => {
    expect(() => buildPenalCode(withData((d) => (d.penalty.main.subsection = 2)))).toThrow(
      'field "penalty.main.subsection" = 2: the provision has 1 subsection(s)',
    );
    expect(() => buildPenalCode(withData((d) => (d.chapter = 22)))).toThrow('field "chapter" = 22: no such chapter');
    expect(() => buildPenalCode(withData((d) => (d.lovdata = "https://lovdata.no/lov/2005-05-20-28/§206")))).toThrow('field "lovdata"');
    expect(() =>
      buildPenalCode(
        withData((d) => (d.see = ["pda:99"])),
        fullRegistry(),
      ),
    ).toThrow('field "see.0" = "pda:99": pda:99: no such section');
  });

  test("the schema names the field", () => {
    const bad = { ...e205.data, penalty: { main: { ...e205.data.penalty.main, imprisonment: { years: 2, months: 6 } }, negligence: null } };
    const result = penalProvision.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].path).toEqual(["penalty", "main", "imprisonment"]);
    const own = penalProvision.safeParse({
      ...e205.data,
      penalty: { ...e205.data.penalty, negligence: { degree: "negligence", frame: "own", wording: "x", subsection: 1 } },
    });
    expect(own.error!.issues.map((i) => i.path.join("."))).toEqual(["penalty.negligence.fine", "penalty.negligence.imprisonment"]);
  });
});

// The Penal Code provisions as the pages use them: in statute order, each checked against its own
// text (the penalty wording must stand verbatim in the subsection it names, and the numbers must
// match the words), and the penalty frame put into plain English. Pure, so it can be tested without Astro.
import type { PenalProvisionData, Term } from "../../schemas/penal-code";
import { statuteInstrument, type StatuteInstrumentData, type StatuteSectionData } from "../../schemas/statute";
import { dataEntry } from "../content/disk";
import { ContentError, type EntryLike } from "../content/errors";
import { checkTargets } from "../content/check-targets";
import { type Registry, registry as projectRegistry } from "../refs/registry";
import type { RenderedStatute } from "../statute/render";
import { type Statute, type StatuteSection, statuteOf, statuteSection } from "../statute/model";
import { lovdata } from "../urls";

/** A Penal Code provision: a section of the shared statute model, with its penalty frame and how it meets the Act as its extension. */
export type PenalProvision = StatuteSection<PenalProvisionData>;
export type PenalCode = Statute<PenalProvisionData>;

const penalFactsFile = "content/penal-code/instrument.yaml";

/** The facts about the Penal Code as the site holds it, from its instrument file, in the shape every instrument's facts have. */
export const penalFacts = (): StatuteInstrumentData => dataEntry("penal-code/instrument.yaml", statuteInstrument);

/** A chapter's title: as printed, and our English rendering. */
export function penalChapter(facts: StatuteInstrumentData, chapter: number): { nb: string; en: string } | undefined {
  return facts.chapters?.[String(chapter)];
}

/** The shared section data of a provision: its chapter as printed, its amendment history (one Lovdata note for all of it), and our explanation. */
const sectionData = (d: PenalProvisionData, chapter: { nb: string }): StatuteSectionData => ({
  section: d.section,
  heading: d.heading,
  chapter: `Kapittel ${d.chapter}. ${chapter.nb}`,
  amendmentNotes: [d.lovdataNote],
  amendments: d.amendments,
  explanation: d.explanation,
  versions: [],
  formerRules: [],
});

/** The plain text of one subsection, its lettered items included. */
function subsectionText(text: RenderedStatute, n: number): string | undefined {
  const s = text.subsections[n - 1];
  return s && [s.text, ...s.items.map((i) => `${i.letter}. ${i.text}`)].join(" ");
}

/** What a frame's wording says, read back: "bot eller fengsel inntil 2 år" → fine, 2 years. */
export function readWording(wording: string): { fine: boolean; imprisonment?: Term } {
  const m = /fengsel inntil (\d+) (år|måneder)/.exec(wording);
  const imprisonment = m ? (m[2] === "år" ? { years: Number(m[1]) } : { months: Number(m[1]) }) : undefined;
  return { fine: /\bbot\b/.test(wording), imprisonment };
}

function checkFrame(p: PenalProvision, field: string, frame: { fine?: boolean; imprisonment?: Term; wording: string; subsection: number }, readBack: boolean) {
  const text = subsectionText(p.text, frame.subsection);
  if (!text) throw new ContentError(p.file, `${field}.subsection`, frame.subsection, `the provision has ${p.text.subsections.length} subsection(s)`);
  if (!text.includes(frame.wording)) throw new ContentError(p.file, `${field}.wording`, frame.wording, `not found verbatim in subsection ${frame.subsection}`);
  if (!readBack) return;
  const said = readWording(frame.wording);
  if (said.fine !== frame.fine)
    throw new ContentError(p.file, `${field}.fine`, frame.fine, `the wording "${frame.wording}" ${said.fine ? "includes" : "does not include"} a fine`);
  if (JSON.stringify(said.imprisonment) !== JSON.stringify(frame.imprisonment)) {
    throw new ContentError(p.file, `${field}.imprisonment`, frame.imprisonment, `the wording "${frame.wording}" says ${JSON.stringify(said.imprisonment)}`);
  }
}

/** Builds and checks the provisions as a statute; with a registry, their "see" lists are checked too. */
export function buildPenalCode(entries: EntryLike<PenalProvisionData>[], reg?: Registry, facts: StatuteInstrumentData = penalFacts()): PenalCode {
  const seen = new Set<string>();
  const provisions = entries.map((e) => {
    const file = e.filePath ?? `content/penal-code/${e.id}.mdx`;
    const d = e.data;
    if (d.section !== e.id) throw new ContentError(file, "section", d.section, `must equal the file name ("${e.id}")`);
    const chapter = penalChapter(facts, d.chapter);
    if (!chapter) {
      throw new ContentError(file, "chapter", d.chapter, `no such chapter in ${penalFactsFile} (known: ${Object.keys(facts.chapters ?? {}).join(", ")})`);
    }
    const expected = lovdata.penalCodeSection(d.section);
    if (d.lovdata !== expected) throw new ContentError(file, "lovdata", d.lovdata, `expected the section's deep link ${expected}`);
    if (d.consolidated !== facts.textAsOf) {
      throw new ContentError(file, "consolidated", d.consolidated, `the source export is consolidated to ${facts.textAsOf} (${penalFactsFile})`);
    }
    if (!e.body?.trim()) throw new ContentError(file, "(body)", "", "the provision has no text");
    if (seen.has(d.section)) throw new ContentError(file, "section", d.section, "duplicate section id");
    seen.add(d.section);
    const p = statuteSection("penal", sectionData(d, chapter), e.body, file, reg ?? projectRegistry(), d);
    checkFrame(p, "penalty.main", d.penalty.main, true);
    const n = d.penalty.negligence;
    if (n) checkFrame(p, "penalty.negligence", n, n.frame === "own");
    if (reg) checkTargets(file, "see", d.see, reg);
    return p;
  });
  return statuteOf("penal", facts, penalFactsFile, provisions);
}

/** "2 years", "6 months", "1 year". */
export function formatTerm(t: Term): string {
  const [n, unit] = t.years !== undefined ? [t.years, "year"] : [t.months!, "month"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "Fine or imprisonment up to 2 years", "Imprisonment up to 4 years". */
export function formatFrame(frame: { fine?: boolean; imprisonment?: Term }): string {
  const prison = `imprisonment up to ${formatTerm(frame.imprisonment!)}`;
  return frame.fine ? `Fine or ${prison}` : prison[0].toUpperCase() + prison.slice(1);
}

const DEGREE = { negligence: "Negligence", "gross-negligence": "Gross negligence" } as const;

/** The negligence column of the penalty table. */
export function formatNegligence(p: PenalProvisionData["penalty"]): string {
  const n = p.negligence;
  if (!n) return "No negligence variant in this provision";
  if (n.frame === "same") return `${DEGREE[n.degree]} is covered by the same frame`;
  return `${DEGREE[n.degree]}: ${formatFrame(n).replace(/^F/, "f").replace(/^I/, "i")}`;
}

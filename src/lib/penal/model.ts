// The Penal Code provisions as the pages use them: in statute order, each checked against its own
// text (the penalty wording must stand verbatim in the subsection it names, and the numbers must
// match the words), and the penalty frame put into plain English. Pure, so it can be tested without Astro.
import type { PenalProvisionData, Term } from "../../schemas/penal-code";
import { ContentError, type EntryLike } from "../act/model";
import { checkTargets } from "../content/check-targets";
import type { Registry } from "../refs/registry";
import { sectionLabel } from "../citation";
import rehypeCrossReferences from "../../plugins/rehype-cross-references";
import { renderStatute, type RenderedStatute } from "../statute/render";
import { lovdata } from "../urls";
import { penalCodeMeta } from "./meta";

export interface PenalProvision {
  id: string;
  /** "266 a" */
  label: string;
  data: PenalProvisionData;
  body: string;
  file: string;
  /** The Norwegian text, rendered with subsection and letter anchors. */
  text: RenderedStatute;
}

const order = (id: string) => {
  const m = /^(\d+)([a-z]?)$/.exec(id)!;
  return [Number(m[1]), m[2]] as const;
};
const byOrder = (a: PenalProvision, b: PenalProvision) => order(a.id)[0] - order(b.id)[0] || order(a.id)[1].localeCompare(order(b.id)[1]);

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

/** Builds and checks the provisions; with a registry, their "see" lists are checked too. */
export function buildPenalCode(entries: EntryLike<PenalProvisionData>[], reg?: Registry): PenalProvision[] {
  const provisions = entries.map((e) => {
    const file = e.filePath ?? `content/penal-code/${e.id}.mdx`;
    const d = e.data;
    if (d.section !== e.id) throw new ContentError(file, "section", d.section, `must equal the file name ("${e.id}")`);
    if (!penalCodeMeta.chapters[d.chapter]) {
      throw new ContentError(file, "chapter", d.chapter, `no such chapter in src/lib/penal/meta.ts (known: ${Object.keys(penalCodeMeta.chapters).join(", ")})`);
    }
    const expected = lovdata.penalCodeSection(d.section);
    if (d.lovdata !== expected) throw new ContentError(file, "lovdata", d.lovdata, `expected the section's deep link ${expected}`);
    if (d.consolidated !== penalCodeMeta.consolidated) {
      throw new ContentError(file, "consolidated", d.consolidated, `the source export is consolidated to ${penalCodeMeta.consolidated}`);
    }
    if (!e.body?.trim()) throw new ContentError(file, "(body)", "", "the provision has no text");
    const p: PenalProvision = {
      id: e.id,
      label: sectionLabel(e.id),
      data: d,
      body: e.body,
      file,
      text: renderStatute(e.body, {
        lang: "nb",
        source: file,
        rehypePlugins: [[rehypeCrossReferences, { context: { lang: "nb", statute: "penal", section: e.id } }]],
      }),
    };
    checkFrame(p, "penalty.main", d.penalty.main, true);
    const n = d.penalty.negligence;
    if (n) checkFrame(p, "penalty.negligence", n, n.frame === "own");
    if (reg) checkTargets(file, "see", d.see, reg);
    return p;
  });
  const seen = new Set<string>();
  for (const p of provisions) {
    if (seen.has(p.id)) throw new ContentError(p.file, "section", p.id, "duplicate section id");
    seen.add(p.id);
  }
  return provisions.sort(byOrder);
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

export function neighbours(all: PenalProvision[], p: PenalProvision): { previous?: PenalProvision; next?: PenalProvision } {
  const i = all.indexOf(p);
  return { previous: all[i - 1], next: all[i + 1] };
}

// Penalty frames, an optional part of any section on the shared statute model (src/schemas/statute.ts,
// `penalty`; the Penal Code's provisions have them): checked against the section's own text (the
// wording must stand verbatim in the subsection it names, and the numbers must match the words) and
// put into plain English. Pure.
import type { PenaltyData, Term } from "../../schemas/statute";
import { ContentError } from "../content/errors";
import type { RenderedStatute } from "./render";

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

type Frame = { fine?: boolean; imprisonment?: Term; wording: string; subsection: number };

function checkFrame(file: string, text: RenderedStatute, field: string, frame: Frame, readBack: boolean) {
  const words = subsectionText(text, frame.subsection);
  if (!words) throw new ContentError(file, `${field}.subsection`, frame.subsection, `the section has ${text.subsections.length} subsection(s)`);
  if (!words.includes(frame.wording)) throw new ContentError(file, `${field}.wording`, frame.wording, `not found verbatim in subsection ${frame.subsection}`);
  if (!readBack) return;
  const said = readWording(frame.wording);
  if (said.fine !== frame.fine)
    throw new ContentError(file, `${field}.fine`, frame.fine, `the wording "${frame.wording}" ${said.fine ? "includes" : "does not include"} a fine`);
  if (JSON.stringify(said.imprisonment) !== JSON.stringify(frame.imprisonment)) {
    throw new ContentError(file, `${field}.imprisonment`, frame.imprisonment, `the wording "${frame.wording}" says ${JSON.stringify(said.imprisonment)}`);
  }
}

/** Checks a section's penalty frame against its text, naming the file, the field and the value when they disagree. */
export function checkPenalty(file: string, text: RenderedStatute, penalty: PenaltyData) {
  checkFrame(file, text, "penalty.main", penalty.main, true);
  const n = penalty.negligence;
  if (n) checkFrame(file, text, "penalty.negligence", n, n.frame === "own");
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
export function formatNegligence(p: PenaltyData): string {
  const n = p.negligence;
  if (!n) return "No negligence variant in this provision";
  if (n.frame === "same") return `${DEGREE[n.degree]} is covered by the same frame`;
  return `${DEGREE[n.degree]}: ${formatFrame(n).replace(/^F/, "f").replace(/^I/, "i")}`;
}

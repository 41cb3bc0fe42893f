// The four deadlines of /tools/deadlines/, in the order the page gives them: the anchor and
// heading of each section, the short source the tools index shows, the sources the section
// lists, and the calculator's form. The page's contents, its headings and /tools/ read this table.
import type { CalculatorName } from "./calculators";
import { type DeadlineSource, sources } from "./sources";

export interface CalculatorField {
  /** The URL parameter and form field name. */
  name: string;
  label: string;
  type: "date" | "datetime-local";
  hint: string;
  optional?: boolean;
}

export interface DeadlineEntry {
  /** The calculator, and the section's anchor on /tools/deadlines/. */
  kind: CalculatorName;
  /** The section heading, also the link text in the contents and on /tools/. */
  title: string;
  /** The rule in a few words, under the link on /tools/. */
  source: string;
  /** What the section rests on, listed under its text. */
  sources: DeadlineSource[];
  /** The accessible name of the calculator's form. */
  label: string;
  fields: CalculatorField[];
}

export const DEADLINES: readonly DeadlineEntry[] = [
  {
    kind: "breach",
    title: "Notifying a personal data breach: 72 hours",
    source: "GDPR Article 33(1)",
    sources: [sources.gdpr33, sources.pda1],
    label: "Breach notification deadline",
    fields: [
      {
        name: "aware",
        label: "When you became aware of the breach (Norwegian time)",
        type: "datetime-local",
        hint: "Date and clock time in Norway, for example 28 March 2025 at 10:00.",
      },
    ],
  },
  {
    kind: "appeal",
    title: "Appealing to the Privacy Appeals Board: three weeks",
    source: "forvaltningsloven § 29",
    sources: [sources.pda22, sources.fvl29, sources.fvl30, sources.dl148, sources.dl149, sources.holidays, sources.mayDays, sources.fvl31],
    label: "Appeal deadline",
    fields: [
      {
        name: "received",
        label: "The day the decision reached you",
        type: "date",
        hint: "The day the notification of Datatilsynet's decision arrived, not the date written on it.",
      },
    ],
  },
  {
    kind: "payment",
    title: "Paying an administrative fine: four weeks",
    source: "Personal Data Act section 27",
    sources: [sources.pda27],
    label: "Payment deadline",
    fields: [
      {
        name: "final",
        label: "The day the decision became final",
        type: "date",
        hint: "When that is depends on the case, for example on whether the decision was appealed.",
      },
    ],
  },
  {
    kind: "limitation",
    title: "Limitation of administrative fines: five years",
    source: "Personal Data Act section 28",
    sources: [sources.pda28],
    label: "Limitation period",
    fields: [
      { name: "ceased", label: "The day the violation ceased", type: "date", hint: "For a violation that went on for a while, the last day it continued." },
      {
        name: "notice",
        label: "The day of Datatilsynet's advance notice or decision",
        type: "date",
        hint: "Leave empty if there has been none.",
        optional: true,
      },
    ],
  },
];

/** The entry of one calculator. */
export function deadline(kind: CalculatorName): DeadlineEntry {
  const entry = DEADLINES.find((d) => d.kind === kind);
  if (!entry) throw new Error(`no deadline "${kind}" in DEADLINES`);
  return entry;
}

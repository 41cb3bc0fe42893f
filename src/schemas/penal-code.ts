// The Penal Code (straffeloven) provisions the site reproduces: content/penal-code/<id>.mdx.
// The body is the official Norwegian wording, verbatim; the frontmatter holds the facts about the
// provision and the English explanation, which is ours and not a translation.
import { z } from "astro/zod";
import { got, isoDate, sectionId } from "./common";
import { amendmentEntry } from "./statute";
import { siteTarget } from "./target";

const count = z
  .number({ error: (issue) => `expected a whole number, got ${got(issue.input)}` })
  .int()
  .positive();

/** A length of imprisonment, in years or in months (exactly one of the two). */
export const term = z
  .strictObject({
    /** Whole years, as the statute states them ("inntil 2 år"). */
    years: count.optional(),
    /** Whole months, as the statute states them ("inntil 6 måneder"). */
    months: count.optional(),
  })
  .refine((t) => (t.years === undefined) !== (t.months === undefined), { error: "give either years or months, not both and not neither" });

/** A penalty frame as the statute states it. */
const frame = {
  /** Whether a fine (bot) is a possible penalty beside imprisonment. */
  fine: z.boolean({ error: (issue) => `expected true or false, got ${got(issue.input)}` }),
  /** The maximum term of imprisonment (fengsel inntil …). */
  imprisonment: term,
  /** The statute's own words for the frame, verbatim from the Norwegian text, e.g. "bot eller fengsel inntil 2 år". */
  wording: z.string().min(1),
  /** The subsection (ledd) whose text contains the wording. */
  subsection: count,
};

/** A lower degree of fault that the provision punishes. */
export const negligence = z
  .strictObject({
    /** "negligence" (uaktsomhet) or "gross-negligence" (grov uaktsomhet). */
    degree: z.enum(["negligence", "gross-negligence"]),
    /** "own": the provision sets a separate frame for it; "same": the main frame covers it as well. */
    frame: z.enum(["own", "same"]),
    /** With frame "own": whether a fine is possible. */
    fine: frame.fine.optional(),
    /** With frame "own": the maximum term of imprisonment. */
    imprisonment: term.optional(),
    /** The statute's words, verbatim: the frame ("own") or the words that extend the offence ("same", e.g. "forsettlig eller grovt uaktsomt"). */
    wording: frame.wording,
    /** The subsection whose text contains the wording. */
    subsection: frame.subsection,
  })
  .superRefine((n, ctx) => {
    const own = n.frame === "own";
    for (const field of ["fine", "imprisonment"] as const) {
      if (own && n[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `a separate frame needs "${field}"` });
      if (!own && n[field] !== undefined)
        ctx.addIssue({ code: "custom", path: [field], message: `with frame "same" the main frame applies; leave out "${field}"` });
    }
  });

/** One entry of the provision's history, from Lovdata's amendment note. */
export const penalProvision = z.strictObject({
  /** Section id as in the URL; must equal the file name ("266a" for § 266 a). */
  section: sectionId,
  /** The heading: Norwegian as in the statute, English as our gloss (not an official translation). */
  heading: z.strictObject({ nb: z.string().min(1), en: z.string().min(1) }),
  /** One line in English on what the provision covers, for the penalty table. */
  summary: z.string().min(1),
  /** Chapter of the Penal Code's Part Two; must be one of the chapters in content/penal-code/instrument.yaml. */
  chapter: count,
  /** The penalty frame: the main frame and any variant for negligence (null when the provision has none). */
  penalty: z.strictObject({
    main: z.strictObject(frame),
    negligence: negligence.nullable(),
  }),
  /** Additions and changes, oldest first, as Lovdata's note lists them. */
  amendments: z.array(amendmentEntry).min(1),
  /** Lovdata's amendment note, verbatim, in Norwegian (not statute text). */
  lovdataNote: z.string().min(1),
  /** The latest in-force date named by the source export's "Sist endret" line: the text is current to then. */
  consolidated: isoDate,
  /** The official text on Lovdata; must be the deep link for this section. */
  lovdata: z.url(),
  /** Our explanation in English (Markdown, citation-target links allowed). Never a translation. */
  explanation: z.string().min(1),
  /** How the provision meets the Personal Data Act and the GDPR (Markdown, citation-target links allowed). */
  relation: z.string().min(1),
  /** Where else on the site to read (guides, sections, other provisions). */
  see: z.array(siteTarget).default([]),
});

export type PenalProvisionData = z.infer<typeof penalProvision>;
export type Term = z.infer<typeof term>;

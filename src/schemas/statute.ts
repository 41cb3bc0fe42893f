// One model for a statutory instrument held on the site (the Act, the regulations under it and the
// neighbouring provisions): content/statutes/<key>/instrument.yaml holds the facts about the
// instrument as held (text as of, source, what the site holds); content/statutes/<key>/<id>.mdx
// one section, its body the official Norwegian wording verbatim and its frontmatter the heading,
// Lovdata's amendment notes, earlier wordings, and our English heading and explanation (never a
// translation). Where the site holds an English translation of the instrument (the Act), each
// section's translation is content/statutes/<key>/en/<id>.mdx, its body the translation verbatim.
// The key is the instrument's entry in src/lib/statute/instruments.ts. Any section may also carry
// the optional extension fields (a one-line summary, its penalty frame, how it meets the Act and the
// GDPR, where else to read): the Penal Code's provisions do; lib/statute/model.ts checks them against the text.
import { z } from "astro/zod";
import { got, isoDate, lovId } from "./common";
import { siteTarget } from "./target";

/** A section id as in the URL: "6", "12a", "9-1", "3-15". */
export const statuteSectionId = z.string().regex(/^\d+(?:-\d+)?[a-z]?$/, {
  error: (issue) => `expected a section id like "6", "12a" or "9-1", got ${got(issue.input)}`,
});

/** A Lovdata identifier of an Act or a regulation: LOV-2018-06-15-38, FOR-2018-07-02-1107, LOV-1967-02-10. */
export const instrumentId = z.string().regex(/^(?:LOV|FOR)-\d{4}-\d{2}-\d{2}(?:-\d+)?$/, {
  error: (issue) => `expected a Lovdata identifier like "LOV-2018-06-15-38" or "FOR-2018-07-02-1107", got ${got(issue.input)}`,
});

/** One entry of a section's amendment history. */
export const amendment = z.strictObject({
  /** The amending Act, e.g. LOV-2018-12-20-116. */
  by: lovId,
  /** What the amending Act did to the section. */
  change: z.enum(["added", "amended", "repealed"]),
  /** When the change came into force. */
  inForce: isoDate,
  /** Lovdata's own amendment note, in Norwegian, verbatim (not statute text). */
  lovdataNote: z.string().min(1),
});

/**
 * An entry of a section's amendment history as the shared model holds it: where Lovdata's note
 * covers the whole history in one (the Penal Code's), the entries have no note of their own and the
 * section's `amendmentNotes` hold it; where the note gives no in-force date, there is none.
 */
export const amendmentEntry = amendment.extend({ inForce: isoDate.optional(), lovdataNote: z.string().min(1).optional() });

/** An earlier wording of a section, with where it comes from. */
export const statuteVersion = z.strictObject({
  /** In force from (where known) and until. */
  from: isoDate.optional(),
  until: isoDate,
  /** The amending instrument that ended it, e.g. LOV-2021-06-18-124. */
  replacedBy: instrumentId,
  /** The earlier wording, verbatim, in the same Markdown form as the body. */
  text: z.string().min(1),
  /** Where the wording is taken from, and how sure it is. */
  source: z.string().min(1),
  caveat: z.string().min(1).optional(),
});

/** A rule of a repealed Act that the section replaced (ekomloven § 3-15 replaced the 2003 Act's § 2-7 b). */
export const formerRule = z.strictObject({
  act: instrumentId,
  section: statuteSectionId,
  heading: z.string().min(1),
  /** When the rule stopped applying. */
  repealed: isoDate,
  text: z.string().min(1),
});

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

/** A lower degree of fault that the section punishes. */
export const negligence = z
  .strictObject({
    /** "negligence" (uaktsomhet) or "gross-negligence" (grov uaktsomhet). */
    degree: z.enum(["negligence", "gross-negligence"]),
    /** "own": the section sets a separate frame for it; "same": the main frame covers it as well. */
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

/** The penalty frame of a section that makes something a crime: the main frame and any variant for negligence (null when it has none). */
export const penalty = z.strictObject({
  main: z.strictObject(frame),
  negligence: negligence.nullable(),
});

const chapterError = (issue: { input?: unknown }) => `expected a chapter number or the chapter's heading as printed, got ${got(issue.input)}`;

export const statuteSection = z.strictObject({
  /** Must equal the file name. */
  section: statuteSectionId,
  /** Norwegian as printed in the statute; English is our rendering, not an official one, or the translation's where the site holds one. */
  heading: z.strictObject({ nb: z.string().min(1), en: z.string().min(1).optional() }),
  /**
   * The chapter the section stands in, where the site keeps it: its heading as printed, or, where the
   * instrument's facts number and title its chapters (`chapters` in instrument.yaml), its number.
   */
  chapter: z
    .union([z.string().min(1, { error: chapterError }), z.number().int({ error: chapterError }).positive({ error: chapterError })], { error: chapterError })
    .optional(),
  /** The section is repealed ("(Opphevet)"): no text. */
  repealed: z.literal(true).optional(),
  /** Lovdata's amendment notes, verbatim (not statute text). */
  amendmentNotes: z.array(z.string().min(1)).default([]),
  /** The amendment history read from the notes, oldest first, where the site has it (the Act's sections): shown instead of the bare notes. */
  amendments: z.array(amendmentEntry).default([]),
  /** Our explanation in English (Markdown). Never a translation. */
  explanation: z.string().min(1).optional(),
  /** Earlier wordings of this section, newest first. */
  versions: z.array(statuteVersion).default([]),
  /** Where the section was amended but the sources do not give the earlier wording: what is known (English, ours). */
  earlierWordingNotInSources: z.string().min(1).optional(),
  formerRules: z.array(formerRule).default([]),
  /** One line in English, ours, on what the section covers (the Penal Code's penalty table). */
  summary: z.string().min(1).optional(),
  /** Where the section makes something a crime: its penalty frame, checked against the text. */
  penalty: penalty.optional(),
  /** How the section meets the Personal Data Act and the GDPR (English, ours; Markdown, citation-target links allowed). */
  relation: z.string().min(1).optional(),
  /** Where else on the site to read (guides, sections, trees). */
  see: z.array(siteTarget).default([]),
});

/** content/statutes/<key>/en/<id>.mdx: a section's English translation, where the site holds one; its body is the translation. */
export const statuteTranslation = z.strictObject({
  /** Must equal the file name and a section of the instrument. */
  section: statuteSectionId,
});

export const statuteInstrument = z.strictObject({
  /** The instrument's key in src/lib/statute/instruments.ts; must equal the folder name. */
  key: z.string().min(1),
  /** The text is current to this date (the newest in-force date of the consolidation). */
  textAsOf: isoDate,
  /** The instrument that last amended it, as the source states ("forskrift/2021-06-28-2255"), or none. */
  lastAmendedBy: z.string().min(1).optional(),
  /** Lovdata's last correction of the consolidated text, where the source gives it ("Siste rettelse"). */
  lastCorrected: isoDate.optional(),
  /** When the instrument came into force. */
  inForce: isoDate,
  /** The ministry responsible, per the source. */
  ministry: z.string().min(1),
  /** The statutory basis of a regulation ("arbeidsmiljøloven § 9-6"), linked by the recogniser. */
  basis: z.string().min(1).optional(),
  /** What the site holds of it, in English ("§§ 1–9, the whole regulation"; "chapter 9 only"). */
  holds: z.string().min(1),
  /** One or two sentences in English, ours: what the instrument is about. */
  summary: z.string().min(1),
  /** Where the Norwegian text comes from. */
  source: z.string().min(1),
  /** The file under ../shared/sources/ the fidelity test compares against. */
  sourceFile: z.string().regex(/^[a-z0-9-]+\.md$/),
  /** Lovdata's unofficial English translation, where there is one (our explanations then say they are not it). */
  englishTranslation: z.url().optional(),
  /** The full dated reference, as Norwegian lawyers write it ("lov 15. juni 2018 nr. 38 om …"). */
  datedReference: z.string().min(1).optional(),
  /** Where the site holds an English translation of every section (the Act): the translation's own facts and notices, verbatim. */
  translation: z
    .strictObject({
      published: isoDate,
      /** The responsible ministry as the translation names it. */
      ministry: z.string().min(1),
      disclaimer: z.string().min(1),
      providedBy: z.string().min(1),
      /** Where the Norwegian text comes from (`source`), said in Norwegian for the notice under the Norwegian text: ours, not Lovdata's. */
      originalProvenance: z.string().min(1),
    })
    .optional(),
  /**
   * The titles of the chapters the site holds sections of, where the sections name their chapter by
   * number (the Penal Code's, the Act's): as printed, and in English (ours; the Act's from its translation).
   */
  chapters: z.record(z.string().regex(/^\d+$/), z.strictObject({ nb: z.string().min(1), en: z.string().min(1) })).optional(),
  /** What is uncertain about the text or its status, in English, one sentence each. */
  caveats: z.array(z.string().min(1)).default([]),
  /** A successor Act that is enacted but not in force: its identifier, and its commencement section verbatim. */
  successor: z
    .strictObject({
      identifier: instrumentId,
      title: z.string().min(1),
      section: statuteSectionId,
      heading: z.string().min(1),
      text: z.string().min(1),
      status: z.string().min(1),
    })
    .optional(),
});

export type StatuteSectionData = z.infer<typeof statuteSection>;
export type StatuteTranslationData = z.infer<typeof statuteTranslation>;
export type StatuteVersionData = z.infer<typeof statuteVersion>;
export type StatuteInstrumentData = z.infer<typeof statuteInstrument>;
export type PenaltyData = z.infer<typeof penalty>;
export type Term = z.infer<typeof term>;

// The Personal Data Act: sections (English file with the shared metadata)
// and the Norwegian original of each section.
import { z } from "astro/zod";
import { bilingual, sectionId } from "./common";
import { amendment, statuteVersion } from "./statute";

/** content/act/en/<id>.mdx: the English translation and the section's metadata. */
export const actSection = z.strictObject({
  /** Section id as in the URL; must equal the file name ("12a" for section 12 a). */
  section: sectionId,
  /** Section title in both languages. */
  title: bilingual,
  /** Chapter number; must be a key of `chapters` in content/act/instrument.yaml. */
  chapter: z
    .number({ error: (issue) => `expected a chapter number, got ${JSON.stringify(issue.input)}` })
    .int()
    .positive(),
  /** Amendments since the Act was passed, oldest first, where the sources give them. */
  amendments: z.array(amendment).default([]),
});

/** content/act/nb/<id>.mdx: the Norwegian original of a section. */
export const actSectionNb = z.strictObject({
  /** Section id; must equal the file name and an English section. */
  section: sectionId,
  /** Earlier Norwegian wordings of the section, newest first, where a source gives them (the same model as every instrument's). */
  versions: z.array(statuteVersion).optional(),
});

export type ActSectionData = z.infer<typeof actSection>;

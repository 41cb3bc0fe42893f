// The Personal Data Act: chapters, sections (English file with the shared metadata)
// and the Norwegian original of each section.
import { z } from "astro/zod";
import { bilingual, isoDate, lovId, sectionId } from "./common";
import { statuteVersion } from "./statute";

/** content/act/chapters.yaml, keyed by chapter number. */
export const actChapter = z.strictObject({
  /** Chapter title in English and Norwegian, as in the two source texts. */
  title: bilingual,
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

/** content/act/en/<id>.mdx: the English translation and the section's metadata. */
export const actSection = z.strictObject({
  /** Section id as in the URL; must equal the file name ("12a" for section 12 a). */
  section: sectionId,
  /** Section title in both languages. */
  title: bilingual,
  /** Chapter number; must be a key of content/act/chapters.yaml. */
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
export type Amendment = z.infer<typeof amendment>;

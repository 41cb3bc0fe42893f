// The glossary: content/glossary/terms.yaml, a list of Norwegian terms with their English
// equivalents. The same list feeds /glossary/ and the search's synonyms (Norwegian ↔ English),
// so every form a reader might type belongs in term, variants or english.
import { z } from "astro/zod";
import { siteTarget } from "./target";

export const glossaryTerm = z.strictObject({
  /** The anchor on /glossary/ (#fodselsnummer): ASCII, lower case, hyphens; never renamed once published. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `expected an ASCII slug like "fodselsnummer" or "varsel-om-vedtak", got ${JSON.stringify(issue.input)}`,
  }),
  /** The Norwegian term as written in the law or in practice (bokmål). */
  term: z.string().min(1),
  /** Other Norwegian forms a reader meets: abbreviations, inflections, older names. */
  variants: z.array(z.string().min(1)).default([]),
  /** English equivalents, the one the site uses first (for statute terms: the official translation's). */
  english: z.array(z.string().min(1)).min(1),
  /** One sentence on what it means, in our words. */
  meaning: z.string().min(1),
  /** Where the term matters on the site, most important first (the search lists these pages first for the term, in this order). */
  see: z.array(siteTarget).min(1),
  /** What is uncertain or approximate about the term or its translation, if anything. */
  note: z.string().min(1).optional(),
});

export type GlossaryTermData = z.infer<typeof glossaryTerm>;

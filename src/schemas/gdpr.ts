// The GDPR as data: content/gdpr/articles.json (the 99 articles, verbatim copy of
// ../shared/sources/gdpr-en.json), content/gdpr/structure.json (chapter and section titles,
// verbatim copy of ../shared/sources/gdpr-articles.json), content/gdpr/recitals.json (the 173
// recitals, verbatim copy of ../shared/sources/gdpr-recitals.json), content/gdpr/corrigendum-2018.json
// (the corrigendum's 15 corrections, verbatim copy of ../shared/sources/gdpr-corrigendum-2018.json)
// and content/gdpr/recital-pairing.yaml (the site's own pairing of recitals with articles).
// Read by src/lib/gdpr/model.ts.
import { z } from "astro/zod";

const roman = z.enum(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]);

/** A point of a paragraph: "(a)", "(11)", or a dash in Article 53. */
export interface GdprPointData {
  label: string;
  text: string;
  points?: GdprPointData[];
}
const point: z.ZodType<GdprPointData> = z.lazy(() =>
  z.object({
    /** The label as printed: "(a)", "(11)", "—". */
    label: z
      .string()
      .regex(/^(\([a-z]{1,4}\)|\(\d{1,2}\)|—)$/, { error: (i) => `expected a point label like "(a)", "(11)" or "—", got ${JSON.stringify(i.input)}` }),
    /** The point's text, verbatim. */
    text: z.string().min(1),
    /** Sub-points (Article 4's definitions (16), (22), (23)). */
    points: z.array(point).optional(),
  }),
);

/** content/gdpr/articles.json */
export const gdprArticles = z.object({
  /** Title, CELEX number, ELI, version and provenance of the text. */
  _meta: z.looseObject({ celex: z.literal("32016R0679"), eli: z.url(), official_journal: z.string().min(1) }),
  articles: z.array(
    z.object({
      /** Article number, 1–99. */
      article: z.number().int().min(1).max(99),
      /** The article's title, verbatim. */
      title: z.string().min(1),
      /** Chapter, in roman numerals. */
      chapter: roman,
      /** Section of the chapter, where the chapter has sections. */
      section: z.number().int().positive().nullable(),
      /** Paragraphs in order; a single unnumbered one where the article has no numbers. */
      paragraphs: z.array(
        z.object({
          /** "1", "2" …, or null for an article's only, unnumbered paragraph. */
          number: z.string().regex(/^\d+$/).nullable(),
          /** The paragraph's opening text, verbatim. */
          text: z.string().min(1),
          points: z.array(point).default([]),
          /** Further subparagraphs of the paragraph, after its points. */
          subparagraphs: z.array(z.object({ text: z.string().min(1), points: z.array(point).default([]) })).default([]),
        }),
      ),
      /** The Official Journal's footnotes to the article: "(19)" and its text. */
      footnotes: z.array(z.object({ marker: z.string().regex(/^\(\d+\)$/), text: z.string().min(1) })).default([]),
    }),
  ),
});

/** content/gdpr/structure.json */
export const gdprStructure = z.object({
  chapters: z.array(
    z.object({
      /** Chapter number in roman numerals. */
      chapter: roman,
      /** Chapter title, verbatim. */
      title: z.string().min(1),
      /** First and last article of the chapter. */
      articles: z.tuple([z.number().int(), z.number().int()]),
    }),
  ),
  sections: z.array(
    z.object({
      /** The chapter the section belongs to. */
      chapter: roman,
      /** Section number within the chapter. */
      section: z.number().int().positive(),
      /** Section title, verbatim. */
      title: z.string().min(1),
    }),
  ),
  articles: z.array(z.looseObject({ article: z.number().int(), title: z.string() })),
});

/** content/gdpr/recitals.json */
export const gdprRecitals = z.object({
  _meta: z.looseObject({ celex: z.literal("32016R0679"), official_journal: z.string().min(1) }),
  recitals: z.array(
    z.object({
      /** Recital number, 1–173. */
      number: z.number().int().min(1).max(173),
      /** The recital's paragraphs, verbatim, footnote calls as " (4)". */
      paragraphs: z.array(z.string().min(1)).min(1),
      /** The footnotes the recital calls, numbered as EUR-Lex numbers them. */
      footnotes: z.array(z.looseObject({ marker: z.string().regex(/^\(\d+\)$/), text: z.string().min(1) })),
      /** References to GDPR articles in the recital's text (none: the recitals name only other texts). */
      mentions: z.array(z.unknown()),
    }),
  ),
});

/** content/gdpr/corrigendum-2018.json */
export const gdprCorrigendum = z.object({
  _meta: z.looseObject({ celex: z.literal("32016R0679R(02)"), official_journal: z.string().min(1), eli: z.url() }),
  corrections: z.array(
    z.looseObject({
      /** "article 37(1)(c)", "recital 71". */
      where: z.string().min(1),
      /** The corrigendum's own heading: "On page 55, point (c) of Article 37(1)". */
      corrigendum_heading: z.string().min(1),
      /** The passages of the site's text the correction replaces: where, the printed wording, the corrected wording. */
      site_replacements: z.array(z.object({ location: z.string().min(1), site_for: z.string().min(1), site_read: z.string().min(1) })).min(1),
    }),
  ),
});

/**
 * content/gdpr/recital-pairing.yaml: the site's own selection of the recitals that explain each
 * article. Recital number → article number (or "general", for a recital about the Regulation as a
 * whole) → a one-line reason in the site's words.
 */
export const gdprPairing = z.record(
  z.string().regex(/^\d{1,3}$/, { error: (i) => `expected a recital number as key, got ${JSON.stringify(i.input)}` }),
  z
    .record(
      z.string().regex(/^(\d{1,2}|general)$/, { error: (i) => `expected an article number or "general", got ${JSON.stringify(i.input)}` }),
      z.string().trim().min(10, { error: "give a one-line reason (at least 10 characters)" }),
    )
    .refine((pairs) => Object.keys(pairs).length > 0, { error: 'pair the recital with at least one article, or say "general"' }),
);

export type GdprRecitalsData = z.infer<typeof gdprRecitals>;
export type GdprCorrigendumData = z.infer<typeof gdprCorrigendum>;
export type GdprPairingData = z.infer<typeof gdprPairing>;
export type GdprArticlesData = z.infer<typeof gdprArticles>;
export type GdprStructureData = z.infer<typeof gdprStructure>;

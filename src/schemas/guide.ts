// Guides: topic pages in our own words, content/guides/<slug>.mdx. The body is MDX that links
// what it rests on with citation targets ([section 16](pda:16)); the frontmatter lists the same
// targets so that pages, tests and the search can use them without reading the body.
import { z } from "astro/zod";
import { isoDate } from "./common";
import { lawTarget, siteTarget } from "./target";

/** The groups the guides are listed under on /guides/, in this order. */
export const guideGroups = ["Recording, photos and monitoring", "Duties of organisations", "Norway's own rules", "The Act and its enforcement"] as const;

export const guide = z.strictObject({
  /** Page title, in sentence case. */
  title: z.string().min(1),
  /** One or two sentences: the lede on the page, the text on /guides/ and the meta description. */
  summary: z.string().min(1),
  /** The practical questions the guide answers, as a reader would ask them. */
  questions: z.array(z.string().min(1)).min(1),
  /** Where the guide is listed on /guides/. */
  group: z.enum(guideGroups),
  /** Position within its group. */
  order: z.number().int().positive(),
  /** Everything the guide rests on: sections, articles, Penal Code provisions, decisions. Each must exist and be linked in the body. */
  cites: z.array(lawTarget).min(1),
  /** Further reading on the site: other guides, decision trees, glossary terms. */
  see: z.array(siteTarget).default([]),
  /** When the guide was last checked against the law and the decisions it cites. */
  lastReviewed: isoDate,
});

export type GuideData = z.infer<typeof guide>;

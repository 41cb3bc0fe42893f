// Renders a section of the Act for a page, once per variant, with the plugins every statute page uses.
import type { Pluggable } from "unified";
import type { Lang } from "../citation";
import { type RenderedStatute, type RenderOptions, renderStatute } from "../statute/render";
import rehypeCrossReferences from "../../plugins/rehype-cross-references";
import { type Section, sectionSource } from "./model";

const cache = new Map<string, RenderedStatute>();

export function renderSection(section: Section, lang: Lang, options: Omit<RenderOptions, "lang" | "source"> = {}): RenderedStatute {
  const key = JSON.stringify([section.id, lang, options.prefix, options.mark, options.footnoteHeading, options.footnotePrefix]);
  let rendered = cache.get(key);
  if (!rendered) {
    // References in the text become links; same-section ones stay on the page (with its prefix).
    const references: Pluggable = [rehypeCrossReferences, { context: { lang, statute: "pda", section: section.id }, prefix: options.prefix ?? "" }];
    const { body, file } = sectionSource(section, lang);
    rendered = renderStatute(body, {
      ...options,
      lang,
      source: file,
      rehypePlugins: [references, ...(options.rehypePlugins ?? [])],
    });
    cache.set(key, rendered);
  }
  return rendered;
}

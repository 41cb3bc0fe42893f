// Renders a short piece of Markdown held in frontmatter or data (an explanation, a note) to HTML,
// with the same citation-target links as the site's MDX: [section 3](pda:3) becomes a site link,
// and a target that does not exist fails the build, naming the source. With `crossReferences` the
// references recognised in the words are linked too ("Article 33(3)"), as on the pages built from MDX.
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import rehypeCrossReferences, { type DocumentContext } from "../plugins/rehype-cross-references";
import rehypeTargetLinks, { type TargetLinkOptions } from "../plugins/rehype-target-links";

export interface MarkdownOptions extends TargetLinkOptions {
  /** Also link the references in the words, read in this context (which statute a bare "section 16" is). */
  crossReferences?: DocumentContext;
}

/** `source` names the file and field in errors, e.g. "content/penal-code/205.mdx, field explanation". */
export function renderMarkdown(markdown: string, source: string, options: MarkdownOptions = {}): string {
  const { crossReferences, ...targetLinks } = options;
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTargetLinks, targetLinks);
  if (crossReferences) processor.use(rehypeCrossReferences, { context: crossReferences, registry: targetLinks.registry, ids: false });
  processor.use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path: source })));
}

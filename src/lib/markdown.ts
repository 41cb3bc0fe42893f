// Renders a short piece of Markdown held in frontmatter or data (an explanation, a note) to HTML,
// with the same citation-target links as the site's MDX: [section 3](pda:3) becomes a site link,
// and a target that does not exist fails the build, naming the source.
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import rehypeTargetLinks, { type TargetLinkOptions } from "../plugins/rehype-target-links";

/** `source` names the file and field in errors, e.g. "content/penal-code/205.mdx, field explanation". */
export function renderMarkdown(markdown: string, source: string, options: TargetLinkOptions = {}): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTargetLinks, options).use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path: source })));
}

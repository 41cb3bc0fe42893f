// Renders the Markdown of a tree (intro, help, explanations) to HTML. Links written with a
// citation target ([section 31](pda:31)) become site links, and a broken one fails the build,
// as in every other Markdown on the site (src/plugins/rehype-target-links.ts).
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import rehypeTargetLinks, { type TargetLinkOptions } from "../../plugins/rehype-target-links";

export function renderTreeMarkdown(markdown: string, where: string, options: TargetLinkOptions = {}): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTargetLinks, options).use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path: where })));
}

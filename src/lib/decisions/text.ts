// A decision's Markdown summary as plain text (mdast, not regexes), for descriptions, feeds and exports.
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse);

/** The first paragraph of the summary as plain text (headings skipped), for descriptions and feeds. */
export function leadText(markdown: string): string {
  const tree = parser.parse(markdown.trim()) as Root;
  const first = tree.children.find((n) => n.type === "paragraph");
  return first ? toString(first).replace(/\s+/g, " ").trim() : "";
}

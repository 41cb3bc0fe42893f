// A decision's Markdown summary as plain text (mdast, not regexes), for descriptions, feeds and exports.
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse);
/** Each summary is parsed once per build, however many lists, feeds and exports show its lead. */
const leads = new Map<string, string>();

/** The first paragraph of the summary as plain text (headings skipped), for descriptions and feeds. */
export function leadText(markdown: string): string {
  let lead = leads.get(markdown);
  if (lead === undefined) {
    const first = (parser.parse(markdown.trim()) as Root).children.find((n) => n.type === "paragraph");
    lead = first ? toString(first).replace(/\s+/g, " ").trim() : "";
    leads.set(markdown, lead);
  }
  return lead;
}

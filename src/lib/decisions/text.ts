// A decision's Markdown summary as plain text (mdast, not regexes), for descriptions, feeds and exports.
import type { Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** The first paragraph of a parsed summary as plain text (headings skipped). */
export function leadOf(tree: Root): string {
  const first = tree.children.find((n) => n.type === "paragraph");
  return first ? toString(first).replace(/\s+/g, " ").trim() : "";
}

const parser = unified().use(remarkParse);
const leads = new Map<string, string>();

/**
 * The lead of a summary parsed on its own. The build does not need this: it takes each lead from the
 * one parse that renders the page (lib/markdown.ts, renderDocument; lib/decisions/load.ts).
 */
export function leadText(markdown: string): string {
  let lead = leads.get(markdown);
  if (lead === undefined) leads.set(markdown, (lead = leadOf(parser.parse(markdown.trim()) as Root)));
  return lead;
}

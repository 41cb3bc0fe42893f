// How a citation target reads as a link text. Law is named by its citation ("Personal Data Act
// section 16 first subsection (c)"); decisions, guides, trees and glossary terms by the title or
// term in their own content file, read once per file.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { load } from "js-yaml";
import type { Registry } from "./registry";
import { type Target, targetLabel } from "./targets";

const read = new Map<string, unknown>();
function data(file: string): unknown {
  if (!read.has(file)) {
    const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
    read.set(file, text === undefined ? undefined : /\.ya?ml$/.test(file) ? load(text) : parseFrontmatter(text).frontmatter);
  }
  return read.get(file);
}

/** A title field that may be a string or { en, nb }. */
function titleOf(d: unknown): string | undefined {
  const title = (d as { title?: unknown } | undefined)?.title;
  if (typeof title === "string" && title.trim()) return title.trim();
  if (title && typeof title === "object" && typeof (title as { en?: unknown }).en === "string") return (title as { en: string }).en;
  return undefined;
}

const humanize = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, " ");

export function labelOf(t: Target, reg: Registry, root = process.cwd()): string {
  const content = join(root, "content");
  switch (t.kind) {
    case "decision": {
      const slug = reg.decisions.get(t.id);
      const d = slug ? data(join(content, "decisions", `${slug}.mdx`)) : undefined;
      const entity = (d as { entity?: unknown } | undefined)?.entity;
      return titleOf(d) ?? (typeof entity === "string" ? entity : `Decision ${t.id}`);
    }
    case "guide":
      return `Guide: ${titleOf(data(join(content, "guides", `${t.slug}.mdx`))) ?? humanize(t.slug)}`;
    case "tree":
      return `Decision tree: ${titleOf(data(join(content, "trees", `${t.slug}.yaml`))) ?? humanize(t.slug)}`;
    case "glossary": {
      const terms = (data(join(content, "glossary", "terms.yaml")) ?? []) as { slug: string; term: string }[];
      return `Glossary: ${terms.find((x) => x.slug === t.term)?.term ?? t.term}`;
    }
    default:
      return targetLabel(t);
  }
}

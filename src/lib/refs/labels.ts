// How a citation target reads as a link text. Law is named by its citation ("Personal Data Act
// section 16 first subsection (c)"); decisions, guides, trees and glossary terms by the title or
// term in their own content file, read through the one content reader (lib/content/disk.ts).
import { dataFile, markdownFiles } from "../content/disk";
import type { Registry } from "./registry";
import { type Target, targetLabel } from "./targets";

const frontmatterOf = (folder: string, id: string, root: string) => markdownFiles(folder, root).find((e) => e.id === id)?.frontmatter;

/** A title field that may be a string or { en, nb }. */
function titleOf(d: unknown): string | undefined {
  const title = (d as { title?: unknown } | undefined)?.title;
  if (typeof title === "string" && title.trim()) return title.trim();
  if (title && typeof title === "object" && typeof (title as { en?: unknown }).en === "string") return (title as { en: string }).en;
  return undefined;
}

const humanize = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/-/g, " ");

export function labelOf(t: Target, reg: Registry, root = process.cwd()): string {
  switch (t.kind) {
    case "decision": {
      const slug = reg.decisions.get(t.id);
      const d = slug ? frontmatterOf("decisions", slug, root) : undefined;
      const entity = (d as { entity?: unknown } | undefined)?.entity;
      return titleOf(d) ?? (typeof entity === "string" ? entity : `Decision ${t.id}`);
    }
    case "guide":
      return `Guide: ${titleOf(frontmatterOf("guides", t.slug, root)) ?? humanize(t.slug)}`;
    case "tree":
      return `Decision tree: ${titleOf(dataFile(`trees/${t.slug}.yaml`, root)) ?? humanize(t.slug)}`;
    case "glossary": {
      const terms = (dataFile("glossary/terms.yaml", root) ?? []) as { slug: string; term: string }[];
      return `Glossary: ${terms.find((x) => x.slug === t.term)?.term ?? t.term}`;
    }
    default:
      return targetLabel(t);
  }
}

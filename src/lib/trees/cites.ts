// Turns the citation targets of a tree's outcomes into links: a label a reader understands and
// the site path (with anchor) to link to. Statute and GDPR labels come from the target itself;
// decisions, guides and trees are named by the title in their own content file where it has one.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { load } from "js-yaml";
import { missing, type Registry } from "../refs/registry";
import { parseTarget, targetLabel, targetPath, type Target } from "../refs/targets";

export interface Cite {
  /** The target as written in the tree ("pda:16(4)"). */
  target: string;
  kind: Target["kind"];
  /** How the link reads ("Personal Data Act section 16 fourth subsection"). */
  label: string;
  /** Site path with anchor, without the base path ("/personal-data-act/16/#subsection-4"). */
  path: string;
}

/** Why a target does not resolve, or undefined: the check the build runs on every outcome. */
export function targetProblem(target: string, reg: Registry): string | undefined {
  try {
    return missing(parseTarget(target), reg);
  } catch (error) {
    return (error as Error).message;
  }
}

const humanize = (slug: string) => {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function frontmatterOf(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  if (/\.ya?ml$/.test(file)) return (load(readFileSync(file, "utf8")) as Record<string, unknown>) ?? {};
  return parseFrontmatter(readFileSync(file, "utf8")).frontmatter as Record<string, unknown>;
}

/** A title field that may be a string or { en, nb }. */
function titleOf(data: Record<string, unknown>): string | undefined {
  const title = data.title;
  if (typeof title === "string" && title.trim()) return title.trim();
  if (title && typeof title === "object" && typeof (title as { en?: unknown }).en === "string") return (title as { en: string }).en;
  return undefined;
}

/** The name of a decision: its title, else "<entity>, <date>", else its id. */
function decisionName(data: Record<string, unknown>, id: string): string {
  const title = titleOf(data);
  if (title) return title;
  const entity = typeof data.entity === "string" ? data.entity : undefined;
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : typeof data.date === "string" ? data.date : undefined;
  return entity ? `${entity}${date ? `, ${date}` : ""}` : `Decision ${id}`;
}

export function resolveCite(target: string, reg: Registry, root = process.cwd()): Cite {
  const t = parseTarget(target);
  const content = join(root, "content");
  let label: string;
  switch (t.kind) {
    case "decision": {
      const slug = reg.decisions.get(t.id);
      label = decisionName(slug ? frontmatterOf(join(content, "decisions", `${slug}.mdx`)) : {}, t.id);
      break;
    }
    case "guide":
      label = `Guide: ${titleOf(frontmatterOf(join(content, "guides", `${t.slug}.mdx`))) ?? humanize(t.slug)}`;
      break;
    case "tree":
      label = `Decision tree: ${titleOf(frontmatterOf(join(content, "trees", `${t.slug}.yaml`))) ?? humanize(t.slug)}`;
      break;
    default:
      label = targetLabel(t);
  }
  return { target, kind: t.kind, label, path: targetPath(t, (id) => reg.decisions.get(id)) };
}

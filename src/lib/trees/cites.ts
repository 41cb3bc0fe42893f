// Turns the citation targets of a tree's outcomes into links: a label a reader understands and
// the site path (with anchor) to link to. Statute and GDPR labels come from the target itself;
// decisions, guides and trees are named by the title in their own content file where it has one.
import { labelOf } from "../refs/labels";
import { missing, type Registry } from "../refs/registry";
import { parseTarget, targetPath, type Target } from "../refs/targets";

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

export function resolveCite(target: string, reg: Registry, root = process.cwd()): Cite {
  const t = parseTarget(target);
  const label = labelOf(t, reg, root);
  return { target, kind: t.kind, label, path: targetPath(t, (id) => reg.decisions.get(id)) };
}

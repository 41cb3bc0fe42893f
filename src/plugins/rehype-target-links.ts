// Resolves Markdown links written with a citation target as their address, e.g.
// [the Grindr decision](decision:grindr-2021) or [section 16 (1)(c)](pda:16(1)(c)), into site
// URLs. A target that does not exist fails the build, naming the file and the target.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { type Registry, missing, registry as projectRegistry } from "../lib/refs/registry";
import { parseTarget, targetPath } from "../lib/refs/targets";
import { TARGET_PREFIXES } from "../lib/statute/instruments";
import { url } from "../lib/urls";

/** Every kind of citation target: each instrument's prefixes ("kameraovervakingsforskriften:"), the GDPR, decisions and site pages. */
const KINDS = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "decision", "guide", "tree", "glossary"].join("|")}):`);

export interface TargetLinkOptions {
  /** What exists; defaults to the project's content/ folder. */
  registry?: () => Registry;
}

export default function rehypeTargetLinks(options: TargetLinkOptions = {}) {
  const getRegistry = options.registry ?? projectRegistry;
  return (tree: Root, file: { path?: string }) => {
    visit(tree, "element", (el: Element) => {
      const href = el.tagName === "a" ? el.properties?.href : undefined;
      if (typeof href !== "string" || !KINDS.test(href)) return;
      const where = file.path ?? "a Markdown file";
      let target;
      try {
        target = parseTarget(decodeURIComponent(href));
      } catch (error) {
        throw new Error(`${where}: link ${href}: ${(error as Error).message}`, { cause: error });
      }
      const reg = getRegistry();
      const problem = missing(target, reg);
      if (problem) throw new Error(`${where}: broken reference ${problem}`);
      el.properties.href = url(targetPath(target, (id) => reg.decisions.get(id)));
      el.properties.dataTarget = href;
    });
  };
}

// How a target in a "see" or "cites" list reads as a link: law by its citation, guides and
// glossary terms by their titles, decision trees by their slug until the trees carry titles.
import { registry } from "../refs/registry";
import { parseTarget, targetLabel, targetPath } from "../refs/targets";
import { url } from "../urls";

export interface Names {
  /** Guide slug → title. */
  guides: Map<string, string>;
  /** Glossary slug → Norwegian term. */
  glossary: Map<string, string>;
}

export function seeLabel(value: string, names: Names): string {
  const t = parseTarget(value);
  switch (t.kind) {
    case "guide":
      return `Guide: ${names.guides.get(t.slug) ?? t.slug}`;
    case "glossary":
      return `Glossary: ${names.glossary.get(t.term) ?? t.term}`;
    case "tree":
      return `Decision tree: ${t.slug.replace(/-/g, " ")}`;
    default:
      return targetLabel(t);
  }
}

/** The href of a target, under the base path. */
export function targetHref(value: string): string {
  return url(targetPath(parseTarget(value), (id) => registry().decisions.get(id)));
}

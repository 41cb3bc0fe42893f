// How a target in a "see" or "cites" list reads as a link, and where it leads (under the base path).
import { labelOf } from "../refs/labels";
import { registry } from "../refs/registry";
import { parseTarget, targetPath } from "../refs/targets";
import { url } from "../urls";

export function seeLabel(value: string): string {
  return labelOf(parseTarget(value), registry());
}

/** The href of a target, under the base path. */
export function targetHref(value: string): string {
  return url(targetPath(parseTarget(value), (id) => registry().decisions.get(id)));
}

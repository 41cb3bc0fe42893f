// Checks lists of citation targets held in frontmatter or data against what exists, so that a
// "cites" or "see" list cannot point at a section, article, decision or page that is not there.
// Errors name the file, the field (with the position in the list) and the value.
import { ContentError } from "./errors";
import { missing, type Registry } from "../refs/registry";
import { parseTarget, type Target } from "../refs/targets";

export function checkTargets(file: string, field: string, values: readonly string[], reg: Registry): Target[] {
  return values.map((value, i) => {
    let target: Target;
    try {
      target = parseTarget(value);
    } catch (error) {
      throw new ContentError(file, `${field}.${i}`, value, (error as Error).message);
    }
    const problem = missing(target, reg);
    if (problem) throw new ContentError(file, `${field}.${i}`, value, problem);
    return target;
  });
}

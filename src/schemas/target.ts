// A citation target written as a string in frontmatter or data ("pda:16(1)(c)", "decision:grindr-2021"),
// checked for its syntax and its kind here; whether it exists is checked against the content
// when the collection is loaded (src/lib/refs/registry.ts).
import { z } from "astro/zod";
import { parseTarget, type Target } from "../lib/refs/targets";
import { STATUTE_KEYS } from "../lib/statute/instruments";

/** A target of one of the given kinds, e.g. target(["pda", "penal", "gdpr", "decision"]), or of any kind. Aliases count as their instrument ("straffeloven:" is "penal"). */
export function target(kinds?: readonly Target["kind"][]) {
  return z.string().superRefine((value, ctx) => {
    let parsed: Target;
    try {
      parsed = parseTarget(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message, input: value });
      return;
    }
    if (kinds && !kinds.includes(parsed.kind))
      ctx.addIssue({ code: "custom", message: `expected a target of kind ${kinds.join(", ")}; got "${parsed.kind}"`, input: value });
  });
}

/** What a page rests on: the law (every instrument of src/lib/statute/instruments.ts, the GDPR) and the decisions. */
export const lawTarget = target([...STATUTE_KEYS, "gdpr", "gdpr-recital", "decision"]);
/** Where else to read: any part of the site. */
export const siteTarget = target([...STATUTE_KEYS, "gdpr", "gdpr-recital", "decision", "guide", "tree", "glossary"]);

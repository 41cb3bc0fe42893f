// The glossary as /glossary/ shows it: terms in Norwegian alphabetical order (æ, ø, å last),
// under their initial letter, each checked (unique slug, "see" targets that exist). Pure.
import type { GlossaryTermData } from "../../schemas/glossary";
import { ContentError, type EntryLike } from "../content/errors";
import { checkTargets } from "../content/check-targets";
import type { Registry } from "../refs/registry";

export const GLOSSARY_FILE = "content/glossary/terms.yaml";

const collator = new Intl.Collator("nb", { sensitivity: "base" });

export function buildGlossary(entries: EntryLike<GlossaryTermData>[], reg: Registry): GlossaryTermData[] {
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.data.slug)) throw new ContentError(GLOSSARY_FILE, "slug", e.data.slug, "used by two terms");
    seen.add(e.data.slug);
    checkTargets(`${GLOSSARY_FILE}, term "${e.data.slug}"`, "see", e.data.see, reg);
  }
  return entries.map((e) => e.data).sort((a, b) => collator.compare(a.term, b.term));
}

/** The initial a term is filed under: "Å" for "åndsverkloven", "§" stays "§". */
export function initial(term: string): string {
  return term.charAt(0).toLocaleUpperCase("nb");
}

export function groupByInitial(terms: GlossaryTermData[]): { letter: string; terms: GlossaryTermData[] }[] {
  const groups: { letter: string; terms: GlossaryTermData[] }[] = [];
  for (const t of terms) {
    const letter = initial(t.term);
    if (groups.at(-1)?.letter !== letter) groups.push({ letter, terms: [] });
    groups.at(-1)!.terms.push(t);
  }
  return groups;
}

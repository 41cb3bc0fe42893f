// How the site names a place in a statute: anchors and citations in English and Norwegian.
// Pure; shared by pages and the copy buttons (lib/cite.ts builds the Markdown link).

import { instrument, type StatuteKey } from "./statute/instruments";

export type Lang = "en" | "nb";

/** A statute the site cites by section: "penal-code" is the Penal Code's older name here; the rest are instrument keys. */
export type Statute = StatuteKey | "penal-code";

/** A place in a statute. Without subsection it is the whole section. */
export interface Location {
  statute: Statute;
  section: string; // "16", "12a", "266a"
  subsection?: number;
  letter?: string;
}

const ORDINALS: Record<Lang, string[]> = {
  en: ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
  // The forms the Act itself uses ("annet ledd", not "andre ledd").
  nb: ["første", "annet", "tredje", "fjerde", "femte", "sjette", "syvende", "åttende", "niende", "tiende"],
};

const keyOf = (statute: Statute): StatuteKey => (statute === "penal-code" ? "penal" : statute);
const nameOf = (statute: Statute, lang: Lang) => instrument(keyOf(statute)).name[lang];

/** "første", "annet"/"andre" (as the instrument itself writes it), "tredje" …; "first", "second" … */
export function ordinal(n: number, lang: Lang, statute: Statute = "pda"): string {
  const word = lang === "nb" && n === 2 ? instrument(keyOf(statute)).second : ORDINALS[lang][n - 1];
  if (!word) throw new RangeError(`no ordinal for subsection ${n}`);
  return word;
}

/** "12a" → "12 a", the way the statutes print a lettered section number. */
export function sectionLabel(section: string): string {
  return section.replace(/^(\d+)([a-z])$/, "$1 $2");
}

/** The anchor id of a place inside a section: "subsection-1", "subsection-1-c". */
export function anchorId(subsection: number, letter?: string, prefix = ""): string {
  return `${prefix}subsection-${subsection}${letter ? `-${letter}` : ""}`;
}

/** The prefix that makes anchors unique on pages holding many sections: "section-16-". */
export function sectionPrefix(section: string): string {
  return `section-${section}-`;
}

/**
 * Reads an anchor id back: "subsection-1-c", "section-16-subsection-1-c", or "section-16"
 * (a whole section on a page that holds many).
 */
export function parseAnchor(id: string): { section?: string; subsection?: number; letter?: string } | undefined {
  const m = /^(?:section-(\d+(?:-\d+)?[a-z]?)(?:-|$))?(?:subsection-(\d+)(?:-([a-zæøå]|\d{1,2}))?)?$/.exec(id);
  if (!m || (!m[1] && !m[2])) return undefined;
  return { section: m[1], subsection: m[2] ? Number(m[2]) : undefined, letter: m[3] };
}

/** The words for a place within a section, without the statute: "first subsection (c)". */
export function placeWords(subsection: number, letter: string | undefined, lang: Lang, statute: Statute = "pda"): string {
  if (lang === "en") return `${ordinal(subsection, "en")} subsection${letter ? ` (${letter})` : ""}`;
  return `${ordinal(subsection, "nb", statute)} ledd${letter ? ` bokstav ${letter}` : ""}`;
}

/** "Personal Data Act section 16 first subsection (c)" / "personopplysningsloven § 16 første ledd bokstav c". */
export function citation(loc: Location, lang: Lang): string {
  const name = nameOf(loc.statute, lang);
  const section = lang === "en" ? `section ${sectionLabel(loc.section)}` : `§ ${sectionLabel(loc.section)}`;
  const place = loc.subsection ? ` ${placeWords(loc.subsection, loc.letter, lang, loc.statute)}` : "";
  return `${name} ${section}${place}`;
}

// The corrigendum of 23 May 2018 (OJ L 127, 23.5.2018, p. 2; CELEX 32016R0679R(02)) applied to the
// printed text of OJ L 119: each correction names where it applies ("article 37(1)(c)", "article
// 64(6)", "recital 71, second paragraph (sixth sentence)") and the printed passage it replaces.
// The passage must be found exactly once at that place, or the build fails.
import { ContentError } from "../content/errors";

export interface Correction {
  /** The wording of the paragraph or point as first printed in OJ L 119, 4.5.2016. */
  printed: string;
  /** The corrigendum's own heading: "On page 55, point (c) of Article 37(1)". */
  heading: string;
  /** The corrigendum as cited: "OJ L 127, 23.5.2018, p. 2-5 (CELEX 32016R0679R(02))". */
  by: string;
}

/** A place a correction applies to. */
export type CorrectionPlace = { kind: "article"; article: number; paragraph: number; point?: string } | { kind: "recital"; recital: number; paragraph: number };

const ORDINAL = ["first", "second", "third", "fourth", "fifth"];

/** "article 37(1)(c)" → Article 37, paragraph 1, point c; "recital 71, second paragraph (…)" → recital 71, paragraph 2. */
export function parsePlace(location: string): CorrectionPlace | undefined {
  const a = /^article (\d+)\((\d+)\)(?:\(([a-z])\))?$/.exec(location);
  if (a) return { kind: "article", article: Number(a[1]), paragraph: Number(a[2]), point: a[3] };
  const r = new RegExp(`^recital (\\d+)(?:, (${ORDINAL.join("|")}) paragraph\\b.*)?$`).exec(location);
  if (r) return { kind: "recital", recital: Number(r[1]), paragraph: r[2] ? ORDINAL.indexOf(r[2]) + 1 : 1 };
  return undefined;
}

/** A text with one passage corrected: the passage must occur exactly once. */
export function correctText(text: string, passage: { site_for: string; site_read: string }, where: { file: string; field: string }): string {
  const first = text.indexOf(passage.site_for);
  if (first < 0 || text.indexOf(passage.site_for, first + 1) >= 0) {
    throw new ContentError(
      where.file,
      where.field,
      passage.site_for,
      first < 0 ? "the printed passage is not in the text at this place" : "the printed passage occurs more than once at this place",
    );
  }
  return text.slice(0, first) + passage.site_read + text.slice(first + passage.site_for.length);
}

// Where /go/ takes what a reader typed: the one place it names, or the places to choose from. A
// query that is one citation is read as the search reads it (every form of an instrument's name,
// recitals, case numbers without leading zeros or suffixes); anything else by the text recogniser.
import { formatTarget, type Target } from "../refs/targets";
import { caseKeys } from "../decisions/case-numbers";
import { fold } from "../fold";
import { parseCitationQuery } from "../search/citation-query";
import { editDistance } from "../search/vocabulary";
import { INSTRUMENTS } from "../statute/instruments";
import type { CitationIndex } from "./index-data";
import { findCitations } from "./link";

export interface Place {
  /** Site path without base. */
  path: string;
  label: string;
}

export type Destination = { go: Place } | { choose: Place[] };

export function destination(query: string, index: CitationIndex): Destination {
  const q = query.trim();
  // An instrument's name misspelt ("poppl § 16", "arbeidsmiljølven § 9-1"): read with the name it is close to.
  const whole = parseCitationQuery(q) ?? (/\d/.test(q) ? parseCitationQuery(respelled(q) ?? "") : undefined);
  const targets = whole ? ("target" in whole ? nearest(whole.target, index) : casesOf(whole.caseNumber, index)) : [];
  const places = targets.flatMap((t) => (index.targets[t] ? [{ path: index.targets[t][0], label: index.targets[t][1] }] : []));
  if (places.length === 1) return { go: places[0] };
  if (places.length) return { choose: places };
  const found = findCitations(q, index).filter((f) => f.path);
  const distinct = [...new Map(found.map((f) => [f.target, { path: f.path!, label: f.label ?? f.text }])).values()];
  return distinct.length === 1 ? { go: distinct[0] } : { choose: distinct };
}

/** The place a target names, or the nearest place above it the index holds: "§ 12 tredje ledd" of a section without a third subsection goes to the section. */
function nearest(target: Target, index: CitationIndex): string[] {
  const place: Record<string, unknown> = { ...target };
  const wider = [formatTarget(target)];
  for (const parts of [
    ["letter", "point"],
    ["subsection", "paragraph"],
  ]) {
    for (const part of parts) delete place[part];
    wider.push(formatTarget(place as Target));
  }
  const held = wider.find((t) => index.targets[t]);
  return held ? [held] : [];
}

/** The decisions a case number names: those printed with it exactly (zeros aside) if any, else those with it as the bare number. */
const casesOf = (caseNumber: string, index: CitationIndex): string[] =>
  caseKeys(caseNumber)
    .map((key) => index.cases[key] ?? [])
    .find((named) => named.length) ?? [];

/** One-word names of the instruments, folded and without a full stop, each with its instrument (the GDPR's too). */
const ONE_WORD_NAMES = [
  ...INSTRUMENTS.flatMap((i) =>
    [...i.citedAs.nb, ...i.citedAs.nn, ...i.citedAs.abbreviations].filter((n) => !/\s/.test(n)).map((name) => ({ name, key: i.key as string })),
  ),
  ...["gdpr", "personvernforordningen"].map((name) => ({ name, key: "gdpr" })),
].map((n) => ({ ...n, folded: fold(n.name).replace(/\.$/, "") }));

/**
 * The query with a misspelt instrument name before the place put right: the name of the one
 * instrument within an edit of it (two in names of ten letters or more), names of four letters or more. Undefined when none or several are close.
 */
function respelled(q: string): string | undefined {
  const m = /^([\p{L}-]{4,})\.?(?=\s*(?:§|s\.?\s*\d|section|sec\.?|art|\d))/iu.exec(q);
  if (!m) return undefined;
  const typed = fold(m[1]);
  const max = typed.length < 10 ? 1 : 2;
  const close = ONE_WORD_NAMES.filter((n) => n.folded.length >= 4 && editDistance(typed, n.folded, max) <= max);
  if (!close.length || new Set(close.map((n) => n.key)).size > 1) return undefined;
  return close[0].name + q.slice(m[0].length);
}

// Where /go/ takes what a reader typed: the one place it names, or the places to choose from. A
// query that is one citation is read as the search reads it (every form of an instrument's name,
// recitals, case numbers without leading zeros or suffixes); anything else by the text recogniser.
import { formatTarget, type Target } from "../refs/targets";
import { caseKeys } from "../decisions/case-numbers";
import { parseCitationQuery } from "../search/citation-query";
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
  const whole = parseCitationQuery(q);
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

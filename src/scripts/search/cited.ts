// A citation typed into a search box, resolved to the page it names (search/citations/<kind>.json):
// loaded only for a query with a number in it, so that the parser and the instruments' names it reads
// are not part of every search's JavaScript.
import { caseKeys } from "../../lib/decisions/case-numbers";
import { citationFile } from "../../lib/search/citation-index";
import type { CitationQuery } from "../../lib/search/citation-query";
import { formatTarget, type Target } from "../../lib/refs/targets";

export { parseCitationQuery } from "../../lib/search/citation-query";

export type CitationsFile = Record<string, { url: string; title: string }>;

function sectionKey(t: Target): string {
  if ("section" in t) return `${t.kind}:${t.section}`;
  if (t.kind === "gdpr") return `gdpr:${t.article}`;
  if (t.kind === "gdpr-recital") return `gdpr-recital:${t.recital}`;
  return formatTarget(t);
}

function anchorOf(t: Target): string {
  if ("section" in t && t.subsection) return `#subsection-${t.subsection}${t.letter ? `-${t.letter}` : ""}`;
  if (t.kind === "gdpr" && t.paragraph) return `#paragraph-${t.paragraph}${t.point ? `-${t.point}` : ""}`;
  if (t.kind === "gdpr-recital" && t.paragraph) return `#paragraph-${t.paragraph}`;
  return "";
}

const keysOf = (citation: CitationQuery) => ("target" in citation ? [sectionKey(citation.target)] : caseKeys(citation.caseNumber));

/** The citations file a citation is looked up in (search/citations/<this>.json). */
export const citationFileOf = (citation: CitationQuery): string => citationFile(keysOf(citation)[0]);

/** The page a citation names, at the place it names, from its citations file. */
export function citedPage(citation: CitationQuery, index: CitationsFile): { url: string; title: string } | undefined {
  const entry = keysOf(citation)
    .map((k) => index[k])
    .find(Boolean);
  if (!entry) return undefined;
  return { url: entry.url + ("target" in citation ? anchorOf(citation.target) : ""), title: entry.title };
}

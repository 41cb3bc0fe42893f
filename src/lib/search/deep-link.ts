// Where a search result should land: the subsection, lettered item or heading that holds the
// first match, from the anchors and word locations Pagefind reports for a page.
export interface Anchor {
  id: string;
  location: number;
  element?: string;
}

/** Ids worth landing on: statute subsections and items, GDPR paragraphs and points, headings, glossary terms. */
const LANDABLE = /^(?:section-\d+[a-z]?-)?subsection-\d+(?:-[a-zæøå])?$|^paragraph-\d+(?:-[a-z0-9]+)?$|^point-\d+$/;

export function landingAnchor(anchors: Anchor[], locations: number[]): string | undefined {
  if (!locations.length) return undefined;
  const first = Math.min(...locations);
  let best: Anchor | undefined;
  for (const a of anchors) {
    const usable = LANDABLE.test(a.id) || /^h[2-6]$/.test(a.element ?? "") || a.element === "dt";
    if (usable && a.location <= first && (!best || a.location >= best.location)) best = a;
  }
  return best?.id;
}

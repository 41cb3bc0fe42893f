// Links to the same place in another language or view (data-keep-anchor) carry the reader's
// #anchor along: /personal-data-act/16/#subsection-1-c → /personopplysningsloven/16/#subsection-1-c,
// or the side-by-side page's #section-16-subsection-1-c (data-anchor-prefix="section-16-").

/** The anchor `id` becomes on a page whose ids carry `prefix`: one the id already has is not repeated. */
export function carriedAnchor(id: string, prefix = ""): string {
  return `#${prefix}${id.startsWith(prefix) ? id.slice(prefix.length) : id}`;
}

/** Makes the page's data-keep-anchor links carry the anchor the reader is at when followed. */
export function keepAnchors(doc: Document) {
  doc.addEventListener("click", (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>("a[data-keep-anchor]");
    const id = location.hash.slice(1);
    if (!link || !id) return;
    link.hash = carriedAnchor(id, link.dataset.anchorPrefix);
  });
}

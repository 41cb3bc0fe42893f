// Links to the same place in another language or view (data-keep-anchor) carry the reader's
// #anchor along: /personal-data-act/16/#subsection-1-c → /personopplysningsloven/16/#subsection-1-c,
// or the side-by-side page's #section-16-subsection-1-c (data-anchor-prefix="section-16-").
document.addEventListener("click", (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>("a[data-keep-anchor]");
  const id = location.hash.slice(1);
  if (!link || !id) return;
  const prefix = link.dataset.anchorPrefix ?? "";
  link.hash = `#${prefix}${id.startsWith(prefix) ? id.slice(prefix.length) : id}`;
});

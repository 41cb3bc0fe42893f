// The HTML of a page as the search index reads it. Pagefind ends a sentence after blocks it knows
// (paragraphs, list items, table cells, divs) but runs the terms and values of a definition list
// and table header cells into the text around them: a decision's facts were indexed as
// "AuthorityOslo tingrettDecided1 July 2024", one word "authorityoslo" found by nobody. Wrapping
// their contents in a div makes Pagefind separate them as it does table cells ("Authority. Oslo
// tingrett. Decided. 1 July 2024."). Only the index sees this; the pages are served unchanged.
// It also gives the address Pagefind would give the file.

const OPEN = /<(dt|dd|th)(\s[^>]*)?>/gi;
const CLOSE = /<\/(dt|dd|th)\s*>/gi;

export function indexableHtml(html: string): string {
  return html.replace(OPEN, "$&<div>").replace(CLOSE, "</div>$&");
}

/** The address of a built file, relative to the site's root: "decisions/x/index.html" → "/decisions/x/". */
export function pageUrl(relativePath: string): string {
  return `/${relativePath
    .split(/[\\/]/)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1")}`;
}

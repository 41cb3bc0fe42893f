// The HTML of a page as the search index reads it. Pagefind ends a sentence after blocks it knows
// (paragraphs, list items, table cells, divs) but runs the terms and values of a definition list
// and table header cells into the text around them: a decision's facts were indexed as
// "AuthorityOslo tingrettDecided1 July 2024", one word "authorityoslo" found by nobody. Wrapping
// their contents in a div makes Pagefind separate them as it does table cells ("Authority. Oslo
// tingrett. Decided. 1 July 2024."). A provision's own text never names its instrument (an article
// of the GDPR says "this Regulation"), so a query naming it ("the maximum fine under the GDPR") found
// every page that mentions the GDPR but the GDPR's own articles: such a page (a GDPR article or
// recital, a section of a translated Act) names its instrument in data-search-instrument (its layout
// sets it through components/SearchData.astro), and the index reads the name as a line at the top of
// the page. Only the index sees this; the pages are served unchanged.
// It also gives the address Pagefind would give the file.

const OPEN = /<(dt|dd|th)(\s[^>]*)?>/gi;
const CLOSE = /<\/(dt|dd|th)\s*>/gi;

/** The name of the instrument of a page whose text and heading do not name it. */
const INSTRUMENT = /\sdata-search-instrument="([^"]*)"/;
const BODY = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/;

export function indexableHtml(html: string): string {
  const kept = html.replace(OPEN, "$&<div>").replace(CLOSE, "</div>$&");
  const instrument = INSTRUMENT.exec(html)?.[1];
  return instrument ? kept.replace(BODY, (main) => `${main}<p>${instrument}</p>`) : kept;
}

/** The address of a built file, relative to the site's root: "decisions/x/index.html" → "/decisions/x/". */
export function pageUrl(relativePath: string): string {
  return `/${relativePath
    .split(/[\\/]/)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1")}`;
}

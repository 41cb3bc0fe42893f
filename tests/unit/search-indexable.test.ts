// What the search index reads of a page: definition terms, values and header cells kept apart
// (lib/search/indexable.ts), and the address of a built file.
import { expect, test } from "vitest";
import { indexableHtml, pageUrl } from "../../src/lib/search/indexable";

test("terms and values of a definition list, and header cells, each get a block of their own", () => {
  const html = '<dl class="meta-list"><dt>Authority</dt><dd data-fact="authority">Oslo tingrett</dd><dt>Decided</dt><dd><time>1 July 2024</time></dd></dl>';
  expect(indexableHtml(html)).toBe(
    '<dl class="meta-list"><dt><div>Authority</div></dt><dd data-fact="authority"><div>Oslo tingrett</div></dd><dt><div>Decided</div></dt><dd><div><time>1 July 2024</time></div></dd></dl>',
  );
  expect(indexableHtml("<table><tr><th scope=row>Fine</th><td>NOK 1</td></tr></table>")).toBe(
    "<table><tr><th scope=row><div>Fine</div></th><td>NOK 1</td></tr></table>",
  );
});

test("other elements, and words that start like them, are left alone", () => {
  const html = "<p>A <dfn>term</dfn> and <details><summary>more</summary></details> <thead></thead> <ddx></ddx></p>";
  expect(indexableHtml(html)).toBe(html);
});

test("a page that names its instrument for the index is indexed with the name as its first line", () => {
  const page = (data: string) =>
    `<main id="main" data-pagefind-body><nav class="breadcrumbs" aria-label="Breadcrumbs" data-pagefind-ignore><ol><li><a href="/">Home</a></li><li><a href="/gdpr/">GDPR</a></li></ol></nav><span class="search-data" hidden><span data-pagefind-filter="type[data-value]" data-value="GDPR article"></span>${data}</span><h1>Article 83.</h1></main>`;
  expect(indexableHtml(page('<span data-search-instrument="GDPR"></span>'))).toMatch(/^<main id="main" data-pagefind-body><p>GDPR<\/p><nav/);
  const act = `<main data-pagefind-body><span data-search-instrument="Personopplysningsloven"></span></main>`;
  expect(indexableHtml(act)).toBe('<main data-pagefind-body><p>Personopplysningsloven</p><span data-search-instrument="Personopplysningsloven"></span></main>');
  // Without the attribute nothing is added, whatever the trail says.
  expect(indexableHtml(page(""))).toBe(page(""));
});

test("a built file's address", () => {
  expect(pageUrl("index.html")).toBe("/");
  expect(pageUrl("decisions/2024-07-01-x/index.html")).toBe("/decisions/2024-07-01-x/");
  expect(pageUrl("404.html")).toBe("/404.html");
});

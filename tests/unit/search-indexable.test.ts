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

test("a GDPR article, recital or Act section is indexed with its instrument's name, from its breadcrumb trail", () => {
  const page = (type: string) =>
    `<main id="main" data-pagefind-body><nav class="breadcrumbs" aria-label="Breadcrumbs" data-pagefind-ignore><ol><li><a href="/">Home</a></li><li><a href="/gdpr/">GDPR</a></li><li><span aria-current="page">Article 83</span></li></ol></nav><span hidden data-pagefind-filter="type:${type}"></span><h1>Article 83.</h1></main>`;
  expect(indexableHtml(page("GDPR article"))).toMatch(/^<main id="main" data-pagefind-body><p>GDPR<\/p><nav/);
  const act = `<main data-pagefind-body><nav class="breadcrumbs" data-pagefind-ignore><ol><li><a href="/">Hjem</a></li><li><a href="/personopplysningsloven/">Personopplysningsloven</a></li></ol></nav><span data-pagefind-filter="type[data-value]" data-value="Act section"></span></main>`;
  expect(indexableHtml(act)).toContain("<main data-pagefind-body><p>Personopplysningsloven</p>");
  // A decision's trail ("Decisions") is not its instrument.
  expect(indexableHtml(page("Decision"))).toBe(page("Decision"));
});

test("a built file's address", () => {
  expect(pageUrl("index.html")).toBe("/");
  expect(pageUrl("decisions/2024-07-01-x/index.html")).toBe("/decisions/2024-07-01-x/");
  expect(pageUrl("404.html")).toBe("/404.html");
});

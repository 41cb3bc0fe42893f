// An article's rendered text (src/lib/gdpr/render.ts): every paragraph and point has its anchor,
// and every reference in the text resolves.
import { describe, expect, test } from "vitest";
import { getGdpr } from "../../src/lib/gdpr/model";
import { articlePlaces, renderArticle } from "../../src/lib/gdpr/render";
import { missing, readRegistry } from "../../src/lib/refs/registry";
import { parseTarget, targetPath } from "../../src/lib/refs/targets";
import { root } from "./helpers/act-files";

const gdpr = getGdpr(root);
const reg = readRegistry(root);

describe("an article's text", () => {
  test("paragraphs and points carry their anchors and permalinks", () => {
    const { html } = renderArticle(gdpr.articles[8], reg);
    expect(html).toContain('<div class="subsection gdpr-paragraph" id="paragraph-2"><a class="pin" href="#paragraph-2" aria-label="Link to paragraph 2"></a>');
    expect(html).toContain(
      '<li id="paragraph-2-a"><a class="pin" href="#paragraph-2-a" aria-label="Link to paragraph 2 (a)"></a><span class="item-label">(a)</span> the data subject has given explicit consent',
    );
  });

  test("Article 4's numbered definitions are points, with their lettered sub-points", () => {
    const { html } = renderArticle(gdpr.articles[3], reg);
    expect(html).toContain(
      '<li id="point-11"><a class="pin" href="#point-11" aria-label="Link to point (11)"></a><span class="item-label">(11)</span> ‘consent’ of the data subject means',
    );
    expect(html).toContain('id="point-16-a"');
    expect(html).not.toContain('id="paragraph-');
    expect(targetPath(parseTarget("gdpr:4(11)"))).toBe("/gdpr/article-4/#point-11");
    expect(targetPath(parseTarget("gdpr:4(16)(a)"))).toBe("/gdpr/article-4/#point-16-a");
  });

  test("the registry knows Article 4's points and refuses paragraphs where an article has none", () => {
    expect(missing(parseTarget("gdpr:4(26)"), reg)).toBeUndefined();
    expect(missing(parseTarget("gdpr:4(22)(c)"), reg)).toBeUndefined();
    expect(missing(parseTarget("gdpr:4(27)"), reg)).toContain("Article 4 has no point (27)");
    expect(missing(parseTarget("gdpr:10(1)"), reg)).toContain("Article 10 has no numbered paragraphs");
    expect(missing(parseTarget("gdpr:9(2)(k)"), reg)).toContain("no point (k)");
  });

  test("Article 53's dashes are listed without anchors", () => {
    const { html } = renderArticle(gdpr.articles[52], reg);
    expect(html).toContain('<ul class="items dashes"><li><span class="item-label">—</span> their parliament;</li>');
  });

  test("references to other articles link, and to its own paragraphs stay on the page", () => {
    const { html } = renderArticle(gdpr.articles[8], reg);
    expect(html).toContain('<a href="/gdpr/article-89/#paragraph-1" data-ref="gdpr:89(1)">Article 89(1)</a>');
    expect(html).toContain('<a href="#paragraph-2-h" data-ref="gdpr:9(2)(h)">point (h)</a> of <a href="#paragraph-2" data-ref="gdpr:9(2)">paragraph 2</a>');
    const six = renderArticle(gdpr.articles[5], reg).html;
    expect(six).toContain('<a href="#paragraph-1-f" data-ref="gdpr:6(1)(f)">Point (f)</a> of the first subparagraph');
    expect(six).toContain('<a href="/gdpr/#chapter-ix">Chapter IX</a>');
  });

  test("references to other instruments stay plain", () => {
    const html = renderArticle(gdpr.articles[3], reg).html;
    expect(html).toContain("point (b) of Article 1(1) of Directive (EU) 2015/1535");
    expect(renderArticle(gdpr.articles[93], reg).html).toContain("Directive 95/46/EC");
  });

  test("every reference in the 99 articles resolves (the build would fail otherwise)", () => {
    const count = gdpr.articles.reduce((n, a) => n + renderArticle(a, reg).references.length, 0);
    expect(count).toBeGreaterThan(600);
  });

  test("previews have the text of every addressable place", () => {
    const places = articlePlaces(gdpr.articles[8]);
    expect(places["paragraph-2-a"]).toBe(
      "Paragraph 1 shall not apply if one of the following applies: … (a) the data subject has given explicit consent to the processing of those personal data for one or more specified purposes, except where Union or Member State law provide that the prohibition referred to in paragraph 1 may not be lifted by the data subject;",
    );
    expect(Object.keys(articlePlaces(gdpr.articles[3]))).toContain("point-16-b");
  });
});

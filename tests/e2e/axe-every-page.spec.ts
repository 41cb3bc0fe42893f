// axe (WCAG 2.2 A and AA) on every page in the sitemap, not only samples, in the light and the dark
// theme: each page is loaded once and checked in both (the theme is switched in place). The pages
// are split into batches so that the workers share them; each batch reuses one browser page, with axe
// put in each load by the browser (compiled once) rather than evaluated after it.
// accessibility.spec.ts checks pages outside the sitemap and interactive states. Through the
// fixture, this crawl also proves that no page makes a request to another host or logs an error.
import { axeInEveryLoad, axeViolationsInBothThemes, expect, test } from "./fixtures";
import { sitemapPaths } from "./site";

const paths = sitemapPaths();
const BATCHES = 16;

test("the sitemap lists the pages of every kind", () => {
  for (const kind of [
    "/personal-data-act/16/",
    "/personopplysningsloven/16/",
    "/penal-code/205/",
    "/gdpr/article-33/",
    "/guides/",
    "/tools/",
    "/fines/",
    "/glossary/",
  ]) {
    expect(paths, kind).toContain(kind);
  }
  expect(paths.some((p) => /^\/decisions\/\d{4}-/.test(p))).toBe(true);
});

for (let batch = 0; batch < BATCHES; batch++) {
  const mine = paths.filter((_, i) => i % BATCHES === batch);
  test(`axe finds nothing on pages ${batch + 1}/${BATCHES} of the sitemap (${mine.length} pages), light and dark`, async ({ page }) => {
    test.setTimeout(mine.length * 10_000 + 30_000);
    const found: Record<string, unknown> = {};
    await axeInEveryLoad(page);
    for (const path of mine) {
      await page.goto(path);
      const violations = await axeViolationsInBothThemes(page);
      if (Object.keys(violations).length) found[path] = violations;
    }
    expect(found).toEqual({});
  });
}

// axe (WCAG 2.2 A and AA) on every page in the sitemap, not only samples. The pages are split
// into batches so that the workers share them; each batch reuses one browser page. The samples in
// accessibility.spec.ts also run in the dark theme and with interactive states open. Through the
// fixture, this crawl also proves that no page makes a request to another host or logs an error.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { axeViolations, expect, test } from "./fixtures";

const dist = join(import.meta.dirname, "..", "..", "dist");
const paths = [...readFileSync(join(dist, "sitemap-0.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
const BATCHES = 8;

test("the sitemap lists the pages of every kind", () => {
  for (const kind of ["/personal-data-act/16/", "/personopplysningsloven/16/", "/penal-code/205/", "/gdpr/article-33/", "/guides/", "/tools/", "/fines/", "/glossary/"]) {
    expect(paths, kind).toContain(kind);
  }
  expect(paths.some((p) => /^\/decisions\/\d{4}-/.test(p))).toBe(true);
});

for (let batch = 0; batch < BATCHES; batch++) {
  const mine = paths.filter((_, i) => i % BATCHES === batch);
  test(`axe finds nothing on pages ${batch + 1}/${BATCHES} of the sitemap (${mine.length} pages)`, async ({ page }) => {
    test.setTimeout(mine.length * 5_000 + 30_000);
    const found: Record<string, unknown> = {};
    for (const path of mine) {
      await page.goto(path);
      const violations = await axeViolations(page);
      if (violations.length) found[path] = violations;
    }
    expect(found).toEqual({});
  });
}

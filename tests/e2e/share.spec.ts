// Sharing a link: absolute URLs carry the host the site was built for (SITE_URL), never another
// one, and short or capitalised addresses arrive at the right place with the anchor.
import { expect, test } from "./fixtures";

const SITE = new URL(process.env.SITE_URL ?? "http://127.0.0.1:4321").origin;

test("canonical, link preview, JSON-LD, sitemap, robots, feed and data files name the site's own host", async ({ page, request }) => {
  await page.goto("/personal-data-act/16/");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}/personal-data-act/16/`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${SITE}/personal-data-act/16/`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.url).toBe(`${SITE}/personal-data-act/16/`);
  for (const path of ["/sitemap-0.xml", "/robots.txt", "/decisions/feed.xml", "/data/act.json", "/data/decisions.json", "/data/decisions.csv"]) {
    const text = await (await request.get(path)).text();
    const hosts = new Set([...text.matchAll(/https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?/g)].map((m) => m[0]));
    hosts.delete(SITE);
    expect([...hosts], path).toEqual([]);
    expect(text, path).toContain(SITE);
  }
});

test("a capitalised section address (/pda/12A/, /personal-data-act/12A/) arrives at the section with its anchor", async ({ page }) => {
  await page.goto("/pda/12A/#subsection-1");
  await expect(page).toHaveURL(/\/personal-data-act\/12a\/#subsection-1$/);
  await expect(page.locator("#subsection-1")).toBeInViewport();
  const response = await page.goto("/personal-data-act/12A/");
  expect(response!.status()).toBe(200);
  await expect(page).toHaveURL(/\/personal-data-act\/12a\/$/);
  await page.goto("/personopplysningsloven/12A/");
  await expect(page).toHaveURL(/\/personopplysningsloven\/12a\/$/);
});

test("_redirects forces the short and capitalised addresses so that hosts keep the anchor without JavaScript", async ({ request }) => {
  const text = await (await request.get("/_redirects")).text();
  expect(text).toContain("/pda/:section/ /personal-data-act/:section/ 301!");
  expect(text).toContain("/personal-data-act/12A/ /personal-data-act/12a/ 301!");
  expect(text).toContain("/penal-code/267A/ /penal-code/267a/ 301!");
});

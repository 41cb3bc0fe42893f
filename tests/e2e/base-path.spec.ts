// The site built for a sub-path (BASE_PATH=/privacy-law/, as on an intranet): every link, the
// redirects, the copy buttons and the search stay under it. baseURL ends in /privacy-law/, so
// relative paths here ("personal-data-act/16/") resolve beneath it.
import { expect, test } from "./fixtures";
import { clipboard } from "./clipboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("every link on a section page stays under the base path", async ({ page, request }) => {
  await page.goto("personal-data-act/16/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Section 16.");
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!.split("#")[0]))]);
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) {
    expect(href, href).toMatch(/^\/privacy-law\//);
    expect((await request.get(href)).status(), href).toBe(200);
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/privacy-law\/personal-data-act\/16\/$/);
});

test("redirects, copy link and the theme script work under the base path", async ({ page, baseURL }) => {
  await page.goto("pda/16/#subsection-2");
  await expect(page).toHaveURL(/\/privacy-law\/personal-data-act\/16\/#subsection-2$/);
  await page.locator("#subsection-2 > a.pin").click();
  await page.getByRole("region", { name: "Cite this place" }).getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}personal-data-act/16/#subsection-2`);
  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("search finds pages and links them under the base path", async ({ page }) => {
  await page.goto("search/?q=identity%20numbers");
  const first = page.locator("[data-hits] a.hit-title").first();
  await expect(first).toHaveAttribute("href", /^\/privacy-law\/personal-data-act\/12\//);
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Section 12.");
  await page.goto("search/?q=%C2%A7%2016");
  await expect(page.locator("[data-hits] a.hit-title").first()).toHaveAttribute("href", "/privacy-law/personal-data-act/16/");
});

test("the link-preview card is under the base path on the host the site was built for", async ({ page, request }) => {
  const site = new URL(process.env.SITE_URL ?? "https://personvern.example.org").origin;
  await page.goto("personal-data-act/16/");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${site.replace(/[.]/g, "\\.")}/privacy-law/og/[0-9a-f]{16}\\.png$`));
  const response = await request.get(new URL(image!).pathname);
  expect(response.status()).toBe(200);
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

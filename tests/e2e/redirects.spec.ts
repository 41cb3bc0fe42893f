import { expect, test } from "./fixtures";

test("/pda/16/ leads to the section, keeping the anchor", async ({ page }) => {
  await page.goto("/pda/16/#subsection-1-c");
  await expect(page).toHaveURL(/\/personal-data-act\/16\/#subsection-1-c$/);
  await expect(page.locator("#subsection-1-c")).toBeInViewport();
});

test("/pda/ leads to the contents; redirect pages name their target as canonical", async ({ page, request }) => {
  const html = await (await request.get("/pda/12a/")).text();
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/personal-data-act\/12a\/">/);
  expect(html).toContain('http-equiv="refresh"');
  await page.goto("/pda/");
  await expect(page).toHaveURL(/\/personal-data-act\/$/);
});

test("a _redirects file for hosts that read one", async ({ request }) => {
  const text = await (await request.get("/_redirects")).text();
  expect(text).toContain("/pda/:section/ /personal-data-act/:section/ 301");
  expect(text).toContain("/pda /personal-data-act/ 301");
});

test("an unknown URL gets a helpful 404 page", async ({ page }) => {
  const response = await page.goto("/personal-data-act/99/");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: /Personal Data Act, contents/ }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/$/);
});

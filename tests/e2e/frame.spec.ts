import { expect, test } from "./fixtures";

test("the home page leads only to pages that exist", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Norwegian Data Protection Reference");
  const hrefs = await page.locator("a[href^='/']").evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))]);
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  await expect(page.locator("footer")).toContainText("not legal advice");
  await expect(page.locator("footer")).toContainText("last checked");
});

test.describe("theme", () => {
  test("follows the system setting", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/personal-data-act/");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(20, 22, 26)");
  });

  test("the toggle switches, is remembered, and applies before the first paint", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/personal-data-act/");
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(20, 22, 26)");

    // Record the theme at the moment <body> is created: if it is already dark, nothing flashes.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute("data-theme");
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/personal-data-act/16/");
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe("dark");
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  });
});

test("keyboard: skip link, permalinks that appear on focus, Enter to follow", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const pin = page.locator("#subsection-1-b > a.pin");
  for (let i = 0; i < 40 && !(await pin.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(pin).toBeFocused();
  expect(await pin.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  expect(await pin.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#subsection-1-b$/);
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toContainText("first subsection (b)");
  await expect(panel).toBeFocused();
});

test("reading needs no JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await expect(page.locator("#subsection-1-c")).toContainText("inadvisable");
  await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  await expect(page.locator("[data-alongside-cell]").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Norsk tekst (original)" })).toBeVisible();
  await context.close();
});

test("readable at 320 px: nothing overflows sideways, and no link sits out of sight in a sideways-scrolling box", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [
    "/",
    "/personal-data-act/",
    "/personal-data-act/16/",
    "/personopplysningsloven/3/",
    "/personal-data-act/parallel/",
    "/personal-data-act/full/",
    "/legislation/",
    "/kameraovervakingsforskriften/",
    "/kameraovervakingsforskriften/6/",
    "/arbeidsmiljoloven/9-1/",
    "/penal-code/",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    const outOfSight = await page
      .locator("main a:visible")
      .evaluateAll((links) =>
        links.filter((a) => a.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((a) => a.textContent?.trim()),
      );
    expect(outOfSight, path).toEqual([]);
  }
});

test("print: the frame and the buttons are left out, the text stays", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.locator("cite-tools")).toBeHidden();
  await expect(page.locator("#subsection-1")).toBeVisible();
  await expect(page.locator(".translation-notice")).toBeVisible();
});

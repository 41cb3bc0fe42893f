// Islands remove their listeners when they leave the page (an AbortController per element,
// src/scripts/island.ts), so an element that is moved or re-attached runs each handler once.
import { expect, test } from "./fixtures";

test("a theme toggle taken out of the page and put back switches the theme once per click", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/personal-data-act/16/");
  const button = page.getByRole("button", { name: "Dark theme" });
  await expect(button).toHaveAttribute("aria-pressed", "false");
  await page.evaluate(() => {
    const toggle = document.querySelector("theme-toggle")!;
    const parent = toggle.parentNode!;
    const next = toggle.nextSibling;
    toggle.remove();
    parent.insertBefore(toggle, next);
  });
  await button.click();
  // Twice-registered handlers would switch to dark and straight back to light.
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(button).toHaveAttribute("aria-pressed", "true");
  await button.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
});

test("a reference preview still opens after its element is re-attached, and only one box exists", async ({ page }) => {
  await page.goto("/personal-data-act/10/");
  await page.evaluate(() => {
    const preview = document.querySelector("ref-preview")!;
    preview.remove();
    document.body.append(preview);
  });
  await page.locator(".statute").getByRole("link", { name: "section 9 second subsection" }).focus();
  await expect(page.locator("#ref-preview")).toBeVisible();
  await expect(page.locator("#ref-preview")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(page.locator("#ref-preview")).toBeHidden();
});

test("the citation tools, taken off the page, no longer answer a click on a pin", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  const pin = page.locator("a.pin[href='#subsection-1']").first();
  await pin.click();
  await expect(page.locator(".cite-panel")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".cite-panel")).toBeHidden();
  // Removed, the element's document listener would still move its panel back into the page.
  await page.evaluate(() => document.querySelector("cite-tools")!.remove());
  await pin.click();
  await expect(page).toHaveURL(/#subsection-1$/);
  await page.waitForTimeout(100);
  await expect(page.locator(".cite-panel")).toHaveCount(0);
});

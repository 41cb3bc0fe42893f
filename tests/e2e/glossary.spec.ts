import { axeViolationsInBothThemes, expect, test } from "./fixtures";

test("a term opens by its anchor URL and is highlighted", async ({ page }) => {
  await page.goto("/glossary/#fodselsnummer");
  const heading = page.locator("#fodselsnummer");
  await expect(heading).toBeInViewport();
  await expect(heading).toHaveText(/fødselsnummer/);
  const term = page.locator(".term", { has: heading });
  await expect(term).toContainText("national identity number");
  await expect(term.getByRole("link", { name: "Personal Data Act section 12" })).toHaveAttribute("href", "/personal-data-act/12/");
  const background = await term.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
});

test("terms give their English equivalents", async ({ page }) => {
  await page.goto("/glossary/");
  for (const [slug, english] of [
    ["datatilsynet", "Norwegian Data Protection Authority"],
    ["personvernnemnda", "Privacy Appeals Board"],
    ["tvangsmulkt", "coercive fine"],
    ["overtredelsesgebyr", "administrative fine"],
    ["varsel-om-vedtak", "advance notice"],
    ["hoyesterett", "Supreme Court of Norway"],
    ["ledd", "subsection"],
  ]) {
    await expect(page.locator(".term", { has: page.locator(`#${slug}`) }).locator(".term__english"), slug).toContainText(english);
  }
});

test("a term is reachable by keyboard from the index, and its permalink is focusable", async ({ page }) => {
  await page.goto("/glossary/");
  // Tab through the page until the index link to the term has focus.
  let focused = "";
  for (let i = 0; i < 200 && focused !== "#tvangsmulkt"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
  }
  expect(focused).toBe("#tvangsmulkt");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#tvangsmulkt$/);
  await expect(page.locator("#tvangsmulkt")).toBeInViewport();
  // The next Tab continues from the term: its own permalink.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", "Link to tvangsmulkt");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveAttribute("href", "/personal-data-act/29/");
});

test("the glossary lists its terms by letter, Norwegian letters last", async ({ page }) => {
  await page.goto("/glossary/");
  const letters = await page.locator(".letter > h2").allTextContents();
  expect(letters.at(-1)).toBe("Å");
  expect(letters).toContain("F");
  expect(await page.locator(".term h3[id]").count()).toBeGreaterThanOrEqual(40);
});

test("axe, light and dark, with a term targeted", async ({ page }) => {
  await page.goto("/glossary/#overtredelsesgebyr");
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

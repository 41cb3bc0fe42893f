import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The first result titles on the search page for a query. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-summary]")).toContainText("result");
  return page.locator("[data-hits] .hit-title").allInnerTexts();
}

// Queries people type, and the page that must come first (or in the top three).
const table: { q: string; first?: RegExp; top3?: RegExp }[] = [
  { q: "§ 12", first: /section 12\. Use of national identity numbers/ },
  { q: "section 12a", first: /section 12 a\. Public authorities may disclose/ },
  { q: "pda 16", first: /section 16\. Exceptions from the rights/ },
  { q: "popl. § 16", first: /section 16\. Exceptions from the rights/ },
  { q: "personopplysningsloven § 9 annet ledd", first: /section 9\. Processing of special categories/ },
  { q: "fødselsnummer", top3: /§ 12\. Bruk av fødselsnummer/ },
  { q: "national identity number", first: /Section 12\. Use of national identity numbers/ },
  { q: "age of consent 13", top3: /Section 5\. Children's consent/ },
  { q: "Privacy Appeals Board", top3: /Section 22\. The Privacy Appeals Board/ },
  { q: "arbeidslivskriminalitet", first: /§ 12 a\./ },
  { q: "false video surveillance equipment", top3: /Section 31\./ },
  { q: "limitation period", top3: /Section 28\. Limitation period/ },
];

for (const { q, first, top3 } of table) {
  test(`search: ${q}`, async ({ page }) => {
    const titles = await results(page, q);
    if (first) expect(titles[0]).toMatch(first);
    if (top3) expect(titles.slice(0, 3).some((t) => top3.test(t)), titles.slice(0, 3).join(" | ")).toBe(true);
  });
}

test("a result lands on the matching item, with the words marked", async ({ page }) => {
  await results(page, "inadvisable");
  await page.locator("[data-hits] a.hit-title").first().click();
  await expect(page).toHaveURL(/\/personal-data-act\/16\/\?highlight=inadvisable#subsection-1-c$/);
  await expect(page.locator("#subsection-1-c mark.search-mark")).toHaveText("inadvisable");
  await expect(page.locator("#subsection-1-c")).toBeInViewport();
});

test("filters narrow the results and live in the URL with the sort, restored on load", async ({ page }) => {
  const all = await results(page, "personvernforordningen");
  await page.getByRole("checkbox", { name: /English/ }).check();
  await expect(page).toHaveURL(/language=English/);
  await expect(page.locator("[data-summary]")).toContainText("result");
  const filtered = await page.locator("[data-hits] .hit-title").allInnerTexts();
  expect(filtered.length).toBeLessThan(all.length);
  expect(filtered.every((t) => /^Section|^Personal Data Act/.test(t))).toBe(true);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /English/ })).toBeChecked();
  await expect(page.getByLabel("Search for")).toHaveValue("personvernforordningen");
  await page.getByLabel("Sort by").selectOption("date");
  await expect(page).toHaveURL(/sort=date/);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=date/);
});

test("the header box: '/' focuses it, results as you type, arrow keys and Enter", async ({ page }) => {
  await page.goto("/personal-data-act/5/");
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await expect(box).toBeFocused();
  await page.keyboard.type("identity numbers");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expect(page.getByRole("option").first()).toContainText("Section 12. Use of national identity numbers");
  await expect(page.getByRole("status").filter({ hasText: /results?$/ })).toHaveText(/\d+ results?/);
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", "site-search-option-0");
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/personal-data-act\/12\/\?highlight=identity&highlight=numbers(#subsection-1)?$/);
  await expect(page.locator("main mark.search-mark").first()).toBeVisible();
});

test("Escape closes the list; Enter without a choice opens the search page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the site" }).fill("coercive fines");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=coercive\+fines$/);
  await expect(page.locator("[data-hits] .hit-title").first()).toContainText("Section 29. Coercive fines");
});

test("without JavaScript the search page says so and links the contents", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/search/?q=x");
  await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
  await expect(page.getByRole("link", { name: "Personal Data Act" }).last()).toBeVisible();
  await context.close();
});

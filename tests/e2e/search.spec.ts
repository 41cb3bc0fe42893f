import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The first result titles on the search page for a query. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-summary]")).toContainText("result");
  return page.locator("[data-hits] .hit-title").allInnerTexts();
}

// Queries people type, and the page that must come first (or in the top three): English and
// Norwegian words, citations, case numbers and names.
const table: { q: string; first?: RegExp; top3?: RegExp }[] = [
  // citations
  { q: "§ 12", first: /section 12\. Use of national identity numbers/ },
  { q: "section 12a", first: /section 12 a\. Public authorities may disclose/ },
  { q: "pda 16", first: /section 16\. Exceptions from the rights/ },
  { q: "popl. § 16", first: /section 16\. Exceptions from the rights/ },
  { q: "personopplysningsloven § 9 annet ledd", first: /section 9\. Processing of special categories/ },
  { q: "art 33", first: /Article 33\. Notification of a personal data breach/ },
  { q: "article 9(2)", first: /Article 9\. Processing of special categories/ },
  { q: "straffeloven § 205", first: /Penal Code section 205/ },
  { q: "§ 267 a", first: /Penal Code section 267 a/ },
  { q: "HR-2021-2403-A", first: /Supreme Court: Legelisten\.no/ },
  { q: "PVN-2022-03", first: /Privacy Appeals Board: a company that buys a business/ },
  { q: "PVN-2022-22", first: /Privacy Appeals Board upholds the NOK 65 million Grindr fine/ },
  // Norwegian and English words for the same thing
  { q: "fødselsnummer", top3: /Section 12\. Use of national identity numbers|§ 12\. Bruk av fødselsnummer/ },
  { q: "national identity number", first: /Section 12\. Use of national identity numbers/ },
  { q: "tvangsmulkt", top3: /Section 29\. Coercive fines/ },
  { q: "coercive fine", top3: /§ 29\. Tvangsmulkt/ },
  { q: "overtredelsesgebyr", top3: /Section 26\. Violation penalties/ },
  { q: "Datatilsynet", top3: /§ 20\. Datatilsynet|Section 20\. The Norwegian Data Protection Authority/ },
  { q: "personvernombud", top3: /Data protection officers/ },
  { q: "arbeidslivskriminalitet", first: /§ 12 a\./ },
  // topics and names
  { q: "breach 72 hours", top3: /Personal data breaches|Article 33\. Notification|notify Datatilsynet/ },
  { q: "Grindr", first: /Grindr/ },
  { q: "Meta ban", top3: /Temporary ban on Meta's behavioural advertising/ },
  { q: "recording a phone call", top3: /May I record this conversation or phone call\?/ },
  { q: "fake cameras", top3: /Section 31\. False video surveillance equipment/ },
  { q: "age of consent 13", top3: /Section 5\. Children's consent|Children and consent/ },
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
  await results(page, "consent");
  const summary = page.locator("[data-summary]");
  const count = async () => Number(/^(\d+) result/.exec(await summary.innerText())![1]);
  const total = await count();
  const before = await summary.innerText();
  await page.getByRole("checkbox", { name: /^ ?Decision \(\d+\)/ }).check();
  await expect(page).toHaveURL(/type=Decision/);
  await expect(summary).not.toHaveText(before);
  const narrowed = await count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  const urls = await page.locator("[data-hits] a.hit-title").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(urls.every((u) => u.startsWith("/decisions/"))).toBe(true);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^ ?Decision \(\d+\)/ })).toBeChecked();
  await expect(page.getByLabel("Search for")).toHaveValue("consent");
  await expect(summary).toHaveText(new RegExp(`^${narrowed} result`));
  await page.getByLabel("Sort by").selectOption("amount");
  await expect(page).toHaveURL(/type=Decision.*sort=amount|sort=amount.*type=Decision/);
  await expect(page.locator("[data-hits] .hit-title").first()).toContainText("Grindr");
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=amount/);
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
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

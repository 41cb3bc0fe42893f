// The GDPR's recitals: the list of 173, a recital page (text, footnotes, paragraph anchors, the
// corrigendum's mark, citing tools, its articles, Previous/Next), and an article with its recitals.
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { clipboard } from "./clipboard";
import { crawled } from "./site";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a recital page shows the recital, its articles, the notice, and leads on", async ({ page, baseURL }) => {
  await page.goto("/gdpr/recital-71/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recital 71");
  await expect(page).toHaveTitle(/GDPR recital 71/);
  await expect(page.locator("#paragraph-1")).toContainText("The data subject should have the right not to be subject to a decision");
  const second = page.locator("#paragraph-2");
  await expect(second).toContainText("and prevent, inter alia, discriminatory effects");
  await expect(second.locator("details.correction summary")).toContainText("Shown as corrected by the corrigendum, OJ L 127, 23.5.2018");
  await expect(page.locator(".gdpr-notice")).toContainText("It corrects one passage of this recital");
  await expect(page.locator(".gdpr-notice")).toContainText("© European Union, https://eur-lex.europa.eu/");

  const pairs = page.locator(".recital-pairs");
  await expect(pairs).toContainText("The site's own selection");
  const link = pairs.getByRole("link", { name: "Article 22. Automated individual decision-making, including profiling" });
  await expect(link).toBeVisible();

  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("GDPR recital 71");
  await page.getByRole("button", { name: "Copy as Markdown link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`[GDPR recital 71](${baseURL}/gdpr/recital-71/)`);

  // A paragraph is cited from its # pin, as an article's paragraph is; arriving at it opens nothing.
  await page.goto("/gdpr/recital-71/#paragraph-2");
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toBeHidden();
  await page.locator("#paragraph-2 > a.pin").click();
  await expect(panel).toContainText("GDPR recital 71(2)");
  await expect(panel).toContainText("personvernforordningen fortalepunkt 71 avsnitt 2");
  await panel.getByRole("button", { name: "Copy citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("GDPR recital 71(2)");
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/gdpr/recital-71/#paragraph-2`);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();

  await page
    .getByRole("navigation", { name: "Recitals" })
    .getByRole("link", { name: /Next recital/ })
    .click();
  await expect(page).toHaveURL(/\/gdpr\/recital-72\/$/);
  await pairs.getByRole("link", { name: /^Article 22\./ }).click();
  await expect(page).toHaveURL(/\/gdpr\/article-22\/$/);
});

test("footnotes are footnotes: the call leads to the note and back", async ({ page }) => {
  await page.goto("/gdpr/recital-3/");
  await page.getByRole("link", { name: "Footnote 4", exact: true }).click();
  await expect(page).toHaveURL(/#footnote-4$/);
  await expect(page.locator("#footnote-4")).toContainText("Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995");
  await page.getByRole("link", { name: "Back to the text of footnote 4" }).click();
  await expect(page).toHaveURL(/#footnote-call-4$/);
  await expect(page.locator("#paragraph-1")).toHaveCount(0);
});

test("an article lists the recitals that explain it, each with its opening words", async ({ page }) => {
  await page.goto("/gdpr/article-37/");
  const section = page.locator(".article-recitals");
  await expect(section.getByRole("heading", { name: "Recitals that explain it" })).toBeVisible();
  await expect(section).toContainText("The site's own selection");
  const item = section.locator("li").filter({ hasText: "Recital 97" });
  await expect(item).toContainText("Where the processing is carried out by a public authority");
  await item.getByRole("link", { name: "Recital 97" }).click();
  await expect(page).toHaveURL(/\/gdpr\/recital-97\/$/);
  await expect(page.locator(".recital-pairs").getByRole("link", { name: /^Article 37\./ })).toBeVisible();
});

test("the recitals list has all 173, each with its articles, and explains the pairing", async ({ page }) => {
  await page.goto("/gdpr/");
  await page.getByRole("link", { name: "173 recitals" }).click();
  await expect(page).toHaveURL(/\/gdpr\/recitals\/$/);
  await expect(page.locator(".recital-index > li")).toHaveCount(173);
  await expect(page.getByRole("heading", { name: "How the site pairs recitals with articles" })).toBeVisible();
  const row = page.locator("#recital-71");
  await expect(row.locator(".paired")).toHaveText("Articles 4, 22");
  await expect(page.locator("#recital-170 .paired")).toHaveText("the Regulation as a whole");
  await row.getByRole("link", { name: "Recital 71" }).click();
  await expect(page).toHaveURL(/\/gdpr\/recital-71\/$/);
});

test("recital pages carry the search filter 'Recital'", async ({ page }) => {
  await page.goto("/gdpr/recital-26/");
  await expect(page.locator('[data-pagefind-filter="type[data-value]"]')).toHaveAttribute("data-value", "Recital");
});

test.describe("axe on recital pages, light and dark theme", () => {
  for (const path of ["/gdpr/recitals/", "/gdpr/recital-71/#paragraph-2", "/gdpr/recital-3/"]) {
    if (crawled(path)) continue;
    test(path, async ({ page }) => {
      test.setTimeout(60_000); // the list of 173 is a long page for axe on a busy machine
      await page.goto(path);
      expect(await axeViolationsInBothThemes(page)).toEqual({});
    });
  }
});

test("a recital reads at 320 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/gdpr/recital-71/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

for (const [q, first] of [
  ["recital 71", /^GDPR recital 71\. The data subject should have the right not to be/],
  ["rec. 26", /^GDPR recital 26\./],
  ["recitals 26 and 30", /^GDPR recital 26\./],
  ["betraktning 26", /^GDPR recital 26\./],
  ["fortalepunkt 47", /^GDPR recital 47\. The legitimate interests of a controller/],
  ["GDPR recital 47", /^GDPR recital 47\./],
] as const) {
  test(`search: ${q} puts the recital first`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator("[data-summary]")).toContainText("result", { timeout: 20_000 });
    await expect(page.locator("[data-hits] .hit-title").first()).toHaveText(first);
  });
}

test("a search for recital 71(2) lands on its second paragraph", async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("recital 71(2)")}`);
  await page.locator("[data-hits] a.hit-title").first().click();
  await expect(page).toHaveURL(/\/gdpr\/recital-71\/#paragraph-2$/);
});

test("recitals can be searched by their words, filtered to type Recital", async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent("pseudonymisation")}`);
  await expect(page.locator("[data-summary]")).toContainText("result", { timeout: 20_000 });
  await expect(
    page
      .locator("[data-hits] .hit-title")
      .filter({ hasText: /^GDPR recital 2[689]\b|^Recital 2[689]\b/ })
      .first(),
  ).toBeVisible();
});

// The GDPR pages: the index by chapter and section, and an article with its text, notice,
// Norwegian adaptations and what cites it.
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";

test("an article page shows the text, the EUR-Lex notice, the Norwegian adaptations and Cited by", async ({ page }) => {
  await page.goto("/gdpr/article-9/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 9. Processing of special categories of personal data");
  await expect(page.locator(".gdpr-place")).toHaveText("Chapter II. Principles");
  await expect(page.locator("#paragraph-1")).toContainText("1. Processing of personal data revealing racial or ethnic origin");
  await expect(page.locator("#paragraph-2-j")).toContainText("(j) processing is necessary for archiving purposes");
  const notice = page.locator(".gdpr-notice");
  await expect(notice).toContainText("© European Union, https://eur-lex.europa.eu/");
  await expect(notice).toContainText("CELEX 32016R0679");
  await expect(notice).toContainText(
    "shown as corrected by the corrigendum of 23 May 2018 (OJ L 127, 23.5.2018, p. 2-5, CELEX 32016R0679R(02)). It does not change this article.",
  );
  await expect(page.locator(".correction")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Official text on EUR-Lex" }).first()).toHaveAttribute("href", "https://eur-lex.europa.eu/eli/reg/2016/679/oj");
  await expect(page.getByRole("link", { name: "Norwegian text on Lovdata" })).toHaveAttribute("href", "https://lovdata.no/lov/2018-06-15-38/gdpr/a9");

  const cited = page.locator(".cited-by");
  await expect(cited.getByRole("heading", { name: "What adapts, applies or cites Article 9" })).toBeVisible();
  await expect(cited.getByRole("heading", { name: "Norwegian law: sections of the Personal Data Act" })).toBeVisible();
  const s6 = cited.locator("li").filter({ hasText: "Section 6, first subsection" });
  await expect(s6).toContainText(
    "Personal data as mentioned in Article 9 (1) of the General Data Protection Regulation may be processed when it is necessary to carry out employment-related obligations or rights.",
  );
  await expect(s6.getByRole("link", { name: "paragraph 1" })).toHaveAttribute("href", "#paragraph-1");
  const s11 = cited.locator("li").filter({ hasText: "Section 11, first subsection" });
  await expect(s11.locator(".cited-by__places")).toHaveText("(cites paragraph 2 (a), paragraph 2 (c), paragraph 2 (f), paragraph 2 (d), paragraph 2 (e))");
  await expect(cited.getByRole("heading", { name: "Decisions and rulings applying it" })).toBeVisible();
  await s6.getByRole("link", { name: "Section 6, first subsection" }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/6\/#subsection-1$/);
});

test("a corrected point shows the text in force, says so, and keeps the printed wording beside it", async ({ page }) => {
  await page.goto("/gdpr/article-37/#paragraph-1-c");
  const point = page.locator("#paragraph-1-c");
  await expect(point).toContainText("special categories of data pursuant to Article 9 or personal data relating to criminal convictions");
  const mark = point.locator("details.correction");
  await expect(mark.locator("summary")).toHaveText(
    "Shown as corrected by the corrigendum, OJ L 127, 23.5.2018, p. 2-5 (CELEX 32016R0679R(02)). Wording as first printed",
  );
  const printed = mark.locator(".correction__printed");
  await expect(printed).toBeHidden();
  await mark.locator("summary").click();
  await expect(printed).toBeVisible();
  await expect(printed).toContainText("pursuant to Article 9 and personal data relating to criminal convictions");
  await expect(page.locator(".gdpr-notice")).toContainText("It corrects one passage of this article, marked below with the wording as first printed.");
  await expect(page.locator("details.correction")).toHaveCount(1);

  await page.goto("/gdpr/article-64/");
  await expect(page.locator("details.correction")).toHaveCount(4);
  await expect(page.locator("#paragraph-6")).toContainText("The competent supervisory authority referred to in paragraph 1 shall not adopt");
  await page.goto("/gdpr/");
  await expect(page.locator(".gdpr-notice")).toContainText(
    "The corrigendum makes 15 corrections in English: recital 71 and Articles 37, 41, 42, 43, 57, 64, 65, 69, 70.",
  );
});

test("references inside the GDPR text link to other articles and to the article's own paragraphs", async ({ page }) => {
  await page.goto("/gdpr/article-9/");
  await page.locator("#paragraph-3").getByRole("link", { name: "point (h)" }).click();
  await expect(page).toHaveURL(/#paragraph-2-h$/);
  await expect(page.locator("#paragraph-2-h")).toBeInViewport();
  await page.locator("#paragraph-2-j").getByRole("link", { name: "Article 89(1)" }).click();
  await expect(page).toHaveURL(/\/gdpr\/article-89\/#paragraph-1$/);
  await expect(page.locator("#paragraph-1")).toBeInViewport();
});

test("Article 4's definitions are addressed as points", async ({ page }) => {
  await page.goto("/gdpr/article-4/#point-11");
  await expect(page.locator("#point-11")).toBeInViewport();
  await expect(page.locator("#point-11")).toContainText("‘consent’ of the data subject means");
  await expect(page.locator("#point-16-b")).toContainText("as regards a processor");
});

test("the index lists the 99 articles by chapter and section, with the Act's sections beside them", async ({ page }) => {
  await page.goto("/gdpr/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "GDPR" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".gdpr-chapter")).toHaveCount(11);
  await expect(page.locator(".article-list > li")).toHaveCount(99);
  await expect(page.locator("#chapter-iv-section-4")).toHaveText("Section 4. Data protection officer");
  const row = page.locator(".article-list > li").filter({ hasText: "Article 9. Processing of special categories" });
  await expect(row.locator(".adapted")).toHaveText("Personal Data Act § 6, § 7, § 9, § 10, § 11, § 12 a");
  await row.getByRole("link", { name: "Article 9. Processing of special categories of personal data" }).click();
  await expect(page).toHaveURL(/\/gdpr\/article-9\/$/);
});

test("a reference to a GDPR chapter lands on the index", async ({ page }) => {
  await page.goto("/personal-data-act/22/");
  await page.locator(".statute .cell:not([data-alongside-cell])").getByRole("link", { name: "chapter VII" }).click();
  await expect(page).toHaveURL(/\/gdpr\/#chapter-vii$/);
  await expect(page.locator("#chapter-vii")).toHaveText("Chapter VII. Cooperation and consistency");
});

test("GDPR pages carry the search filters", async ({ page }) => {
  await page.goto("/gdpr/article-33/");
  await expect(page.locator('[data-pagefind-filter="type:GDPR article"]')).toHaveCount(1);
  await expect(page.locator('[data-pagefind-filter="article:Article 33"]')).toHaveCount(1);
  await expect(page.locator(".cited-by")).toHaveAttribute("data-pagefind-ignore", "");
});

test.describe("axe on GDPR pages, light and dark theme", () => {
  for (const path of ["/gdpr/", "/gdpr/article-4/", "/gdpr/article-9/#paragraph-2-a", "/gdpr/article-53/", "/gdpr/article-70/", "/gdpr/article-83/"]) {
    if (crawled(path)) continue;
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolationsInBothThemes(page)).toEqual({});
    });
  }
});

test("an article reads at 320 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/gdpr/article-4/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

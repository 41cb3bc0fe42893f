// Reference links in the Act's text, "Cited by" on section pages, and the hover/focus preview.
import { axeViolationsInBothThemes, expect, test } from "./fixtures";

test.describe("reference links in the Act", () => {
  test("section 10's «section 9 second subsection» leads to section 9, second subsection", async ({ page }) => {
    await page.goto("/personal-data-act/10/");
    await page.locator(".statute").getByRole("link", { name: "section 9 second subsection" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/9\/#subsection-2$/);
    await expect(page.locator("#subsection-2")).toBeInViewport();
    await expect(page.locator("#subsection-2")).toContainText("the data controller shall consult the data protection officer");
  });

  test("section 11's GDPR references land on the paragraph and point", async ({ page }) => {
    await page.goto("/personal-data-act/11/");
    const text = page.locator(".statute .cell:not([data-alongside-cell])");
    await expect(text.getByRole("link", { name: "GDPR Article 9(2)(c)" })).toHaveAttribute("href", "/gdpr/article-9/#paragraph-2-c");
    await expect(text.getByRole("link", { name: "GDPR Article 9(2)(f)" })).toHaveAttribute("href", "/gdpr/article-9/#paragraph-2-f");
    await expect(text.getByRole("link", { name: "Personal Data Act section 7" })).toHaveAttribute("href", "/personal-data-act/7/");
    await text.getByRole("link", { name: "Article 9 (2) (a)" }).click();
    await expect(page).toHaveURL(/\/gdpr\/article-9\/#paragraph-2-a$/);
    const point = page.locator("#paragraph-2-a");
    await expect(point).toBeInViewport();
    await expect(point).toContainText("(a) the data subject has given explicit consent");
    await page.goBack();
    await page.locator(".statute .cell:not([data-alongside-cell])").getByRole("link", { name: "Article 10" }).first().click();
    await expect(page).toHaveURL(/\/gdpr\/article-10\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Article 10. Processing of personal data relating to criminal convictions and offences");
  });

  test("a same-section reference stays on the page, and other Acts are not linked", async ({ page }) => {
    await page.goto("/personal-data-act/16/");
    const text = page.locator(".statute .cell:not([data-alongside-cell])");
    await text.getByRole("link", { name: "first subsection c" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/16\/#subsection-1-c$/);
    await expect(page.locator("#subsection-1-a")).toContainText("sections 20 or 21 of the Freedom of Information Act");
    await expect(page.locator("#subsection-1-a a")).toHaveCount(1); // the permalink only
    await page.goto("/personal-data-act/24/");
    await expect(page.locator("#subsection-1")).toContainText("section 13 ff. of the Public Administration Act");
    await expect(page.locator("#subsection-1").getByRole("link", { name: /section 13/ })).toHaveCount(0);
  });

  test("the Norwegian text links to the Norwegian pages", async ({ page }) => {
    await page.goto("/personopplysningsloven/10/");
    await page.locator(".statute").getByRole("link", { name: "§ 9 annet ledd" }).click();
    await expect(page).toHaveURL(/\/personopplysningsloven\/9\/#subsection-2$/);
    await page.goto("/personopplysningsloven/2/");
    await expect(page.locator("#subsection-4")).toContainText("jf. EØS-loven § 2");
    await expect(page.locator("#subsection-4").getByRole("link", { name: /§ 2/ })).toHaveCount(0);
  });
});

test.describe("Cited by on a section", () => {
  test("section 9 lists the sections that cite it, with the sentence and a link to the citing subsection", async ({ page }) => {
    await page.goto("/personal-data-act/9/");
    const cited = page.locator(".cited-by");
    await expect(cited.getByRole("heading", { name: "Cited by" })).toBeVisible();
    const entry = cited.locator("li").filter({ hasText: "Section 10, first subsection" });
    await expect(entry).toContainText("The obligation to consult pursuant to section 9 second subsection applies correspondingly");
    await expect(entry.locator("strong")).toHaveText("section 9 second subsection");
    await entry.getByRole("link", { name: "second subsection" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/9\/#subsection-2$/);
    await cited.getByRole("link", { name: "Section 10, first subsection" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/10\/#subsection-1$/);
  });

  test("in Norwegian, with Norwegian sentences", async ({ page }) => {
    await page.goto("/personopplysningsloven/9/");
    const cited = page.locator(".cited-by");
    await expect(cited.getByRole("heading", { name: "Henvist til fra" })).toBeVisible();
    await expect(cited.locator("li").filter({ hasText: "§ 10, første ledd" })).toContainText("Rådføringsplikten etter § 9 annet ledd");
  });

  test("a section nothing cites says so", async ({ page }) => {
    await page.goto("/personal-data-act/33/");
    await expect(page.locator(".cited-by")).toContainText("Nothing on this site cites this yet.");
  });
});

test.describe("preview of the referenced text", () => {
  test("appears on keyboard focus beside the link, without covering it, and closes with Esc", async ({ page }) => {
    await page.goto("/personal-data-act/10/");
    const link = page.locator(".statute").getByRole("link", { name: "section 9 second subsection" });
    const preview = page.locator("#ref-preview");
    await expect(preview).toBeHidden();
    await link.focus();
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("Personal Data Act section 9 second subsection");
    await expect(preview).toContainText("Before processing is performed based on the first subsection");
    await expect(link).toHaveAttribute("aria-describedby", "ref-preview");
    const [a, b] = [await link.boundingBox(), await preview.boundingBox()];
    expect(b!.y >= a!.y + a!.height || b!.y + b!.height <= a!.y, "the preview does not cover the link's line").toBe(true);
    await page.keyboard.press("Escape");
    await expect(preview).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute("aria-describedby", "ref-preview");
  });

  test("appears on hover with the GDPR text, in the page's language", async ({ page }) => {
    await page.goto("/personopplysningsloven/10/");
    await page.locator(".statute").getByRole("link", { name: "artikkel 9 nr. 1" }).hover();
    const preview = page.locator("#ref-preview");
    await expect(preview).toBeVisible();
    await expect(preview).toContainText("GDPR Article 9(1)");
    await expect(preview).toContainText("Processing of personal data revealing racial or ethnic origin");
    await page.mouse.move(0, 0);
    await expect(preview).toBeHidden();
  });

  test("axe finds nothing with a preview open, in both themes", async ({ page }) => {
    await page.goto("/personal-data-act/11/");
    await page.locator(".statute .cell:not([data-alongside-cell])").getByRole("link", { name: "Article 9 (2) (a)" }).focus();
    await expect(page.locator("#ref-preview")).toBeVisible();
    expect(await axeViolationsInBothThemes(page)).toEqual({});
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("reference links work and no preview shows", async ({ page }) => {
    await page.goto("/personal-data-act/10/");
    await expect(page.locator("#ref-preview")).toBeHidden();
    await page.locator(".statute").getByRole("link", { name: "section 9 second subsection" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/9\/#subsection-2$/);
  });
});

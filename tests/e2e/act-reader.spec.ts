import { expect, test } from "./fixtures";

test.describe("contents of the Act", () => {
  test("lists 9 chapters and 35 sections with the Act's facts and attribution", async ({ page }) => {
    await page.goto("/personal-data-act/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personal Data Act");
    await expect(page.locator(".toc > li")).toHaveCount(9);
    const sections = page.locator(".toc ul a");
    await expect(sections).toHaveCount(35);
    await expect(sections.nth(12)).toContainText("Section 12 a.");
    const facts = page.locator(".meta-list");
    await expect(facts).toContainText("LOV-2018-06-15-38");
    await expect(facts).toContainText("20 July 2018");
    await expect(facts).toContainText("1 January 2022 (last amended by LOV-2021-06-18-124)");
    await expect(page.locator("main")).toContainText("personopplysningsloven");
    await expect(page.locator(".translation-notice")).toContainText("This is an unofficial translation");
    await expect(page.locator(".translation-notice")).toContainText("Ministry of Justice and Public Security");
    await expect(page.locator(".translation-notice a")).toHaveAttribute("href", "https://lovdata.no/dokument/NL/lov/2018-06-15-38");
  });

  test("a section link leads to the section", async ({ page }) => {
    await page.goto("/personal-data-act/");
    await page.getByRole("link", { name: /Section 16\. Exceptions/ }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/16\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Section 16. Exceptions from the rights");
  });
});

test.describe("a section", () => {
  test("section 16 shows its subsections and lettered items with anchors", async ({ page }) => {
    await page.goto("/personal-data-act/16/");
    await expect(page.locator(".breadcrumbs")).toContainText("Chapter 4. Exceptions from the rights of the data subject");
    for (const n of [1, 2, 3, 4, 5]) await expect(page.locator(`#subsection-${n}`)).toBeVisible();
    await expect(page.locator("#subsection-6")).toHaveCount(0);
    const items = page.locator("#subsection-1 li");
    await expect(items).toHaveCount(6);
    await expect(page.locator("#subsection-1-c")).toContainText("c. it must be considered inadvisable for the data subject");
    await expect(page.locator("#subsection-1-f .item-label")).toHaveText("f.");
    await expect(page.getByRole("link", { name: "On Lovdata", exact: true })).toHaveAttribute("href", "https://lovdata.no/lov/2018-06-15-38/§16");
    await expect(page.locator('a[rel="prev"]')).toContainText("Section 15.");
    await expect(page.locator('a[rel="next"]')).toContainText("Section 17.");
  });

  test("section 12 a has its own page, amendment history and neighbours", async ({ page }) => {
    await page.goto("/personal-data-act/12a/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Section 12 a. Public authorities may disclose personal data");
    await expect(page.locator(".amendments")).toContainText("Added by LOV-2018-12-20-116, in force 20 December 2018");
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", "/personal-data-act/12/");
    await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", "/personal-data-act/13/");
  });

  test("section 3 shows both wordings: today's, and the one LOV-2021-06-18-124 replaced, with its source, caveat and a comparison", async ({ page }) => {
    for (const [path, heading, replaced] of [
      ["/personal-data-act/3/", "Earlier wording", "replaced by LOV-2021-06-18-124"],
      ["/personopplysningsloven/3/", "Tidligere ordlyd", "erstattet ved LOV-2021-06-18-124"],
    ]) {
      await page.goto(path);
      const versions = page.locator(".versions");
      await expect(versions.getByRole("heading", { level: 2 })).toHaveText(heading);
      await expect(versions).toContainText(replaced);
      await expect(versions).toContainText("Prop. 158 L (2020–2021)");
      await expect(versions.locator(".notice")).toContainText("known only from its quotation in the bill");
      await expect(versions.locator(".statute--earlier")).toContainText("utelukkende for journalistiske formål");
      await expect(versions.locator(".word-diff del").first()).toBeAttached();
      await expect(versions.locator(".word-diff ins").first()).toBeAttached();
    }
  });

  test("section 32 keeps its footnote as a footnote and 34 its omission mark", async ({ page }) => {
    await page.goto("/personal-data-act/32/");
    await expect(page.locator("#subsection-1 sup a")).toHaveText("1");
    await expect(page.locator(".footnotes:visible")).toContainText("In force from 20 July 2018.");
    await page.goto("/personal-data-act/34/");
    await expect(page.locator(".statute .elision:visible")).toHaveText("– – –");
    await expect(page.locator("#subsection-2")).toHaveCount(0);
  });

  test("an anchor URL scrolls to its item and highlights it", async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto("/personal-data-act/16/#subsection-4");
    const target = page.locator("#subsection-4");
    await expect(target).toBeInViewport();
    const highlighted = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator("#subsection-3").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlighted).not.toBe(plain);
    expect(highlighted).not.toBe("rgba(0, 0, 0, 0)");
  });

  test("link previews: title, description, canonical, OpenGraph and Legislation JSON-LD", async ({ page }) => {
    await page.goto("/personal-data-act/16/");
    await expect(page).toHaveTitle(/^Personal Data Act section 16: Exceptions from the rights/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Section 16\. Exceptions .*The rights to information and access/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/personal-data-act\/16\/$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /section 16/);
    await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute("href", /\/personopplysningsloven\/16\/$/);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("Legislation");
    expect(ld.legislationIdentifier).toBe("LOV-2018-06-15-38 § 16");
    expect(ld.legislationDate).toBe("2018-06-15");
    expect(ld.inLanguage).toBe("en");
    expect(ld.isPartOf.legislationIdentifier).toBe("LOV-2018-06-15-38");
  });
});

test.describe("the whole Act on one page", () => {
  test("holds every section with prefixed anchors", async ({ page }) => {
    await page.goto("/personal-data-act/full/#section-16-subsection-1-c");
    await expect(page.locator(".full-section")).toHaveCount(35);
    await expect(page.locator("#section-16-subsection-1-c")).toBeInViewport();
    await expect(page.locator("#section-16-subsection-1-c")).toContainText("inadvisable");
    await expect(page.locator("#section-12a-subsection-2")).toContainText("The first subsection does not apply");
    // No id appears twice on the page.
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
  });
});

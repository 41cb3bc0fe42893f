// Citing: the section bar and the place panel (opened only from a # pin) put a link, the
// citation in either language, a Markdown link or a quote on the clipboard, as plain text and as
// HTML; the confirmation is visible; focus moves into the panel and back.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { clipboard, flavours } from "./clipboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const SITE = (baseURL?: string) => baseURL!.replace(/\/$/, "");

async function openPin(page: Page, id: string) {
  const place = page.locator(`[id="${id}"]`);
  await place.hover();
  await place.locator(":scope > a.pin").click();
  return page.getByRole("region", { name: /Cite this place|Siter dette stedet/ });
}

for (const width of [1280, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("arriving at a lettered item highlights it, keeps its lead-in in view and opens no panel", async ({ page }) => {
      await page.goto("/personal-data-act/16/#subsection-1-c");
      await expect(page.getByRole("region", { name: "Cite this place" })).toBeHidden();
      await expect(page.locator("#subsection-1-c")).toBeInViewport();
      await expect(page.locator("#subsection-1-c")).toHaveCSS("background-color", /rgb/);
      // The sentence leading into the list ("… do not comprise information which") is on screen.
      await expect(page.locator("#subsection-1 > p").first()).toBeInViewport();
    });

    test("a pin opens the panel with focus in it; Escape closes it and focus returns to the pin", async ({ page, baseURL }) => {
      await page.goto("/personal-data-act/16/");
      const panel = await openPin(page, "subsection-1-c");
      await expect(panel).toBeVisible();
      await expect(panel).toBeFocused();
      await expect(panel).toContainText("Personal Data Act section 16 first subsection (c)");
      await expect(panel).toContainText("personopplysningsloven § 16 første ledd bokstav c");
      await panel.getByRole("button", { name: "Copy citation" }).click();
      await expect
        .poll(() => flavours(page))
        .toEqual({
          plain: "Personal Data Act section 16 first subsection (c)",
          html: `<a href="${SITE(baseURL)}/personal-data-act/16/#subsection-1-c">Personal Data Act section 16 first subsection (c)</a>`,
        });
      await page.keyboard.press("Escape");
      await expect(panel).toBeHidden();
      await expect(page.locator("#subsection-1-c > a.pin")).toBeFocused();
    });
  });
}

test("copy link, citation, Norwegian citation, Markdown link and quote for a lettered item, with a visible confirmation", async ({ page, baseURL }) => {
  await page.goto("/personal-data-act/16/");
  const panel = await openPin(page, "subsection-1-c");
  const url = `${SITE(baseURL)}/personal-data-act/16/#subsection-1-c`;

  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => flavours(page)).toEqual({ plain: url, html: `<a href="${url}">Personal Data Act section 16 first subsection (c)</a>` });
  await expect(panel.getByRole("button", { name: "Copied ✓" })).toBeVisible();
  const status = page.locator("cite-tools").getByRole("status");
  await expect(status).toBeVisible();
  await expect(status).toContainText(`Copied to the clipboard: ${url}`);

  await panel.getByRole("button", { name: "Copy Norwegian citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("personopplysningsloven § 16 første ledd bokstav c");
  await panel.getByRole("button", { name: "Copy as Markdown link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`[Personal Data Act section 16 first subsection (c)](${url})`);
  await panel.getByRole("button", { name: "Copy quote with citation" }).click();
  await expect.poll(async () => (await flavours(page)).plain).toMatch(/^“c\. it must be considered inadvisable .+”\n/);
  const quote = await flavours(page);
  expect(quote.plain).toMatch(
    /^“c\. it must be considered inadvisable .+”\nPersonal Data Act section 16 first subsection \(c\), .+#subsection-1-c \(text as of 1 January 2022\)$/,
  );
  expect(quote.plain).not.toContain("Link to");
  expect(quote.html).toMatch(
    /^<blockquote><p>c\. it must be considered inadvisable .+<\/p><\/blockquote><p><a href=".+#subsection-1-c">Personal Data Act section 16 first subsection \(c\)<\/a> \(text as of 1 January 2022\)<\/p>$/,
  );
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeHidden();
});

test("cite the whole section, and places on the pages with the whole Act and side by side", async ({ page, baseURL }) => {
  await page.goto("/personal-data-act/12a/");
  const bar = page.getByRole("group", { name: "Cite this: Personal Data Act section 12 a" });
  await bar.getByRole("button", { name: "Copy citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("Personal Data Act section 12 a");
  await bar.getByRole("button", { name: "Copy as Markdown link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`[Personal Data Act section 12 a](${SITE(baseURL)}/personal-data-act/12a/)`);

  await page.goto("/personal-data-act/full/#section-11-subsection-2-b");
  await expect(page.getByRole("region", { name: "Cite this place" })).toBeHidden();
  const panel = await openPin(page, "section-11-subsection-2-b");
  await expect(panel).toContainText("Personal Data Act section 11 second subsection (b)");
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`${SITE(baseURL)}/personal-data-act/11/#subsection-2-b`);
});

test("the Penal Code has the same tools", async ({ page, baseURL }) => {
  await page.goto("/penal-code/205/");
  const panel = await openPin(page, "subsection-1-a");
  await expect(panel).toContainText("Penal Code section 205 first subsection (a)");
  await panel.getByRole("button", { name: "Copy quote with citation" }).click();
  await expect
    .poll(() => clipboard(page))
    .toMatch(new RegExp(`\\nPenal Code section 205 first subsection \\(a\\), ${SITE(baseURL)}/penal-code/205/#subsection-1-a \\(text as of`));
});

test.describe("in Norwegian, dark", () => {
  test.use({ colorScheme: "dark" });
  test("the Norwegian page copies Norwegian labels", async ({ page, baseURL }) => {
    await page.goto("/personopplysningsloven/16/");
    const panel = await openPin(page, "subsection-1-c");
    await panel.getByRole("button", { name: "Kopier henvisning" }).click();
    await expect.poll(() => clipboard(page)).toBe("personopplysningsloven § 16 første ledd bokstav c");
    await panel.getByRole("button", { name: "Kopier som Markdown-lenke" }).click();
    await expect
      .poll(() => clipboard(page))
      .toBe(`[personopplysningsloven § 16 første ledd bokstav c](${SITE(baseURL)}/personopplysningsloven/16/#subsection-1-c)`);
    await panel.getByRole("button", { name: "Kopier sitat med henvisning" }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(/^«c\. det må anses .+»\npersonopplysningsloven § 16 første ledd bokstav c, .+ \(tekst per 1\. januar 2022\)$/);
    await expect(page.locator("cite-tools").getByRole("status")).toContainText("Kopiert til utklippstavlen");
  });
});

test("a GDPR article cites its paragraphs and points; a decision cites itself by body, date and case number", async ({ page, baseURL }) => {
  await page.goto("/gdpr/article-6/");
  const panel = await openPin(page, "paragraph-1-f");
  await expect(panel).toContainText("GDPR Article 6(1)(f)");
  await expect(panel).toContainText("personvernforordningen artikkel 6 nr. 1 bokstav f");
  await panel.getByRole("button", { name: "Copy citation" }).click();
  await expect
    .poll(() => flavours(page))
    .toEqual({
      plain: "GDPR Article 6(1)(f)",
      html: `<a href="${SITE(baseURL)}/gdpr/article-6/#paragraph-1-f">GDPR Article 6(1)(f)</a>`,
    });

  await page.goto("/decisions/2021-12-13-grindr/");
  // The bar copies the citation the page's "Cite this decision" gives: one form of it on the page.
  const bar = page.getByRole("group", { name: "Cite this: Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18 (Grindr LLC)" });
  await bar.getByRole("button", { name: "Copy citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18 (Grindr LLC)");
});

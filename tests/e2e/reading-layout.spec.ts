// Reading on a wide screen with everything at hand, and on a phone: statute section pages of every
// kind have a sticky table of contents marking the section being read and a side rail with the
// citation in both languages (the copy works), the Act's other language and the decisions citing
// it; whole texts and guides mark the place being read as the reader scrolls. Below the
// breakpoint the contents fold above the text and the rail follows it; nothing scrolls sideways;
// print leaves both out; it all works without JavaScript.
import type { Page } from "@playwright/test";
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { clipboard } from "./clipboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** One section page of every kind: its path, the current entry in the contents, its citations. */
const SECTIONS = [
  {
    path: "/personal-data-act/16/",
    current: /^Section 16\. Exceptions/,
    en: "Personal Data Act section 16",
    nb: "personopplysningsloven § 16",
    rail: "This section",
  },
  {
    path: "/personopplysningsloven/16/",
    current: /^§ 16\. Unntak/,
    en: "Personal Data Act section 16",
    nb: "personopplysningsloven § 16",
    rail: "Denne paragrafen",
  },
  { path: "/penal-code/205/", current: /^§ 205\. Krenkelse/, en: "Penal Code section 205", nb: "straffeloven § 205", rail: "This section" },
  { path: "/kameraovervakingsforskriften/6/", current: /^§ 6\./, en: /section 6/, nb: /kameraovervåkingsforskriften § 6/, rail: "This section" },
];

test.describe("at 1440 px", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const s of SECTIONS) {
    test(`${s.path}: sticky contents mark the section, the rail cites it in both languages`, async ({ page }) => {
      await page.goto(s.path);
      const toc = page.getByRole("navigation", { name: /^(Contents|Innhold)$/ });
      await expect(toc).toBeVisible();
      const current = toc.locator("a[aria-current='page']");
      await expect(current).toHaveCount(1);
      await expect(current).toHaveText(s.current);
      await expect(current).toBeVisible();

      const rail = page.getByRole("complementary", { name: s.rail });
      await expect(rail).toBeVisible();
      await expect(rail).toContainText(s.en);
      await expect(rail).toContainText(s.nb);
      // Beside the text: the rail starts right of the text column, the contents left of it.
      const text = (await page.locator(".reading__text").boundingBox())!;
      expect((await rail.boundingBox())!.x).toBeGreaterThan(text.x + text.width - 1);
      expect((await toc.boundingBox())!.x + (await toc.boundingBox())!.width).toBeLessThan(text.x + 1);

      // Both stay in view while the reader scrolls down the text.
      await page.evaluate(() => scrollTo(0, 600));
      expect(await page.evaluate(() => scrollY)).toBe(600);
      for (const side of [toc, rail]) {
        const box = (await side.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeLessThan(120);
      }
      expect(await overflow(page)).toBe(0);
    });
  }

  test("the rail's copy buttons put each language's citation on the clipboard", async ({ page }) => {
    await page.goto("/personal-data-act/16/");
    const rail = page.getByRole("complementary", { name: "This section" });
    await rail.getByRole("button", { name: "Copy Norwegian citation" }).click();
    await expect.poll(() => clipboard(page)).toBe("personopplysningsloven § 16");
    await rail.getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => clipboard(page)).toBe("Personal Data Act section 16");
    await expect(rail.getByRole("status")).toContainText("Copied to the clipboard: Personal Data Act section 16");

    await page.goto("/personopplysningsloven/16/");
    await page.getByRole("complementary", { name: "Denne paragrafen" }).getByRole("button", { name: "Kopier engelsk henvisning" }).click();
    await expect.poll(() => clipboard(page)).toBe("Personal Data Act section 16");
  });

  test("the rail holds the other language's text of the Act's section and the decisions citing it", async ({ page }) => {
    await page.goto("/personal-data-act/20/");
    const rail = page.getByRole("complementary", { name: "This section" });
    const other = rail.locator("details.rail-other");
    await other.locator("summary").click();
    await expect(other.locator("[lang='nb']").last()).toContainText("Datatilsynet");
    const decisions = rail.getByRole("region", { name: "Decisions citing it" });
    const first = decisions.getByRole("listitem").first().getByRole("link");
    const href = (await first.getAttribute("href"))!;
    expect(href).toMatch(/^\/decisions\/[^/]+\/$/);
    // The same decisions are in "Cited by", which the rail links to.
    await expect(page.locator(`.cited-by a[href="${href}"]`)).toHaveCount(1);
    await decisions.getByRole("link", { name: "Everything that cites it" }).click();
    await expect(page).toHaveURL(/#cited-by-pda-20$/);
  });

  test("the whole Act marks the section being read in its contents as the reader scrolls", async ({ page }) => {
    await page.goto("/personal-data-act/full/");
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc).toBeVisible();
    await page.locator("#section-20-heading").evaluate((h) => h.scrollIntoView());
    await expect(toc.locator("a[aria-current='location']")).toHaveText(/^Section 20\. /);
    await page.locator("#section-5-heading").evaluate((h) => h.scrollIntoView());
    await expect(toc.locator("a[aria-current='location']")).toHaveText(/^Section 5\. /);
    await expect(toc.locator("a[aria-current='location']")).toBeInViewport();
    // A link in the contents goes to the section.
    await toc.getByRole("link", { name: /^Section 26\. / }).click();
    await expect(page).toHaveURL(/#section-26$/);
    await expect(page.locator("#section-26-heading")).toBeInViewport();
  });

  test("a regulation's whole text and a guide have the same contents beside the text", async ({ page }) => {
    await page.goto("/kameraovervakingsforskriften/full/");
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc.getByRole("link", { name: /^§ 6\./ })).toBeVisible();
    await page.goto("/guides/breach-notification/");
    const onPage = page.getByRole("navigation", { name: "On this page" });
    await expect(onPage).toBeVisible();
    await page.locator("#rests-on-heading").evaluate((h) => h.scrollIntoView());
    await expect(onPage.locator("a[aria-current='location']")).toHaveText("What this guide rests on");
  });
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const s of SECTIONS) {
    test(`${s.path}: the contents fold above the text, the rail follows the text, nothing scrolls sideways`, async ({ page }) => {
      await page.goto(s.path);
      const toc = page.getByRole("navigation", { name: /^(Contents|Innhold)$/ });
      await expect(toc).toBeHidden();
      const fold = page.locator("details.reading-toc > summary");
      const heading = page.getByRole("heading", { level: 1 });
      expect((await fold.boundingBox())!.y).toBeLessThan((await heading.boundingBox())!.y);
      await fold.click();
      await expect(toc).toBeVisible();
      await expect(toc.locator("a[aria-current='page']")).toHaveText(s.current);

      const rail = page.getByRole("complementary", { name: s.rail });
      const text = (await page.locator(".reading__text").boundingBox())!;
      expect((await rail.boundingBox())!.y).toBeGreaterThanOrEqual(text.y + text.height - 1);
      expect(await overflow(page)).toBe(0);
    });
  }

  test("the rail's copy works on a phone", async ({ page }) => {
    await page.goto("/penal-code/205/");
    await page.getByRole("complementary", { name: "This section" }).getByRole("button", { name: "Copy Norwegian citation" }).click();
    await expect.poll(() => clipboard(page)).toBe("straffeloven § 205");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });

  test("the contents and the rail's citations are there, the copy buttons are not", async ({ page }) => {
    await page.goto("/personal-data-act/16/");
    const toc = page.getByRole("navigation", { name: "Contents" });
    await expect(toc).toBeVisible();
    await expect(toc.locator("a[aria-current='page']")).toHaveText(/^Section 16\. /);
    const rail = page.getByRole("complementary", { name: "This section" });
    await expect(rail).toContainText("personopplysningsloven § 16");
    await expect(rail.getByRole("button", { name: "Copy citation" })).toHaveCount(0);
  });
});

test("print leaves out the contents and the rail", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/personal-data-act/16/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("details.reading-toc")).toBeHidden();
  await expect(page.locator(".reading__rail")).toBeHidden();
  await expect(page.locator("#subsection-1")).toBeVisible();
});

for (const width of [1440, 360]) {
  test(`axe finds nothing on the reading layouts, light and dark theme, ${width} px`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 900 });
    for (const path of ["/personal-data-act/16/", "/penal-code/205/", "/personal-data-act/full/", "/guides/breach-notification/"]) {
      await page.goto(path);
      if (width < 800) await page.locator("details.reading-toc > summary").click();
      expect(await axeViolationsInBothThemes(page), path).toEqual({});
    }
  });
}

test.describe("a shared tree result on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("opens with the verdict at the top, the answers after it", async ({ page }) => {
    await page.goto("/tools/record-a-conversation/?who-records=organisation&organisation-taking-part=yes");
    const card = page.locator("[data-card]");
    await expect(card.locator("[data-step]")).toHaveText("Result");
    const verdict = (await card.getByRole("heading", { level: 2 }).boundingBox())!;
    expect(verdict.y + verdict.height).toBeLessThan(740);
    const answers = (await page.getByRole("region", { name: "Your answers" }).boundingBox())!;
    expect(answers.y).toBeGreaterThan(verdict.y);
    expect(await overflow(page)).toBe(0);
  });

  test("a question keeps the answers so far above it", async ({ page }) => {
    await page.goto("/tools/record-a-conversation/?who-records=organisation");
    const question = (await page.locator("[data-card]").boundingBox())!;
    expect((await page.getByRole("region", { name: "Your answers" }).boundingBox())!.y).toBeLessThan(question.y);
  });
});

test.describe("the header's search shortcut hint", () => {
  test("shows only when the script that makes '/' work runs", async ({ browser, baseURL }) => {
    const withScript = await browser.newPage({ baseURL });
    await withScript.goto("/personal-data-act/16/");
    await expect(withScript.locator(".search-box__key")).toBeVisible();
    await withScript.keyboard.press("/");
    await expect(withScript.locator("#site-search-input")).toBeFocused();
    await withScript.close();

    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const without = await context.newPage();
    await without.goto("/personal-data-act/16/");
    await expect(without.locator("#site-search-input")).toBeVisible();
    await expect(without.locator(".search-box__key")).toBeHidden();
    await context.close();
  });
});

for (const width of [1440, 360]) {
  test(`Previous/Next cards are compact and clamp long titles at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Section 17's neighbours have some of the Act's longest titles.
    await page.goto("/personal-data-act/17/");
    const nav = page.getByRole("navigation", { name: "Sections" });
    for (const rel of ["prev", "next"]) {
      const link = nav.locator(`a[rel="${rel}"]`);
      const title = link.locator(".prev-next__title");
      const lineHeight = await title.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight));
      expect((await title.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
      expect((await link.boundingBox())!.height).toBeLessThan(110);
    }
    // The whole title is still the link's name.
    await expect(
      nav.getByRole("link", { name: /Section 16\. Exceptions from the rights to information and access and the obligation to communicate/ }),
    ).toBeVisible();
    expect(await overflow(page)).toBe(0);
  });
}

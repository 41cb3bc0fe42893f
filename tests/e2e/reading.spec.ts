// Reading on every screen, in either interface language: the phone menu reaches every part of
// the site, no page scrolls sideways, the interface follows the page or the reader's choice,
// switching language or view keeps the place, and a printout names its address, date and source.
import type { Page } from "@playwright/test";
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";

const SECTIONS = ["/personal-data-act/", "/personopplysningsloven/", "/gdpr/", "/decisions/", "/fines/", "/penal-code/", "/guides/", "/glossary/", "/tools/"];
/** One page of every type. */
const SAMPLE = [
  "/",
  "/personal-data-act/16/",
  "/personopplysningsloven/16/",
  "/personal-data-act/",
  "/personal-data-act/full/",
  "/personal-data-act/parallel/",
  "/penal-code/",
  "/penal-code/205/",
  "/gdpr/",
  "/gdpr/article-6/",
  "/decisions/",
  "/decisions/year/2021/",
  "/fines/",
  "/guides/",
  "/guides/recording-conversations/",
  "/glossary/",
  "/tools/",
  "/tools/record-a-conversation/",
  "/tools/deadlines/",
  "/search/",
];

async function firstDecision(page: Page) {
  await page.goto("/decisions/");
  return (await page.locator("main a[href*='/decisions/2']").first().getAttribute("href"))!;
}

for (const width of [320, 390]) {
  test(`at ${width} px the Menu reaches every part of the site, and no page scrolls sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 740 });
    await page.goto("/personal-data-act/16/");
    const menu = page.locator("details.site-menu");
    await menu.getByText("Menu", { exact: true }).click();
    const hrefs = await menu.getByRole("link").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const s of SECTIONS) expect(hrefs).toContain(s);
    for (const link of await menu.getByRole("link").all()) await expect(link).toBeInViewport();
    const pages = [...SAMPLE, await firstDecision(page)];
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
}

test("the Menu works without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 740 } });
  const page = await context.newPage();
  await page.goto("/fines/");
  await page.locator("details.site-menu summary").click();
  await page.locator("details.site-menu").getByRole("link", { name: "Penal Code" }).click();
  await expect(page).toHaveURL(/\/penal-code\/$/);
  await context.close();
});

test("Norwegian pages have a Norwegian interface, each string tagged with its language; the reader can switch it and it is remembered", async ({ page }) => {
  await page.goto("/personopplysningsloven/16/");
  const nav = page.getByRole("navigation", { name: "Hovedmeny" });
  await expect(nav.getByRole("link", { name: "Vedtak" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Decisions" })).toBeHidden();
  // The Act comes first in the interface's language; the link to the English text says so in English.
  await expect(nav.getByRole("link").first()).toHaveAttribute("href", "/personopplysningsloven/");
  await expect(nav.getByRole("link").first()).toHaveText("Personopplysningsloven");
  const english = nav.getByRole("link", { name: "English text" });
  await expect(english).toHaveAttribute("href", "/personal-data-act/");
  await expect(english.locator("[lang]")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Mørkt tema" })).toBeVisible();
  // The header's search box speaks Norwegian too: its name, its placeholder and the line under its options.
  const box = page.getByRole("combobox", { name: "Søk på nettstedet" });
  await expect(box).toHaveAttribute("placeholder", /^Søk/);
  await box.fill("samtykke");
  await expect(page.locator("#site-search-option-all")).toContainText(/^(Alle \d+ treff på søkesiden|Søker i alle sider)/);
  await expect(page.locator("#site-search-hint")).toHaveAttribute("lang", "nb");
  await box.fill("");
  await expect(page.locator(".site-footer")).toContainText("Ikke juridisk rådgivning.");
  // Every visible interface string carries the language it is written in.
  const untagged = await page
    .locator("[data-ui]")
    .evaluateAll((els) => els.filter((e) => e.checkVisibility() && e.getAttribute("lang") !== e.getAttribute("data-ui")).length);
  expect(untagged).toBe(0);
  expect(await page.locator(".site-footer [data-ui='nb']:visible").first().getAttribute("lang")).toBe("nb");

  await page.getByRole("button", { name: "English interface" }).click();
  await expect(nav.getByRole("link", { name: "Decisions" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Search the site" })).toHaveAttribute("placeholder", /^Search/);
  await expect(page.locator("#site-search-hint")).toHaveAttribute("lang", "en");
  await expect(nav.getByRole("link").first()).toHaveText("Personal Data Act");
  await expect(nav.getByRole("link", { name: "Norsk tekst" })).toHaveAttribute("href", "/personopplysningsloven/");
  await page.goto("/personal-data-act/16/");
  await expect(page.locator("html")).toHaveAttribute("data-interface", "en");
  await page.getByRole("button", { name: "Norsk grensesnitt" }).click();
  await page.goto("/gdpr/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("data-interface", "nb");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Gebyrer" })).toBeVisible();
  await expect(page.locator(".site-footer")).toContainText("Ikke juridisk rådgivning.");
});

test("switching to Norwegian or to side by side keeps the place", async ({ page }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.getByRole("link", { name: "Norsk tekst (original)" }).click();
  await expect(page).toHaveURL(/\/personopplysningsloven\/16\/#subsection-1-c$/);
  await expect(page.locator("#subsection-1-c")).toBeInViewport();
  await page.getByRole("link", { name: "English translation" }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/16\/#subsection-1-c$/);
  await page.getByRole("link", { name: "Side by side" }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/parallel\/#section-16-subsection-1-c$/);
  await expect(page.locator("#section-16-subsection-1-c")).toBeInViewport();
});

test("a printout names the page's address, the date of the text and its source", async ({ page }) => {
  const site = process.env.SITE_URL ?? "http://127.0.0.1:4321";
  await page.goto("/personal-data-act/16/");
  await page.emulateMedia({ media: "print" });
  const note = page.locator(".print-provenance");
  await expect(note).toBeVisible();
  const inner = { useInnerText: true };
  await expect(note).toContainText(`Printed from: ${site}/personal-data-act/16/`, inner);
  await expect(note).toContainText("Text as of 1 January 2022", inner);
  await expect(note).toContainText("Source: The translation is provided by the Ministry", inner);
  await page.goto("/penal-code/205/");
  await expect(page.locator(".print-provenance")).toContainText("Text as of 15 April 2026", inner);
  // The whole text of any instrument too, in each language it is held in.
  await page.goto("/kameraovervakingsforskriften/full/");
  await expect(note).toContainText(`Printed from: ${site}/kameraovervakingsforskriften/full/`, inner);
  await expect(note).toContainText("Text as of 1 July 2021", inner);
  await expect(note).toContainText("Source: FOR-2018-07-02-1107, Lovdata (NLOD 2.0).", inner);
  await page.goto("/personopplysningsloven/full/");
  await expect(note).toContainText("Tekst per 1. januar 2022", inner);
  await page.goto("/decisions/");
  await expect(page.locator(".print-provenance")).toContainText("Printed from:", inner);
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-provenance")).toBeHidden();
});

test("axe, light and dark: the open phone menu and the Norwegian interface", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto("/personopplysningsloven/16/");
  await page.locator("details.site-menu summary").click();
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

test("every page announces the decisions feed; a toggle that is on shows a check mark", async ({ page }) => {
  for (const path of ["/", "/fines/", "/personal-data-act/16/"]) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/decisions/feed.xml"]')).toHaveCount(1);
  }
  const toggle = page.getByRole("button", { name: "Show Norwegian alongside" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await toggle.evaluate((b) => getComputedStyle(b, "::before").content)).toContain("✓");
});

test("axe, light and dark: home, citation linker, /go/, an article with its cite panel open, a decision", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ["/", "/tools/link-citations/", "/go/?c=GDPR Article 6 and Article 9", "/decisions/2021-12-13-grindr/"]) {
    if (crawled(path)) continue;
    await page.goto(path);
    expect(await axeViolationsInBothThemes(page), path).toEqual({});
  }
  await page.goto("/gdpr/article-6/");
  await page.locator("#paragraph-1-f").hover();
  await page.locator("#paragraph-1-f > a.pin").click();
  await expect(page.getByRole("region", { name: "Cite this place" })).toBeVisible();
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

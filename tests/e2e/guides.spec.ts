import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";
import { GUIDE_SLUGS as SLUGS } from "../guide-slugs";

test("the guides index lists every guide with its summary and review date", async ({ page }) => {
  await page.goto("/guides/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guides");
  const links = page.locator(".guide-list h3 a");
  await expect(links).toHaveCount(SLUGS.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect([...hrefs].sort()).toEqual(SLUGS.map((s) => `/guides/${s}/`).sort());
  await expect(page.locator(".guide-list time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("link", { name: "Personal data breaches" }).click();
  await expect(page).toHaveURL(/\/guides\/breach-notification\/$/);
});

test.describe("every guide", () => {
  for (const slug of SLUGS) {
    test(`${slug}: notice, review date, and links to sections that exist`, async ({ page }) => {
      await page.goto(`/guides/${slug}/`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const notice = page.getByRole("complementary", { name: "Not legal advice" });
      await expect(notice).toContainText("Not legal advice.");
      await expect(page.locator(".reviewed time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);

      // Every link to the Act in the guide's body points at a section page that exists, and at an anchor on it.
      const hrefs = await page.locator('.guide-body a[href^="/personal-data-act/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of new Set(hrefs)) {
        const [path, hash] = href.split("#");
        const response = await page.request.get(path);
        expect(response.status(), href).toBe(200);
        if (hash) expect(await response.text(), href).toContain(`id="${hash}"`);
      }
      // What it rests on is listed, and the list's links resolve the same way.
      const restsOn = page.getByRole("region", { name: "What this guide rests on" });
      await expect(restsOn.locator('a[href^="/personal-data-act/"]').first()).toBeVisible();
    });
  }
});

test("a guide's link to a section lands on the subsection", async ({ page }) => {
  await page.goto("/guides/children-and-consent/");
  await page.locator(".guide-body").getByRole("link", { name: "section 5", exact: true }).first().click();
  await expect(page).toHaveURL(/\/personal-data-act\/5\/$/);
  await expect(page.locator("#subsection-1")).toContainText("The age of consent is 13 years");
  await page.goto("/guides/breach-notification/");
  await page.locator(".guide-body").getByRole("link", { name: "section 16 fourth subsection" }).first().click();
  await expect(page).toHaveURL(/\/personal-data-act\/16\/#subsection-4$/);
  await expect(page.locator("#subsection-4")).toContainText("Article 34");
});

test("a guide's links to Penal Code provisions and glossary terms lead to them", async ({ page }) => {
  await page.goto("/guides/recording-conversations/");
  await page.locator(".guide-body").getByRole("link", { name: "section 205 first subsection (a)" }).click();
  await expect(page).toHaveURL(/\/penal-code\/205\/#subsection-1-a$/);
  await expect(page.locator("#subsection-1-a")).toContainText("mellom andre");
  await page.goto("/guides/national-identity-numbers/");
  await page.locator(".guide-body").getByRole("link", { name: "national identity number" }).first().click();
  await expect(page).toHaveURL(/\/glossary\/#fodselsnummer$/);
  await expect(page.locator("#fodselsnummer")).toBeInViewport();
});

test("the table of contents jumps to a heading", async ({ page }) => {
  await page.goto("/guides/enforcement-and-appeals/");
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "The courts" }).click();
  await expect(page.getByRole("heading", { name: "The courts" })).toBeInViewport();
});

const guidePaths = ["/guides/", "/guides/enforcement-and-appeals/", "/guides/employer-email-access/", "/guides/breach-notification/"].filter(
  (path) => !crawled(path),
);
if (guidePaths.length) {
  test("axe, light and dark: the index and guides with tables and lists", async ({ page }) => {
    for (const path of guidePaths) {
      await page.goto(path);
      expect(await axeViolationsInBothThemes(page), path).toEqual({});
    }
  });
}

test("a guide reads at 320 px without sideways scrolling of the page", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/guides/employer-email-access/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

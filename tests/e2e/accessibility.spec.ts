import { axeViolations, expect, test } from "./fixtures";
import { onePageOfEachKind } from "./site";

// The light theme is checked on every page of the sitemap by axe-every-page.spec.ts. Here: the
// dark theme on one page of every kind (plus the Act's layouts, which differ more than their
// paths do), and the pages the sitemap leaves out in both themes. Exclusions: none.
const actPages = [
  "/",
  "/personal-data-act/",
  "/personal-data-act/16/",
  "/personal-data-act/12a/",
  "/personal-data-act/32/",
  "/personopplysningsloven/",
  "/personopplysningsloven/16/",
  "/personal-data-act/full/",
  "/personal-data-act/parallel/",
  "/personopplysningsloven/full/",
];
const notInSitemap = ["/does-not-exist/"];
const dark = [...new Set([...actPages, ...onePageOfEachKind(), ...notInSitemap])];

test.describe("axe, dark theme", () => {
  for (const path of dark) {
    test(path, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("axe, light theme, pages the sitemap leaves out", () => {
  for (const path of notInSitemap) {
    test(path, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test("axe with the Norwegian text alongside and a subsection targeted", async ({ page }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.getByRole("button", { name: "Show Norwegian alongside" }).click();
  expect(await axeViolations(page)).toEqual([]);
});

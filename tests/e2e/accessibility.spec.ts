import { axeViolations, axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";

// Every page of the sitemap is checked in both themes by axe-every-page.spec.ts. Here: the pages
// the sitemap leaves out, in both themes, and states the crawl does not see. Exclusions: none.
const notInSitemap = ["/does-not-exist/"];

test("the crawl covers every layout of the Act, in both languages, so none is left to check here", () => {
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
  expect(actPages.filter((path) => !crawled(path))).toEqual([]);
});

test.describe("axe, light and dark theme, pages the sitemap leaves out", () => {
  for (const path of notInSitemap) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolationsInBothThemes(page)).toEqual({});
    });
  }
});

test("axe with the Norwegian text alongside and a subsection targeted", async ({ page }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.getByRole("button", { name: "Show Norwegian alongside" }).click();
  expect(await axeViolations(page)).toEqual([]);
});

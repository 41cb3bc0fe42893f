import { axeViolations, expect, test } from "./fixtures";

// One page of every type, in both themes. Exclusions: none.
const pages = [
  "/",
  "/personal-data-act/",
  "/personal-data-act/16/",
  "/personal-data-act/12a/",
  "/personal-data-act/32/",
  "/personopplysningsloven/",
  "/personopplysningsloven/16/",
  "/personal-data-act/full/",
  "/personopplysningsloven/full/",
  "/personal-data-act/parallel/",
  "/does-not-exist/",
];

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    for (const path of pages) {
      test(path, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test("axe with the Norwegian text alongside and a subsection targeted", async ({ page }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.getByRole("button", { name: "Show Norwegian alongside" }).click();
  expect(await axeViolations(page)).toEqual([]);
});

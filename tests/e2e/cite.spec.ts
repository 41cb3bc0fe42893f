import { expect, test } from "./fixtures";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

const clipboard = (page: import("@playwright/test").Page) => page.evaluate(() => navigator.clipboard.readText());

test("copy link, citation and Markdown link for a lettered item", async ({ page, baseURL }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("Personal Data Act section 16 first subsection (c)");
  await expect(panel).toContainText("personopplysningsloven § 16 første ledd bokstav c");

  await panel.getByRole("button", { name: "Copy link" }).click();
  expect(await clipboard(page)).toBe(`${baseURL}/personal-data-act/16/#subsection-1-c`);
  await panel.getByRole("button", { name: "Copy citation" }).click();
  expect(await clipboard(page)).toBe("Personal Data Act section 16 first subsection (c)");
  await panel.getByRole("button", { name: "Copy Norwegian citation" }).click();
  expect(await clipboard(page)).toBe("personopplysningsloven § 16 første ledd bokstav c");
  await panel.getByRole("button", { name: "Copy as Markdown link" }).click();
  expect(await clipboard(page)).toBe(`[Personal Data Act s. 16 (1)(c)](${baseURL}/personal-data-act/16/#subsection-1-c)`);
  await expect(page.locator("cite-tools").getByRole("status")).toContainText("Copied");
});

test("following a permalink updates the panel; Escape closes it", async ({ page }) => {
  await page.goto("/personal-data-act/9/");
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toBeHidden();
  await page.locator("#subsection-2").hover();
  await page.locator('#subsection-2 > a.pin').click();
  await expect(page).toHaveURL(/#subsection-2$/);
  await expect(panel).toContainText("Personal Data Act section 9 second subsection");
  await expect(panel).toContainText("personopplysningsloven § 9 annet ledd");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
});

test("cite the whole section, and from the page with the whole Act", async ({ page, baseURL }) => {
  await page.goto("/personal-data-act/12a/");
  const bar = page.getByRole("group", { name: "Cite this section" });
  await bar.getByRole("button", { name: "Copy citation" }).click();
  expect(await clipboard(page)).toBe("Personal Data Act section 12 a");
  await bar.getByRole("button", { name: "Copy as Markdown link" }).click();
  expect(await clipboard(page)).toBe(`[Personal Data Act s. 12 a](${baseURL}/personal-data-act/12a/)`);

  await page.goto("/personal-data-act/full/#section-11-subsection-2-b");
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toContainText("Personal Data Act section 11 second subsection (b)");
  await panel.getByRole("button", { name: "Copy link" }).click();
  expect(await clipboard(page)).toBe(`${baseURL}/personal-data-act/11/#subsection-2-b`);
});

test("on the Norwegian page the citation is Norwegian first", async ({ page }) => {
  await page.goto("/personopplysningsloven/16/#subsection-1-c");
  const panel = page.getByRole("region", { name: "Siter dette stedet" });
  await panel.getByRole("button", { name: "Kopier henvisning" }).click();
  expect(await clipboard(page)).toBe("personopplysningsloven § 16 første ledd bokstav c");
});

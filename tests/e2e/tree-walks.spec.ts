// Walks through the camera, e-mail, publishing and DPO trees as a reader would, checking that each
// outcome opens with its verdict, then a checklist whose steps link to the provisions they come
// from, and that the answer agrees with the guide on the same subject.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const walker = (page: Page) => page.locator("tree-walker");
const heading = (page: Page) => page.locator("#walker-heading");
const card = (page: Page) => walker(page).locator("[data-card]");

async function walk(page: Page, labels: (string | RegExp)[]) {
  for (const label of labels) {
    const before = await heading(page).textContent();
    await walker(page).getByRole("group").getByRole("button", { name: label }).click();
    await expect(heading(page)).not.toHaveText(before!);
  }
}

/** The checklist step that contains `text`. */
const step = (page: Page, text: string | RegExp) => card(page).locator("ol.checklist > li").filter({ hasText: text });

test("camera at the workplace: own premises, with signs, deletion within a week, disclosure and the Working Environment Act", async ({ page }) => {
  await page.goto("/tools/workplace-camera-surveillance/");
  await walk(page, ["Real cameras", "Yes", /Preventing or solving crime/, /No, entrances/, "No, only our own premises"]);
  await expect(heading(page)).toHaveText("Possibly, if the purpose justifies it and you follow the rules");
  await expect(walker(page).locator("[data-step]")).toHaveText("Result");

  // The checklist comes straight after the verdict, before the reasons.
  const labels = await card(page).locator(".checklist-label, .explanation-label, .cites-label").allTextContents();
  expect(labels).toEqual(["What to do", "Why", "Sources"]);

  await expect(step(page, "within one week")).toHaveCount(1);
  await expect(step(page, "within one week").getByRole("link").first()).toHaveAttribute("href", /^\/kameraovervakingsforskriften\/6\/#subsection-1$/);
  await expect(step(page, "elected representatives").first().getByRole("link").first()).toHaveAttribute("href", /^\/arbeidsmiljoloven\/9-2\/#subsection-1$/);
  await expect(step(page, "whether sound is recorded").getByRole("link").first()).toHaveAttribute("href", /^\/kameraovervakingsforskriften\/4\/$/);
  await expect(step(page, "police investigating").getByRole("link").first()).toHaveAttribute("href", /^\/kameraovervakingsforskriften\/5\/$/);

  // A step's citation leads to the regulation's text.
  await step(page, "within one week").getByRole("link").first().click();
  await expect(page.locator("#subsection-1")).toContainText("én uke");
});

test("camera at the workplace: rooms a small group uses regularly need the § 3 condition", async ({ page }) => {
  await page.goto("/tools/workplace-camera-surveillance/?real-or-fake=real&fixed=yes&purpose=safety&staff-rooms=yes");
  await expect(heading(page)).toHaveText("Only if it is needed for safety, or there is a particular need");
  await expect(card(page).locator("ol.checklist > li").first().getByRole("link")).toHaveAttribute("href", /^\/kameraovervakingsforskriften\/3\/$/);
});

test("employer e-mail: the mailbox is closed when someone leaves, as the guide says", async ({ page }) => {
  await page.goto("/tools/employer-email-access/");
  await walk(page, [/mailbox of someone who is leaving/]);
  await expect(heading(page)).toHaveText("Close the mailbox when the employment ends, and delete what the business does not need");
  await expect(step(page, "Close the employee's mailbox").getByRole("link")).toHaveAttribute("href", /^\/epostforskriften\/4\/#subsection-1$/);

  await page.goto("/guides/employer-email-access/");
  await expect(page.locator("main")).toContainText("the mailbox must be closed");
});

test("employer e-mail: access without notice ends in a written account afterwards", async ({ page }) => {
  await page.goto("/tools/employer-email-access/");
  await walk(page, [/Open or read material/, /day-to-day running/, "No, it is not possible in this case"]);
  await expect(heading(page)).toHaveText("Possibly, but tell the employee in writing as soon as it is done");
  await expect(step(page, "tell the employee in writing").getByRole("link")).toHaveAttribute("href", /^\/epostforskriften\/3\/#subsection-4$/);
  await walker(page).getByRole("button", { name: "Back" }).click();
  await walk(page, ["Yes"]);
  await expect(heading(page)).toHaveText("Possibly, if access is really necessary, and following the procedure");
});

test("publishing a photo without consent: no, under åndsverkloven § 104", async ({ page }) => {
  await page.goto("/tools/publish-a-recording/");
  await walk(page, ["No", "Published to the public", "No", "No", "No, or not everyone", "No"]);
  await expect(heading(page)).toHaveText("No: a photograph of a person may not be published without consent");
  await expect(card(page).locator("ul.cites").getByRole("link").first()).toHaveAttribute("href", /^\/andsverkloven\/104\/$/);
  await walker(page).getByRole("button", { name: "Back" }).click();
  await walk(page, ["Yes, one of them fits"]);
  await expect(heading(page)).toContainText("Possibly, under an exception to the consent rule");
});

test("DPO: large-scale health data alone requires a DPO, as the guide says", async ({ page }) => {
  await page.goto("/tools/dpo-required/");
  await walk(page, [/A company, association/, "No", /Yes, one kind or both/]);
  await expect(heading(page)).toHaveText("Yes, a data protection officer is required");
  await expect(card(page)).toContainText("corrigendum");
  await expect(step(page, "Publish the officer").getByRole("link")).toHaveAttribute("href", "/gdpr/article-37/#paragraph-7");

  await page.goto("/guides/data-protection-officers/");
  await expect(page.locator("main")).toContainText("Either kind of data is enough");
});

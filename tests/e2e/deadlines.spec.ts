import type { Page } from "@playwright/test";
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { clipboard } from "./clipboard";

const section = (page: Page, id: string) => page.locator(`section#${id}`);

test("breach: 72 hours across the change to summer time, linkable, with its source", async ({ page }) => {
  await page.goto("/tools/deadlines/");
  const breach = section(page, "breach");
  await breach.getByLabel("When you became aware of the breach (Norwegian time)").fill("2025-03-28T10:00");
  await breach.getByRole("button", { name: "Calculate" }).click();
  const result = breach.locator("[data-result]");
  await expect(result.locator("time")).toHaveText("Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)");
  await expect(result.locator("time")).toHaveAttribute("datetime", "2025-03-31T09:00:00.000Z");
  await expect(result).toContainText("go forward one hour");
  await expect(result.getByRole("link", { name: "GDPR Article 33(1)" })).toHaveAttribute("href", "/gdpr/article-33/#paragraph-1");
  await expect(breach.getByRole("heading", { name: "Deadline" })).toBeFocused();
  await expect(page).toHaveURL(/\/tools\/deadlines\/\?aware=2025-03-28T10%3A00#breach$/);

  await page.reload();
  await expect(section(page, "breach").locator("[data-result] time")).toHaveText("Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)");
  await expect(section(page, "breach").getByLabel("When you became aware of the breach (Norwegian time)")).toHaveValue("2025-03-28T10:00");
});

test.describe("in a browser set to another time zone", () => {
  test.use({ timezoneId: "America/New_York" });
  test("the breach deadline is still counted in Norwegian time", async ({ page }) => {
    await page.goto("/tools/deadlines/?aware=2025-03-28T10:00#breach");
    await expect(section(page, "breach").locator("[data-result] time")).toHaveText("Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)");
  });
});

test("breach: an hour that happened twice gives both answers; one that never happened is explained", async ({ page }) => {
  await page.goto("/tools/deadlines/?aware=2025-10-26T02:30#breach");
  await expect(section(page, "breach").locator("[data-result] time")).toHaveText([
    "Wednesday 29 October 2025 at 01:30 (UTC+01:00, winter time)",
    "Wednesday 29 October 2025 at 02:30 (UTC+01:00, winter time)",
  ]);
  await page.goto("/tools/deadlines/?aware=2025-03-30T02:30#breach");
  await expect(section(page, "breach").locator("[data-result]")).toHaveText(/did not exist in Norway/);
});

test("appeal: three weeks, moved past Easter, with the rule and its sources", async ({ page }) => {
  await page.goto("/tools/deadlines/");
  const appeal = section(page, "appeal");
  await appeal.getByLabel("The day the decision reached you").fill("2025-03-27");
  await appeal.getByRole("button", { name: "Calculate" }).click();
  const result = appeal.locator("[data-result]");
  await expect(result.locator("time")).toHaveText("Tuesday 22 April 2025");
  await expect(result).toContainText("Thursday 17 April 2025 is Maundy Thursday (skjærtorsdag)");
  await expect(result).toContainText("§ 149");
  await expect(result.getByRole("link", { name: /forvaltningsloven\) § 29/ })).toHaveAttribute("href", "https://lovdata.no/lov/1967-02-10/§29");
  await expect(result.getByRole("link", { name: "Personal Data Act section 22 second subsection" })).toHaveAttribute(
    "href",
    "/personal-data-act/22/#subsection-2",
  );
  await expect(page).toHaveURL(/\?received=2025-03-27#appeal$/);
});

test("payment and limitation from a shared link", async ({ page }) => {
  await page.goto("/tools/deadlines/?final=2025-05-03#payment");
  await expect(section(page, "payment").locator("[data-result] time")).toHaveText("Saturday 31 May 2025");
  await expect(section(page, "payment").locator("[data-result]")).toContainText("We have not moved the deadline");
  await page.goto("/tools/deadlines/?ceased=2024-02-29&notice=2028-06-01#limitation");
  const limitation = section(page, "limitation").locator("[data-result]");
  await expect(limitation.locator("time")).toHaveText("Wednesday 28 February 2029");
  await expect(limitation).toContainText("so the period was interrupted");
});

test("bad input gets a clear message, never Invalid Date", async ({ page }) => {
  await page.goto("/tools/deadlines/?received=2025-02-30#appeal");
  const appeal = section(page, "appeal");
  await expect(appeal.locator("[data-result]")).toHaveText("“2025-02-30” is not a date: February 2025 has 28 days.");
  const input = appeal.getByLabel("The day the decision reached you");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(/February 2025 has 28 days/);

  await page.goto("/tools/deadlines/");
  const payment = section(page, "payment");
  await payment.getByRole("button", { name: "Calculate" }).click();
  await expect(payment.locator("[data-result]")).toHaveText("Enter the date the decision became final.");
  await expect(payment.getByLabel("The day the decision became final")).toBeFocused();

  await page.goto("/tools/deadlines/?aware=soon#breach");
  await expect(section(page, "breach").locator("[data-result]")).toContainText("is not in that form");
  await expect(page.locator("body")).not.toContainText(/Invalid Date|NaN/);
});

test("copy link to a result", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/tools/deadlines/?ceased=2021-06-15#limitation");
  const limitation = section(page, "limitation");
  await limitation.getByRole("button", { name: "Copy link to this result" }).click();
  await expect.poll(() => clipboard(page)).toBe(page.url());
  await expect(limitation).toContainText("Link copied to the clipboard.");
});

test("without JavaScript the rules and their sources are there, the forms are not", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/tools/deadlines/");
  await expect(page.getByRole("heading", { name: "Appealing to the Privacy Appeals Board: three weeks" })).toBeVisible();
  await expect(section(page, "appeal")).toContainText("three weeks from the time notification of the decision reached the party");
  await expect(section(page, "payment").getByRole("link", { name: "Personal Data Act section 27 first subsection" })).toHaveAttribute(
    "href",
    "/personal-data-act/27/#subsection-1",
  );
  await expect(page.getByRole("button", { name: "Calculate" })).toHaveCount(0);
  await context.close();
});

test("readable at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/tools/deadlines/?received=2025-03-27#appeal");
  await expect(section(page, "appeal").locator("[data-result] time")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test("axe, light and dark theme, with a result and an error", async ({ page }) => {
  await page.goto("/tools/deadlines/?aware=2025-10-24T10:00#breach");
  await expect(section(page, "breach").locator("[data-result] time")).toBeVisible();
  await section(page, "payment").getByRole("button", { name: "Calculate" }).click();
  await expect(section(page, "payment").locator(".calc-error")).toBeVisible();
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

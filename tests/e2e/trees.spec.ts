import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { load } from "js-yaml";
import { axeViolations, axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";
import { clipboard } from "./clipboard";

const walker = (page: Page) => page.locator("tree-walker");
const heading = (page: Page) => page.locator("#walker-heading");
const answer = (page: Page, label: string) => walker(page).getByRole("group").getByRole("button", { name: label, exact: true });

/** Answers the questions in order, checking that each click shows the next question or outcome. */
async function walk(page: Page, labels: string[]) {
  for (const label of labels) {
    const before = await heading(page).textContent();
    await answer(page, label).click();
    await expect(heading(page)).not.toHaveText(before!);
  }
}

test("the tools page lists every tree and the calculators, and each page exists", async ({ page, request }) => {
  await page.goto("/tools/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tools");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tools" })).toHaveAttribute("aria-current", "page");
  const trees = page.locator("ul.tool-list").first().getByRole("link");
  await expect(trees).toHaveCount(10);
  for (const href of await trees.evaluateAll((links) => links.map((a) => a.getAttribute("href")!))) expect((await request.get(href)).status(), href).toBe(200);
  await expect(page.getByRole("link", { name: "Appealing to the Privacy Appeals Board: three weeks" })).toHaveAttribute("href", "/tools/deadlines/#appeal");
});

test.describe("walking a tree", () => {
  test("recording a call you take part in: outcome and citation links", async ({ page }) => {
    await page.goto("/tools/record-a-conversation/");
    await expect(heading(page)).toHaveText("Who is making the recording?");
    await expect(walker(page).locator("[data-step]")).toHaveText("Question 1");
    await walk(page, ["I am, as a private person, for my own use", "Yes, I take part", "No, I am entitled to be in this conversation"]);
    await expect(page).toHaveURL(/\?who-records=private&taking-part=yes&closed-meeting=no$/);
    await expect(heading(page)).toHaveText("Yes: the Penal Code does not forbid recording a conversation you take part in");
    const card = walker(page).locator("[data-card]");
    const sources = card.locator("ul.cites");
    await expect(card).toContainText("between others");
    await expect(card).toContainText("not legal advice");
    await expect(sources.getByRole("link", { name: "Penal Code section 205 first subsection (a)" })).toHaveAttribute("href", "/penal-code/205/#subsection-1-a");
    await expect(sources.getByRole("link", { name: "Personal Data Act section 2 second subsection (a)" })).toHaveAttribute(
      "href",
      "/personal-data-act/2/#subsection-2-a",
    );
    await expect(sources.getByRole("link", { name: "GDPR Article 2(2)(c)" })).toHaveAttribute("href", "/gdpr/article-2/#paragraph-2-c");
    await expect(sources.locator('a[data-target="tree:publish-a-recording"]')).toHaveAttribute("href", "/tools/publish-a-recording/");
    await expect(card.locator("ol.checklist > li").first()).toContainText("You may record");
    const path = page.getByRole("region", { name: "Your answers" });
    await expect(path.getByRole("listitem")).toHaveCount(3);
    await expect(path).toContainText("Yes, I take part");

    // A citation to the Act leads to the subsection it names.
    await sources.getByRole("link", { name: "Personal Data Act section 2 second subsection (a)" }).click();
    await expect(page.locator("#subsection-2-a")).toContainText("purely personal or household activity");
  });

  test("breach notification with a high risk: notify both, a cited checklist, and the deadline worked out in place", async ({ page }) => {
    await page.goto("/tools/breach-notification/");
    await walk(page, [
      "Yes, personal data were affected",
      "We are the controller",
      "There is, or may be, a risk",
      "Yes, the risk is likely to be high",
      "None of these",
      "No",
    ]);
    await expect(heading(page)).toHaveText("Notify Datatilsynet within 72 hours, and tell the people affected without undue delay");
    const card = walker(page).locator("[data-card]");
    const sources = card.locator("ul.cites");
    await expect(sources.getByRole("link", { name: "GDPR Article 33(1)" })).toHaveAttribute("href", "/gdpr/article-33/#paragraph-1");
    await expect(sources.getByRole("link", { name: "GDPR Article 34(2)" })).toHaveAttribute("href", "/gdpr/article-34/#paragraph-2");
    await expect(sources.locator('a[data-target="decision:argon-2023"]')).toHaveAttribute("href", /^\/decisions\/[a-z0-9-]+\/$/);

    // The verdict comes first, then what to do, each step with the provision it comes from.
    const steps = card.locator("ol.checklist > li");
    await expect(steps.first()).toContainText("no later than 72 hours");
    await expect(steps.first().getByRole("link", { name: "GDPR Article 33(1)" })).toHaveAttribute("href", "/gdpr/article-33/#paragraph-1");
    await expect(steps.filter({ hasText: "Tell the people affected" }).getByRole("link", { name: "GDPR Article 34(2)" })).toHaveCount(1);
    // References in the explanation are links too.
    await expect(card.locator(".node-explanation").getByRole("link", { name: "Article 34(3)" })).toHaveAttribute("href", "/gdpr/article-34/#paragraph-3");

    // The deadline, worked out without leaving the result (and without touching the answers in the URL).
    const url = page.url();
    await card.getByLabel("When you became aware of the breach (Norwegian time)").fill("2025-03-28T10:00");
    await card.getByRole("button", { name: "Work out the deadline" }).click();
    await expect(card.locator(".breach-clock-due")).toContainText("Notify Datatilsynet by Monday 31 March 2025 at 11:00");
    expect(page.url()).toBe(url);
    await expect(card.getByRole("link", { name: "The deadline calculator" })).toHaveAttribute("href", "/tools/deadlines/#breach");
    await expect(walker(page).getByRole("button", { name: "Copy link to this result" })).toBeVisible();
  });

  test("transfers to an uncertified US recipient with standard clauses", async ({ page }) => {
    await page.goto("/tools/transfers-outside-eea/");
    await walk(page, ["In the United States", "No, or we do not know", "Standard contractual clauses adopted by the European Commission"]);
    await expect(heading(page)).toHaveText("Yes, with the standard contractual clauses and an assessment of the destination's law");
    const card = walker(page).locator("[data-card]");
    await expect(card.locator("ul.cites").getByRole("link", { name: "GDPR Article 46(2)(c)" })).toHaveAttribute("href", "/gdpr/article-46/#paragraph-2-c");
    await expect(card.locator('a[data-target="decision:ferde-2021"]')).toHaveCount(1);
    await expect(card).toContainText("It depends");
  });

  test("someone who got into a closed meeting without right and takes part: no", async ({ page }) => {
    await page.goto("/tools/record-a-conversation/");
    await walk(page, ["I am, as a private person, for my own use", "Yes, I take part", "Yes, I got into a closed meeting without being entitled to"]);
    await expect(heading(page)).toHaveText("No: secretly recording a closed meeting you got into without right is likely a crime");
    await expect(walker(page).locator("[data-card] ol.checklist > li").first().getByRole("link")).toHaveAttribute("href", "/penal-code/205/#subsection-1-a");
  });
});

test("back, change and start again; the browser's back button too", async ({ page }) => {
  await page.goto("/tools/dpo-required/");
  await walk(page, ["A company, association or other private organisation", "No"]);
  await expect(heading(page)).toHaveText(/sensitive data/);
  await walker(page).getByRole("button", { name: "Back" }).click();
  await expect(heading(page)).toHaveText(/regular and systematic monitoring/);
  await expect(page).toHaveURL(/\?organisation=private$/);
  await expect(heading(page)).toBeFocused();

  await page.goBack();
  await expect(heading(page)).toHaveText(/sensitive data/);

  await page
    .getByRole("region", { name: "Your answers" })
    .getByRole("link", { name: /Change the answer to “What kind of organisation are you\?”/ })
    .click();
  await expect(heading(page)).toHaveText("What kind of organisation are you?");
  await expect(page).toHaveURL(/\/tools\/dpo-required\/$/);
  await expect(walker(page).getByRole("button", { name: "Back" })).toBeHidden();

  await walk(page, ["A state or municipal body"]);
  await expect(heading(page)).toHaveText("Yes, a data protection officer is required");
  await walker(page).getByRole("button", { name: "Start again" }).click();
  await expect(heading(page)).toHaveText("What kind of organisation are you?");
  await expect(page).toHaveURL(/\/tools\/dpo-required\/$/);
  await expect(page.getByRole("region", { name: "Your answers" })).toBeHidden();
});

test("a result URL gives the same outcome on reload, and can be copied", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const url = "/tools/national-identity-numbers/?required-by-law=no&need=yes&necessary=other-means";
  await page.goto(url);
  await expect(heading(page)).toHaveText("No, use the other means");
  await page.reload();
  await expect(heading(page)).toHaveText("No, use the other means");
  await expect(page.getByRole("region", { name: "Your answers" }).getByRole("listitem")).toHaveCount(3);
  await walker(page).getByRole("button", { name: "Copy link to this result" }).click();
  await expect.poll(() => clipboard(page)).toBe(page.url());
  await expect(walker(page).locator("[data-message]")).toHaveText("Link copied to the clipboard.");
});

test.describe("a tampered or stale URL starts again with a message", () => {
  for (const query of [
    "?who-records=robot",
    "?who-records=private&who-records=organisation&utm_source=mail",
    "?taking-part=yes",
    "?who-records=private&who-records=organisation",
  ]) {
    test(query, async ({ page }) => {
      await page.goto(`/tools/record-a-conversation/${query}`);
      await expect(walker(page).locator("[data-message]")).toContainText("do not fit this version of the tree");
      await expect(heading(page)).toHaveText("Who is making the recording?");
      await expect(page).toHaveURL(/\/tools\/record-a-conversation\/$/);
    });
  }
});

test("parameters that are not answers (a search highlight, utm_source) are ignored, keeping the answers", async ({ page }) => {
  await page.goto("/tools/record-a-conversation/?highlight=record&utm_source=mail");
  await expect(heading(page)).toHaveText("Who is making the recording?");
  await expect(walker(page).locator("[data-message]")).toBeHidden();
  await page.goto("/tools/record-a-conversation/?who-records=private&utm_source=mail");
  await expect(heading(page)).not.toHaveText("Who is making the recording?");
  await expect(walker(page).locator("[data-message]")).toBeHidden();
  await expect(page.getByRole("region", { name: "Your answers" }).getByRole("listitem")).toHaveCount(1);
});

test("keyboard only: answer, focus moves to the new question and the change is announced", async ({ page }) => {
  await page.goto("/tools/does-the-act-apply/");
  const first = answer(page, "Yes");
  for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toHaveText(/automated means/);
  await expect(walker(page).locator("[data-announce]")).toHaveText("Answered: Yes.");

  // Tab from the heading, past the links in the help text, to the first answer, then Space.
  const next = answer(page, "Yes");
  for (let i = 0; i < 20 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await page.keyboard.press("Space");
  await expect(heading(page)).toHaveText(/purely for personal or household purposes/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();
  await expect(heading(page)).toHaveText("No: purely personal or household activity is excluded");
  expect(await heading(page).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
});

test("without JavaScript the whole tree is an outline with anchors", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/tools/record-a-conversation/#node-secret-recording-of-others");
  await expect(page.locator("tree-walker")).toBeHidden();
  const outline = page.getByRole("region", { name: "All questions and outcomes" });
  const nodes = Object.keys((load(readFileSync("content/trees/record-a-conversation.yaml", "utf8")) as { nodes: object }).nodes).length;
  await expect(outline.locator(".outline-node")).toHaveCount(nodes);
  await expect(page.locator("#node-secret-recording-of-others")).toBeVisible();
  await expect(page.locator("#node-secret-recording-of-others")).toContainText("not legal advice");
  await outline.locator("#node-others-know").getByRole("link").first().click();
  await expect(page).toHaveURL(/#node-secret-recording-of-others$/);
  await expect(outline.locator("#node-who-records").getByRole("link", { name: "Are you yourself taking part in the conversation?" })).toHaveAttribute(
    "href",
    "#node-taking-part",
  );
  await context.close();
});

test("with JavaScript the outline folds away but stays in the page for search", async ({ page }) => {
  await page.goto("/tools/dpia-required/");
  await expect(page.locator("[data-outline]")).not.toHaveAttribute("open");
  await expect(page.locator("article[data-pagefind-filter='type:Tool']")).toHaveCount(1);
  await expect(page.locator("#node-required")).toBeAttached();
});

test("print shows the answers and the outcome, not the buttons or the outline", async ({ page }) => {
  await page.goto("/tools/dpia-required/?on-the-list=yes");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("region", { name: "Your answers" })).toBeVisible();
  await expect(heading(page)).toHaveText("Yes, carry out a DPIA before the processing starts");
  await expect(page.locator(".walker-actions")).toBeHidden();
  await expect(page.locator(".tree-outline")).toBeHidden();
  await expect(page.locator(".site-header")).toBeHidden();
});

test("readable at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/tools/", "/tools/breach-notification/?is-breach=yes&role=controller&risk=risk&high-risk=no", "/tools/transfers-outside-eea/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test.describe("axe, light and dark theme", () => {
  for (const path of [
    "/tools/",
    "/tools/workplace-camera-surveillance/",
    "/tools/workplace-camera-surveillance/?real-or-fake=real&fixed=yes&purpose=crime&staff-rooms=no&public-area=no",
    "/tools/publish-a-recording/?offensive=yes",
  ]) {
    if (crawled(path)) continue;
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(walker(page).or(page.getByRole("heading", { name: "Tools" }))).toBeVisible();
      expect(await axeViolationsInBothThemes(page)).toEqual({});
    });
  }
});

test("axe with the outline open and a node targeted", async ({ page }) => {
  await page.goto("/tools/breach-notification/#node-notify-both");
  await expect(page.locator("[data-outline]")).toHaveAttribute("open");
  expect(await axeViolations(page)).toEqual([]);
});

// Shared helpers for the end-to-end tests: a page that fails the test on any console error,
// uncaught exception or request to another host, and an axe check for WCAG 2.2 AA.
import { test as base, expect, type Page } from "@playwright/test";
import axe from "axe-core";

export const test = base.extend<{ page: Page }>({
  page: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL!).origin;
    // A failed load shows up twice: as a console message and as a response. Only the response is
    // judged, so that opening a missing page on purpose (the 404 test) is not an error.
    page.on("console", (m) => m.type() === "error" && !m.text().startsWith("Failed to load resource") && problems.push(`console: ${m.text()}`));
    page.on("response", (r) => {
      const navigation = r.request().isNavigationRequest() && r.request().frame() === page.mainFrame();
      if (r.status() >= 400 && !navigation) problems.push(`${r.status()} for ${r.url()}`);
    });
    page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("about:")) problems.push(`request to another host: ${url}`);
    });
    await use(page);
    expect(problems, "console errors, exceptions or outside requests").toEqual([]);
  },
});
export { expect };

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
type Axe = typeof axe;

/** axe in the page with the WCAG 2.2 A and AA rules (or only `rules`): the violations, summarised, and the page's background as it ran; undefined if axe is not in the page. */
function axeInPage(page: Page, rules?: string[]) {
  return page.evaluate(
    async ({ runOnly }) => {
      const inPage = (window as unknown as { axe?: Axe }).axe;
      if (!inPage) return undefined;
      const results = await inPage.run(document, { runOnly, resultTypes: ["violations"] });
      return {
        background: getComputedStyle(document.body).backgroundColor,
        violations: results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) })),
      };
    },
    { runOnly: rules ? { type: "rule" as const, values: rules } : { type: "tag" as const, values: WCAG_22_AA } },
  );
}

/**
 * Runs axe in the page and returns what axeInPage returns. axe is put in the page once per load and run
 * there directly: @axe-core/playwright evaluated its 600 kB source twice per check (most of a check's
 * time), and the site has no frames for it to reach. Only violations are collected (resultTypes): axe
 * then skips gathering the nodes of what passed. Where axe is already in the page (axeInEveryLoad), a
 * check is one call to the page.
 */
async function runAxe(page: Page, rules?: string[]) {
  const found = await axeInPage(page, rules);
  if (found) return found;
  await page.evaluate(axe.source);
  return (await axeInPage(page, rules))!;
}

/** The violations of the WCAG 2.2 A and AA rules (or only `rules`, ids of those) on the page as it is, summarised. */
export async function axeViolations(page: Page, rules?: string[]) {
  return (await runAxe(page, rules)).violations;
}

/**
 * Puts axe in every page `page` loads from now on, before the page's own scripts, for a test that
 * checks many pages: the browser then compiles axe's 600 kB once for all of them, where evaluating it
 * after each load (as axeViolations does when axe is missing) compiled it for every page, about half
 * a second a page on a busy machine.
 */
export async function axeInEveryLoad(page: Page) {
  await page.addInitScript(axe.source);
}

/**
 * The WCAG 2.2 A and AA rules whose outcome the theme can change: those axe files under colour
 * ("cat.color": color-contrast and link-in-text-block in axe 4.13), read from the axe in the page once
 * per worker (every page has the same axe). The dark theme changes colours only (one palette of
 * light-dark() values in global.css; nothing else depends on the colour scheme) and presses the theme
 * button (aria-pressed is valid either way, and its check mark has no name); every other rule has the
 * same outcome in both themes and runs in the light pass.
 */
async function colourRules(page: Page): Promise<string[]> {
  colourRuleIds ??= await page.evaluate(
    (tags) =>
      (window as unknown as { axe: Axe }).axe
        .getRules(["cat.color"])
        .filter((r) => r.tags.some((t) => tags.includes(t)))
        .map((r) => r.ruleId),
    WCAG_22_AA,
  );
  expect(colourRuleIds, "the rules about colour include colour contrast").toContain("color-contrast");
  return colourRuleIds;
}
let colourRuleIds: string[] | undefined;

/**
 * axe in the light and then the dark theme on the page as loaded, without loading it twice: with no
 * theme chosen, the palette follows the system setting (color-scheme: light dark), so changing the
 * emulated setting recolours the page in place. Every WCAG 2.2 A and AA rule runs in the light theme,
 * the rules about colour again in the dark one (see colourRules). Fails if the page did not change
 * colour. Returns the violations by theme, none when there are none. Four calls to the page: the
 * setting and axe (with the background it ran on) per theme.
 */
export async function axeViolationsInBothThemes(page: Page) {
  const found: Record<string, unknown> = {};
  const background: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const run = await runAxe(page, colorScheme === "dark" ? await colourRules(page) : undefined);
    background.push(run.background);
    if (run.violations.length) found[colorScheme] = run.violations;
  }
  expect(background[1], `the dark theme recolours ${page.url()}`).not.toBe(background[0]);
  return found;
}

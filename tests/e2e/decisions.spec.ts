// Decision pages and the list of decisions: facts with links, sources, appeal chains, the
// authority filter, the feed and the search attributes.
import { axeViolations, expect, test } from "./fixtures";

test("a decision page links its GDPR articles, Act sections and related decisions, and shows its sources", async ({ page, request }) => {
  await page.goto("/decisions/2023-08-07-meta/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meta given a coercive fine of NOK 1 million a day for not complying with the ban");
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts.getByRole("link", { name: "Article 58(2)(f)" })).toHaveAttribute("href", "/gdpr/article-58/#paragraph-2-f");
  const section = facts.getByRole("link", { name: "Section 29" });
  await expect(section).toHaveAttribute("href", "/personal-data-act/29/");
  const related = facts.getByRole("link", { name: "Temporary ban on Meta's behavioural advertising on Facebook and Instagram in Norway" });
  await expect(related).toHaveAttribute("href", "/decisions/2023-07-14-meta/");
  await expect(facts).toContainText("NOK 1,000,000 (≈ EUR 100,000) per day");
  await expect(facts).toContainText("Annulled on appeal.");
  const sources = await facts.locator(".source-list a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(sources.length).toBeGreaterThanOrEqual(5);
  expect(sources).toContain("https://personvernnemnda.no/pvn-2023-31");
  expect((await request.get("/decisions/2023-07-14-meta/")).status()).toBe(200);

  await section.click();
  await expect(page).toHaveURL(/\/personal-data-act\/29\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("29");
});

test("an Act subsection cited by a decision links to its anchor, which exists", async ({ page }) => {
  await page.goto("/decisions/2022-ostre-toten-kommune/");
  const link = page.getByRole("region", { name: "Facts" }).getByRole("link", { name: "Section 26 first subsection" });
  await expect(link).toHaveAttribute("href", "/personal-data-act/26/#subsection-1");
  await link.click();
  await expect(page.locator("#subsection-1")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("the exact date is not known");
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("19 October 2021");
});

test("the Grindr appeal chain runs from the Authority to the Court of Appeal, each step linked", async ({ page }) => {
  await page.goto("/decisions/2024-07-01-grindr/");
  const steps = page.getByRole("region", { name: "Appeal chain and related steps" }).getByRole("listitem");
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText("13 December 2021");
  await expect(steps.nth(0)).toContainText("Norwegian Data Protection Authority");
  await expect(steps.nth(1)).toContainText("Privacy Appeals Board");
  await expect(steps.nth(2)).toHaveAttribute("aria-current", "step");
  await expect(steps.nth(3)).toContainText("Borgarting Court of Appeal");
  for (const i of [0, 1, 3]) await expect(steps.nth(i).getByRole("link")).toHaveCount(1);
  await steps.nth(3).getByRole("link").click();
  await expect(page).toHaveURL(/\/decisions\/2025-10-21-grindr\/$/);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("NOK 65,000,000");
});

test("an advance notice says it is not a final decision; an unverified entry says what is uncertain", async ({ page }) => {
  await page.goto("/decisions/2021-05-02-disqus/");
  await expect(page.locator("main")).toContainText("Advance notice, not a final decision.");
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("Advance notice only.");
  await page.goto("/decisions/2024-10-21-grue-kommune/");
  await expect(page.locator("main")).toContainText("Partly unverified.");
  await expect(page.getByRole("region", { name: "What is uncertain" })).toContainText("aggregator");
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("EUR 20,800 (≈ NOK 208,000)");
});

test("where sources disagree, the page shows both and says which it follows", async ({ page }) => {
  await page.goto("/decisions/2021-12-07-legelisten/");
  const conflicts = page.getByRole("region", { name: "Where sources disagree" });
  await expect(conflicts).toContainText("7 April 2021");
  await expect(conflicts).toContainText("7 December 2021");
  await expect(conflicts).toContainText("This page follows:");
});

test("decision pages carry the search filters and sorts", async ({ request }) => {
  const html = await (await request.get("/decisions/2021-12-13-grindr/")).text();
  for (const attr of [
    'data-pagefind-filter="type:Decision"',
    'data-pagefind-filter="year:2021"',
    'data-pagefind-filter="authority:Datatilsynet"',
    'data-pagefind-filter="sector:Online services and advertising"',
    'data-pagefind-filter="outcome:Fine"',
    'data-pagefind-filter="article:Article 9"',
    'data-pagefind-sort="date:2021-12-13"',
    'data-pagefind-sort="amount:65000000"',
  ])
    expect(html).toContain(attr);
});

test("/decisions/ lists every decision newest first by year, and filters by authority in the address", async ({ page, request }) => {
  const total = ((await (await request.get("/data/decisions.json")).json()) as { decisions: unknown[] }).decisions.length;
  await page.goto("/decisions/");
  const items = page.locator("[data-decision-authority]");
  await expect(items).toHaveCount(total);
  const years = await page.locator("section[data-year-group] h2").allTextContents();
  expect(years).toEqual([...years].sort().reverse());
  const firstDates = await page.locator("section[data-year-group]").first().locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(firstDates).toEqual([...firstDates].sort().reverse());

  await page.getByLabel("Show decisions of").selectOption("personvernnemnda");
  await expect(page).toHaveURL(/\?authority=personvernnemnda$/);
  const visible = page.locator("[data-decision-authority]:visible");
  const count = await visible.count();
  expect(count).toBeGreaterThan(5);
  expect(count).toBeLessThan(total);
  expect(new Set(await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.decisionAuthority)))).toEqual(new Set(["personvernnemnda"]));
  await expect(page.locator("section[data-year-group]", { hasText: "2013" })).toBeHidden();

  await page.reload();
  await expect(page.getByLabel("Show decisions of")).toHaveValue("personvernnemnda");
  await expect(visible).toHaveCount(count);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("/decisions/ is the plain full list", async ({ page }) => {
    await page.goto("/decisions/?authority=personvernnemnda");
    await expect(page.getByLabel("Show decisions of")).toBeHidden();
    await expect(page.locator("[data-decision-authority]:visible").first()).toBeVisible();
    expect(await page.locator("[data-decision-authority]:visible").count()).toBe(await page.locator("[data-decision-authority]").count());
  });
});

test("the Atom feed and the JSON export list the same decisions", async ({ request }) => {
  const feed = await request.get("/decisions/feed.xml");
  expect(feed.headers()["content-type"]).toMatch(/xml/);
  const xml = await feed.text();
  const json = (await (await request.get("/data/decisions.json")).json()) as { decisions: { url: string }[] };
  const links = [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1]).slice(1);
  expect(links).toEqual(json.decisions.map((d) => d.url));
});

const pages = ["/decisions/", "/decisions/2021-12-13-grindr/", "/decisions/2021-05-02-disqus/", "/decisions/2023-08-07-meta/", "/decisions/2020-ralingen-kommune/"];
for (const scheme of ["light", "dark"] as const) {
  for (const path of pages) {
    test(`axe on ${path} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

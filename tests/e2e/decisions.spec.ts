// Decision pages and the list of decisions: facts with links, sources, appeal chains, the
// authority filter, the feed and the search attributes.
import { readFileSync } from "node:fs";
import { outcomeKinds } from "../../src/lib/decisions/facts";
import { OUTCOMES } from "../../src/lib/decisions/vocab";
import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";
import { clipboard } from "./clipboard";

interface Entry {
  id: string;
  date: string | null;
  authority: string;
  amount: number | null;
  currency: string | null;
  case_number: string | null;
  outcome: string;
  stage: "final" | "notice";
}
const decode = (html: string) =>
  html.replace(/&(amp|quot|#39|#x27|lt|gt);/g, (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", "#x27": "'", lt: "<", gt: ">" })[e]!);
const data = JSON.parse(readFileSync(new URL("../../../shared/sources/decisions-v2.json", import.meta.url), "utf8")) as Entry[];

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
  await expect(facts.getByRole("link", { name: /Privacy Appeals Board, 18 June 2024/ })).toHaveAttribute("href", "/decisions/2024-06-18-meta/");
  const sources = await facts.locator(".source-list a").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(sources.length).toBeGreaterThanOrEqual(5);
  expect(sources).toContain("https://personvernnemnda.no/pvn-2023-31");
  expect((await request.get("/decisions/2023-07-14-meta/")).status()).toBe(200);

  await section.click();
  await expect(page).toHaveURL(/\/personal-data-act\/29\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("29");
});

test("an Act subsection cited by a decision links to its anchor, which exists", async ({ page }) => {
  await page.goto("/decisions/2022-01-07-ostre-toten-kommune/");
  const link = page.getByRole("region", { name: "Facts" }).getByRole("link", { name: "Section 26 first subsection" });
  await expect(link).toHaveAttribute("href", "/personal-data-act/26/#subsection-1");
  await link.click();
  await expect(page.locator("#subsection-1")).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("7 January 2022");
});

test("the Grindr case runs from the Authority to the Court of Appeal, each stage linked, on every stage's page", async ({ page }) => {
  for (const path of ["/decisions/2021-12-13-grindr/", "/decisions/2024-07-01-grindr/", "/decisions/2025-10-21-grindr/"]) {
    await page.goto(path);
    const steps = page.getByRole("region", { name: "The case, stage by stage" }).getByRole("listitem");
    await expect(steps).toHaveCount(5);
    await expect(steps.nth(1)).toContainText("13 December 2021");
    await expect(steps.nth(1)).toContainText("Norwegian Data Protection Authority");
    await expect(steps.nth(2)).toContainText("Privacy Appeals Board");
    await expect(steps.nth(4)).toContainText("Borgarting Court of Appeal");
    await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  }
  await page.goto("/decisions/2024-07-01-grindr/");
  const steps = page.getByRole("region", { name: "The case, stage by stage" }).getByRole("listitem");
  await expect(steps.nth(3)).toHaveAttribute("aria-current", "step");
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts.getByRole("link", { name: /Privacy Appeals Board, 27 September 2023/ })).toHaveAttribute("href", "/decisions/2023-09-27-grindr/");
  await steps.nth(4).getByRole("link").click();
  await expect(page).toHaveURL(/\/decisions\/2025-10-21-grindr\/$/);
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("NOK 65,000,000");
});

test("a court case's facts name its parties; an authority's decision names its entity", async ({ page }) => {
  await page.goto("/decisions/2024-07-01-grindr/");
  await expect(page.locator(".facts dt", { hasText: "Parties" }).locator("+ dd")).toHaveText("Grindr LLC v. Staten v/ Personvernnemnda");
  await page.goto("/decisions/2021-12-13-grindr/");
  await expect(page.locator(".facts dt", { hasText: "Entity" }).locator("+ dd")).toHaveText("Grindr LLC (now Grindr Inc.)");
  await expect(page.locator(".facts dt", { hasText: "Parties" })).toHaveCount(0);
});

test("a stage without a date stands where the appeal ladder puts it, marked as not known", async ({ page }) => {
  // Oslo tingrett's NAV judgment has no date in the dataset; the Court of Appeal reviewed it in 2023.
  await page.goto("/decisions/2023-03-02-borgarting-nav/");
  const nav = page.getByRole("region", { name: "The case, stage by stage" }).getByRole("listitem");
  await expect(nav).toHaveCount(2);
  await expect(nav.nth(0)).toContainText("Date not known");
  await expect(nav.nth(0)).toContainText("Oslo District Court");
  await expect(nav.nth(1)).toHaveAttribute("aria-current", "step");
  // The Board's undated costs decision reviews nothing: it ends the Meta case, not opens it.
  await page.goto("/decisions/2024-06-18-meta/");
  const meta = page.getByRole("region", { name: "The case, stage by stage" }).getByRole("listitem");
  await expect(meta.first()).toContainText("14 July 2023");
  await expect(meta.last()).toContainText("Date not known");
  await expect(meta.last()).toContainText("legal costs awarded");
});

test("an advance notice says it is not a final decision; an unverified entry says so", async ({ page }) => {
  await page.goto("/decisions/2020-05-27-telenor-norge-voicemail/");
  await expect(page.locator("main")).toContainText("Advance notice, not a final decision.");
  await expect(page.getByRole("region", { name: "Facts" })).toContainText("Advance notice dated");
  await page.goto("/decisions/2024-10-21-grue-kommune/");
  await expect(page.locator("main")).toContainText("Not verified.");
  await expect(page.getByRole("region", { name: "What is uncertain" })).toContainText("secondary sources");
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts).toContainText("NOK 250,000");
  await expect(facts).toContainText("Not confirmed.");
});

test("Disqus: the old address of the advance notice leads to the final decision, a reprimand with no fine", async ({ page }) => {
  await page.goto("/decisions/2021-05-02-disqus/");
  await expect(page).toHaveURL(/\/decisions\/2024-10-28-disqus\/$/);
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts).toContainText("28 October 2024");
  await expect(facts.locator('[data-fact="outcome"]')).toHaveText(/^\s*Reprimand\s*$/);
  await expect(facts.locator('[data-fact="amount"]')).toHaveCount(0);
});

test("what stood says when an appeal's outcome or an appeal itself is unknown", async ({ page }) => {
  await page.goto("/decisions/2023-03-08-argon-medical-devices/");
  await expect(page.locator('[data-fact="final"]')).toContainText("Appealed, outcome unknown.");
  await page.goto("/decisions/2021-11-24-statens-pensjonskasse/");
  await expect(page.locator('[data-fact="final"]')).toContainText("Appeal status unknown.");
});

test("a decision page gives its citation in Norwegian and English, with a copy button", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/decisions/2021-12-13-grindr/");
  const cite = page.getByRole("region", { name: "Cite this decision" });
  await expect(cite.locator('[data-citation="nb"]')).toHaveText("Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18 (Grindr LLC)");
  await expect(cite.locator('[data-citation="en"]')).toHaveText(
    "Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18 (Grindr LLC)",
  );
  await cite.getByRole("button", { name: "Copy" }).first().click();
  await expect.poll(() => clipboard(page)).toBe("Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18 (Grindr LLC)");
  await expect(cite.getByRole("button", { name: "Copied" })).toBeVisible();
});

test("sources: the deciding body's own document comes first, aggregators are labelled and last", async ({ page }) => {
  await page.goto("/decisions/2021-12-13-grindr/");
  const kinds = await page.locator(".source-list li").evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.sourceKind));
  expect(kinds[0]).toBe("own");
  expect(kinds.at(-1)).toBe("aggregator");
  expect(kinds).toEqual(
    [...kinds].sort((a, b) => ["own", "official", "other", "aggregator"].indexOf(a!) - ["own", "official", "other", "aggregator"].indexOf(b!)),
  );
  await expect(page.locator('.source-list li[data-source-kind="aggregator"]').first()).toContainText("aggregator or copy");
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
    'data-search-sort="date:2021-12-13"',
    'data-search-sort="amount:65000000"',
  ])
    expect(html).toContain(attr);
});

test("/decisions/ lists every decision newest first by year, and filters by authority in the address", async ({ page, request }) => {
  const total = ((await (await request.get("/data/decisions.json")).json()) as { decisions: unknown[] }).decisions.length;
  await page.goto("/decisions/");
  const items = page.locator("[data-decision-authority]");
  await expect(items).toHaveCount(total);
  const years = await page.locator("section[data-year-group] h2").allTextContents();
  const dated = years.filter((y) => /^\d{4}$/.test(y));
  expect(dated).toEqual([...dated].sort().reverse());
  expect(years.at(-1)).toBe("Date not known");
  const firstDates = await page
    .locator("section[data-year-group]")
    .first()
    .locator("time")
    .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(firstDates).toEqual([...firstDates].sort().reverse());

  await page.getByLabel("Authority").selectOption("personvernnemnda");
  await expect(page).toHaveURL(/\?authority=personvernnemnda$/);
  const visible = page.locator("[data-decision-authority]:visible");
  const count = await visible.count();
  expect(count).toBeGreaterThan(5);
  expect(count).toBeLessThan(total);
  expect(new Set(await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.decisionAuthority)))).toEqual(new Set(["personvernnemnda"]));
  await expect(page.locator("section[data-year-group]", { hasText: "2013" })).toBeHidden();

  await page.reload();
  await expect(page.getByLabel("Authority")).toHaveValue("personvernnemnda");
  await expect(visible).toHaveCount(count);
});

test("/decisions/ says how many decisions each deciding body made, advance notices apart, every body in the data named and linked", async ({ page }) => {
  await page.goto("/decisions/");
  const intro = page.locator("main p", { hasText: "newest first, by who decided" });
  // An advance notice is not a decision: it is counted apart.
  const notices = data.filter((d) => d.stage === "notice").length;
  expect(notices).toBeGreaterThan(0);
  await expect(intro).toContainText(`${data.length - notices} decisions and rulings and ${notices} advance notices`);
  const counts = new Map<string, number>();
  for (const d of data) counts.set(d.authority, (counts.get(d.authority) ?? 0) + 1);
  for (const [authority, n] of counts) await expect(intro, authority).toContainText(new RegExp(`${n} from the [^(]+\\(${authority}\\)`));
  await expect(intro.getByRole("link")).toHaveCount(counts.size);
  await intro.getByRole("link", { name: "Parliamentary Ombud" }).click();
  await expect(page).toHaveURL(/\/decisions\/authority\/sivilombudet\/$/);
});

test("/decisions/ filters on several facets with counts that follow, sorts, and says when the address holds an unknown value", async ({ page }) => {
  await page.goto("/decisions/?outcome=fine&stood=annulled");
  const visible = page.locator("[data-decision-authority]:visible");
  const n = await visible.count();
  expect(n).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("status").filter({ hasText: "decisions shown" })).toContainText(`${n} of`);
  await expect(page.getByLabel("What stood (fines)").locator("option:checked")).toHaveText(`Annulled on appeal (${n})`);
  await page.getByLabel("Order").selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  const dates = await visible.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect(dates).toEqual([...dates].sort());

  await page.goto("/decisions/?authority=forbrukertilsynet&year=1066&stage=notice");
  await expect(page.getByRole("alert")).toContainText("Authority “forbrukertilsynet”");
  await expect(page.getByRole("alert")).toContainText("Year “1066”");
  await expect(page.getByLabel("Stage")).toHaveValue("notice");
  for (const item of await visible.all()) await expect(item).toContainText("advance notice only");
});

test("a provision the record names is linked in the facts box, lists the decision, has its feed and filters the list", async ({ page }) => {
  await page.goto("/decisions/2023-09-07-fast-candy/");
  const named = page.getByRole("region", { name: "Facts" }).locator('[data-fact="named"]');
  await expect(named).toContainText("not necessarily applied");
  await named.getByRole("link", { name: "Workplace Camera Surveillance Regulations section 3" }).click();
  await expect(page).toHaveURL(/\/kameraovervakingsforskriften\/3\/$/);
  await expect(page.locator(".cited-by").getByRole("link", { name: /Fast Candy AS/ })).toHaveAttribute("href", /\/decisions\/2023-09-07-fast-candy\//);
  // Its line in Cited by names the other provisions the dataset records for it.
  const entry = page.locator(".cited-by li", { has: page.getByRole("link", { name: /Fast Candy AS/ }) });
  await expect(entry.locator(".cited-by__context")).toContainText("Other provisions recorded: GDPR Article 6(1)(f), GDPR Article 12, GDPR Article 13");
  await expect(page.locator('link[rel="alternate"][href="/decisions/feeds/kameraovervakingsforskriften-3.xml"]')).toHaveCount(1);
  await expect(page.locator("p.provision-feed-line")).toHaveText("Feed of decisions citing kameraovervåkingsforskriften § 3");
  await page.goto("/decisions/?provision=kameraovervakingsforskriften-3");
  const visible = page.locator("[data-decision-authority]:visible");
  await expect(visible).toHaveCount(1);
  await expect(visible).toContainText("Fast Candy AS");
});

test("a section no decision cites yet has its feed too, empty until one does", async ({ page, request }) => {
  await page.goto("/arbeidsmiljoloven/9-1/");
  await expect(page.locator('link[rel="alternate"][href="/decisions/feeds/arbeidsmiljoloven-9-1.xml"]')).toHaveCount(1);
  await expect(page.locator("p.provision-feed-line")).toHaveText("Feed of decisions citing arbeidsmiljøloven § 9-1");
  const feed = await request.get("/decisions/feeds/arbeidsmiljoloven-9-1.xml");
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain("<title>Norwegian Data Protection Reference: Decisions citing arbeidsmiljøloven § 9-1</title>");
  expect(xml).not.toContain("<entry>");
});

test("a Penal Code section has its feed of decisions, linked in its head and on the page", async ({ page, request }) => {
  await page.goto("/penal-code/205/");
  await expect(page.locator('link[rel="alternate"][href="/decisions/feeds/penal-205.xml"]')).toHaveCount(1);
  await expect(page.locator("p.provision-feed-line")).toHaveText("Feed of decisions citing straffeloven § 205");
  const feed = await request.get("/decisions/feeds/penal-205.xml");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("<title>Norwegian Data Protection Reference: Decisions citing straffeloven § 205</title>");
});

test("an authority's page offers the feed of that authority's decisions, which holds only theirs", async ({ page, request }) => {
  await page.goto("/decisions/authority/personvernnemnda/");
  const href = "/decisions/feeds/personvernnemnda.xml";
  await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][href="${href}"]`)).toHaveAttribute(
    "title",
    "Decisions of the Privacy Appeals Board (Atom)",
  );
  await expect(page.getByRole("link", { name: "Atom feed of the Privacy Appeals Board's decisions" })).toHaveAttribute("href", href);
  const xml = await (await request.get(href)).text();
  const terms = [...xml.matchAll(/<category term="([^"]+)"/g)].map((m) => m[1]);
  expect(terms.length).toBe(await page.locator("[data-decision-authority]").count());
  expect(new Set(terms)).toEqual(new Set(["personvernnemnda"]));
  // The list of all decisions has no one authority's feed in its head.
  await page.goto("/decisions/");
  await expect(page.locator('link[rel="alternate"][href^="/decisions/feeds/"]')).toHaveCount(0);
});

test("/decisions/ on a phone: no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/decisions/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("/decisions/ is the plain full list", async ({ page }) => {
    await page.goto("/decisions/?authority=personvernnemnda");
    await expect(page.getByLabel("Authority")).toBeHidden();
    await expect(page.locator("[data-decision-authority]:visible").first()).toBeVisible();
    expect(await page.locator("[data-decision-authority]:visible").count()).toBe(await page.locator("[data-decision-authority]").count());
  });

  test("the list narrows to one authority or one outcome through links, as many as the link says", async ({ page }) => {
    await page.goto("/decisions/");
    const browse = page.getByRole("navigation", { name: "Browse decisions" });
    const board = browse.getByRole("link", { name: "Privacy Appeals Board", exact: true });
    const boardCount = Number(/\((\d+)\)/.exec((await board.evaluate((a) => a.nextSibling?.textContent)) ?? "")![1]);
    await board.click();
    await expect(page).toHaveURL(/\/decisions\/authority\/personvernnemnda\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Decisions and rulings: Privacy Appeals Board");
    await expect(page.locator("[data-decision-authority]")).toHaveCount(boardCount);
    expect(new Set(await page.locator("[data-decision-authority]").evaluateAll((li) => li.map((l) => l.getAttribute("data-decision-authority"))))).toEqual(
      new Set(["personvernnemnda"]),
    );
    await expect(browse.getByRole("link", { name: "Privacy Appeals Board", exact: true })).toHaveAttribute("aria-current", "page");
    await browse.getByRole("link", { name: "Coercive fine", exact: true }).click();
    await expect(page).toHaveURL(/\/decisions\/outcome\/coercive-fine\/$/);
    const outcomes = await page.locator("[data-decision-authority]").evaluateAll((li) => li.map((l) => l.getAttribute("data-f-outcome")!.split(" ")));
    expect(outcomes.length).toBeGreaterThan(0);
    for (const o of outcomes) expect(o).toContain("coercive-fine");
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

const pages = [
  "/decisions/",
  "/decisions/2021-12-13-grindr/",
  "/decisions/2024-10-28-disqus/",
  "/decisions/2023-08-07-meta/",
  "/decisions/2020-07-02-ralingen-kommune/",
  "/decisions/undated-pvn-2024-24/",
];
for (const path of pages) {
  if (crawled(path)) continue;
  test(`axe on ${path}, light and dark`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    expect(await axeViolationsInBothThemes(page)).toEqual({});
  });
}

test("every decision page shows the dataset's date, authority, amount, currency, case number and outcome, and nothing else", async ({ request }) => {
  const json = (await (await request.get("/data/decisions.json")).json()) as { decisions: { id: string; url: string; outcome: string[] }[] };
  expect(json.decisions.map((d) => d.id).sort()).toEqual(data.map((e) => e.id).sort());
  for (const e of data) {
    const { url } = json.decisions.find((d) => d.id === e.id)!;
    const html = await (await request.get(new URL(url).pathname)).text();
    const attr = (name: string) => new RegExp(`data-fact="${name}"[^>]*`).exec(html)?.[0] ?? "";
    if (e.date) expect(attr("date"), e.id).toContain(`datetime="${e.date}"`);
    else expect(attr("date"), e.id).not.toContain("datetime");
    expect(html, e.id).toMatch(new RegExp(`data-fact="authority"[^>]*>${e.authority}`));
    if (e.amount === null) expect(attr("amount"), e.id).toBe("");
    else expect(attr("amount"), e.id).toContain(`data-amount="${e.amount}" data-currency="${e.currency}"`);
    const caseCell = decode(/data-fact="case"[^>]*>([^<]*)</.exec(html)?.[1] ?? "");
    expect(caseCell, e.id).toBe(e.case_number ?? "");
    // The kinds of outcome the dataset's words say (facts.ts), first in the cell; a review's result may follow.
    const outcome = decode((/data-fact="outcome"[^>]*>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? "").replace(/<[^>]*>/g, ""))
      .replace(/\s+/g, " ")
      .trim();
    const kinds = outcomeKinds(e as Parameters<typeof outcomeKinds>[0]).map((o) => OUTCOMES[o]);
    expect(outcome.split(/: | \(/)[0], e.id).toBe(kinds.join(", "));
  }
});

test("old decision addresses redirect to the new ones", async ({ page }) => {
  for (const [from, to] of [
    ["/decisions/2021-05-11-norges-idrettsforbund/", "/decisions/2021-05-05-norges-idrettsforbund/"],
    ["/decisions/2022-ostre-toten-kommune/", "/decisions/2022-01-07-ostre-toten-kommune/"],
    ["/decisions/2020-ralingen-kommune/", "/decisions/2020-07-02-ralingen-kommune/"],
  ]) {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole("region", { name: "Facts" })).toBeVisible();
  }
});

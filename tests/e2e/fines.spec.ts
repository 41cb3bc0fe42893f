// The fines explorer as a reader uses it: sorting, filtering, links that restore a view, a
// garbage address, the table without JavaScript, and the CSV export holding the same rows.
import type { Page } from "@playwright/test";
import { axeViolationsInBothThemes, expect, test } from "./fixtures";

const rows = (page: Page) => page.locator("table.fines-table tbody tr");
const amounts = (page: Page) =>
  rows(page)
    .locator("td.amount")
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.nok)));
const dates = (page: Page) =>
  rows(page)
    .locator("td.date time")
    .evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
const ready = (page: Page) => expect(page.locator("form.filters")).toBeVisible();

async function finesJson(page: Page) {
  const response = await page.request.get("/data/fines.json");
  return (
    (await response.json()) as {
      rows: {
        id: string;
        year: number;
        nok: number;
        path: string;
        status: string;
        authorityKey: string;
        body: string;
        articles: number[];
        breaches: string[];
        entity: string;
      }[];
    }
  ).rows;
}

test("sorting by amount puts the largest first, and a second click reverses it", async ({ page }) => {
  await page.goto("/fines/?sort=date");
  await ready(page);
  expect((await dates(page))[0] >= (await dates(page))[1]).toBe(true);
  const amountHeader = page.getByRole("columnheader", { name: /Amount decided/ });
  await page.getByRole("button", { name: "Amount decided" }).click();
  await expect(amountHeader).toHaveAttribute("aria-sort", "descending");
  const desc = await amounts(page);
  expect(desc[0]).toBe(Math.max(...desc));
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await expect(rows(page).first()).toContainText("Grindr");
  await expect(page).toHaveURL(/\/fines\/$/);
  await page.getByRole("button", { name: "Amount decided" }).click();
  await expect(amountHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/order=asc/);
  const asc = await amounts(page);
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
});

test("a year filter reduces the rows, updates the figures and the address, and the address restores it", async ({ page }) => {
  const all = await finesJson(page);
  const in2021 = all.filter((r) => r.year === 2021).length;
  await page.goto("/fines/");
  await ready(page);
  await expect(rows(page)).toHaveCount(Math.min(all.length, 50));
  const countBefore = await page.locator('[data-figure="count"]').textContent();
  await page.getByLabel("From year").selectOption("2021");
  await page.getByLabel("To year").selectOption("2021");
  await expect(rows(page)).toHaveCount(in2021);
  expect(in2021).toBeLessThan(all.length);
  expect((await dates(page)).every((d) => d.startsWith("2021"))).toBe(true);
  await expect(page).toHaveURL(/\?from=2021&to=2021$/);
  await expect(page.locator('[data-figure="count"]')).not.toHaveText(countBefore!);
  await expect(page.getByRole("status").filter({ hasText: "Showing" })).toContainText(`of ${in2021} penalties (filtered from ${all.length})`);

  const url = page.url();
  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.locator("form.filters")).toBeVisible();
  await expect(fresh.getByLabel("From year")).toHaveValue("2021");
  await expect(fresh.getByLabel("To year")).toHaveValue("2021");
  await expect(rows(fresh)).toHaveCount(in2021);
  await fresh.close();
});

test("other filters: authority, what stood, article, public body, amount range and entity text", async ({ page }) => {
  const all = await finesJson(page);
  const annulled = all.filter((r) => r.authorityKey === "datatilsynet" && r.status === "annulled");
  expect(annulled.length).toBeGreaterThanOrEqual(3); // Coop Finnmark, Basaren, NAV at least
  await page.goto("/fines/?authority=datatilsynet&outcome=annulled");
  await ready(page);
  await expect(rows(page)).toHaveCount(annulled.length);
  await expect(rows(page).filter({ hasText: "Coop Finnmark" })).toHaveCount(1);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(rows(page)).toHaveCount(Math.min(all.length, 50));
  await expect(page).toHaveURL(/\/fines\/$/);
  await page.getByLabel("Entity name contains").fill("ostre toten");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText("Østre Toten");
  await expect(page).toHaveURL(/q=ostre\+toten/);
  await page.getByLabel("Entity name contains").fill("");
  await page.getByLabel("Public or private").selectOption("public");
  await page.getByLabel("Amount from (NOK)").fill("1000000");
  await expect(page).toHaveURL(/\?body=public&min=1000000$/);
  await expect(rows(page).first()).toContainText("NAV");
  const nok = await amounts(page);
  expect(nok.every((n) => n >= 1_000_000)).toBe(true);
  expect(all.filter((r) => r.articles.includes(44) && r.body === "public")).toHaveLength(0);
  await page.getByLabel("GDPR article", { exact: true }).selectOption("44");
  await expect(page.locator("table.fines-table tbody tr[data-id]")).toHaveCount(0);
  await expect(page.locator("table.fines-table tbody")).toContainText("No penalties match these filters.");
  await expect(page.locator('[data-figure="total"]')).toHaveText("–");
});

test("a garbage query string shows the full table, sorted by amount", async ({ page }) => {
  const all = await finesJson(page);
  await page.goto("/fines/?from=abc&to=99999&sort=%25%25%25&order=sideways&page=-3&article=0&zzz=1");
  await ready(page);
  await expect(rows(page)).toHaveCount(Math.min(all.length, 50));
  const nok = await amounts(page);
  expect(nok).toEqual([...nok].sort((a, b) => b - a));
  await expect(page.getByLabel("From year")).toHaveValue("");
  await expect(page).toHaveURL(/\/fines\/\?zzz=1$/);
  const message = page.getByRole("alert");
  await expect(message).toContainText("ignored");
  await expect(message).toContainText("From year “abc”");
  await expect(message).toContainText("GDPR article “0”");
});

test("the breach filter, the charts and the figures follow the filters, and the view downloads as CSV and JSON", async ({ page }) => {
  const all = await finesJson(page);
  const security = all.filter((r) => r.breaches.includes("security"));
  await page.goto("/fines/");
  await ready(page);
  const yearsBefore = await page.locator('[data-chart="years"] desc').textContent();
  await page.locator("#f-breach").selectOption("security");
  await expect(rows(page)).toHaveCount(Math.min(security.length, 50));
  await expect(page).toHaveURL(/\?breach=security$/);
  await expect(page.locator('[data-chart="years"] desc')).not.toHaveText(yearsBefore!);
  await expect(page.locator("[data-charts-scope]")).toContainText("match the filters");
  await expect(page.locator('[data-chart="breaches"] desc')).toContainText("Security of processing");

  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "CSV" }).click()]);
  const text = await (await import("node:fs/promises")).readFile((await csv.path())!, "utf8");
  const lines = text.trim().split(/\r\n/);
  expect(lines[0].split(",")[0]).toBe("id");
  expect(new Set(lines.slice(1).map((l) => l.split(",")[0]))).toEqual(new Set(security.map((r) => r.id)));
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "JSON" }).click()]);
  const data = JSON.parse(await (await import("node:fs/promises")).readFile((await json.path())!, "utf8")) as { rows: { id: string }[]; rule: string };
  expect(data.rows.map((r) => r.id).sort()).toEqual(security.map((r) => r.id).sort());
  expect(data.rule).toMatch(/Listed but not counted/);
});

test("on a phone the table is cards with no sideways scrolling, and the filters fold away", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/fines/");
  await ready(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const box = await rows(page).first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
  await expect(page.getByLabel("From year")).toBeHidden();
  await page.getByText("Filter", { exact: true }).click();
  await expect(page.getByLabel("From year")).toBeVisible();
});

test("on a narrow phone the appeal figures are cards too: every figure in view with its name, none scrolled out of sight", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/fines/");
  const appeals = page.locator("[data-appeal-stats]");
  const board = appeals.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Privacy Appeals Board" }) });
  for (const name of ["Reviews", "Upheld", "Reduced", "Annulled", "Outcome not known"]) {
    const cell = board.getByRole("cell").filter({ hasText: `${name}:` });
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width, name).toBeLessThanOrEqual(320);
  }
  const table = (await appeals.boundingBox())!;
  expect(table.x + table.width).toBeLessThanOrEqual(320);
  // On a wide screen it is a table again, the names in its head only.
  await page.setViewportSize({ width: 1200, height: 800 });
  await expect(board.getByRole("cell").first()).toHaveText(/^\d+$/, { useInnerText: true });
});

test("the page states what happened on appeal per reviewing body and how breaches are worked out", async ({ page }) => {
  await page.goto("/fines/");
  const appeals = page.locator("[data-appeal-stats]");
  await expect(appeals.getByRole("rowheader", { name: "Privacy Appeals Board" })).toBeVisible();
  // Only appeal decisions count: Oslo District Court's one review is the Grindr judgment, not Meta's interim-injunction ruling.
  await expect(page.locator("[data-appeal-rule]")).toContainText("A court's ruling on an interim injunction");
  await expect(
    appeals
      .getByRole("row", { name: /^Oslo District Court/ })
      .getByRole("cell")
      .first(),
    // The cell also holds its column's name for phones, shown only there.
  ).toHaveText("1", { useInnerText: true });
  await expect(page.getByRole("heading", { name: "What was breached: how it is worked out" })).toBeVisible();
  await expect(page.locator("#rule ~ dl, .status-list").first()).toContainText("Appeal status unknown");
});

test("the CSV has the same rows as the table", async ({ page, request, baseURL }) => {
  const tableLinks = (await finesJson(page)).map((r) => r.path);
  const csv = await request.get("/data/decisions.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split(/\r\n/);
  const header = lines[0].split(",");
  const [urlCol, amountCol] = [header.indexOf("url"), header.indexOf("penalty_kind")];
  // No field before "amount" in these rows holds a quoted comma except the title and entity, so parse properly.
  const parse = (line: string) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1].replace(/^"|"$/g, "").replace(/""/g, '"'));
  const withAmount = lines
    .slice(1)
    .map(parse)
    .filter((cells) => cells[amountCol] !== "");
  expect(withAmount.length).toBe(tableLinks.length);
  expect(new Set(withAmount.map((cells) => new URL(cells[urlCol]).pathname))).toEqual(new Set(tableLinks));
  expect(baseURL).toBeTruthy();
});

test("10,000 rows: one page of 50 in the page at a time, paging and filtering still work", async ({ page }) => {
  const real = await finesJson(page);
  const many = Array.from({ length: 10_000 }, (_, i) => ({
    ...real[i % real.length],
    id: `synthetic-${i}`,
    entity: `Company ${i}`,
    nok: 10_000 + i,
    amount: 10_000 + i,
    year: 2018 + (i % 8),
    sortDate: `${2018 + (i % 8)}-06-01`,
    date: `${2018 + (i % 8)}-06-01`,
  }));
  await page.route("**/data/fines.json", (route) => route.fulfill({ json: { rows: many } }));
  await page.goto("/fines/");
  await expect(page.getByText("Page 1 of 200")).toBeVisible();
  await expect(rows(page)).toHaveCount(50);
  await expect(rows(page).first()).toContainText("Company 9999");
  await page.getByRole("button", { name: "Next page" }).click();
  await expect(page.getByText("Page 2 of 200")).toBeVisible();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(rows(page).first()).toContainText("Company 9949");
  await page.getByLabel("From year").selectOption("2021");
  await page.getByLabel("To year").selectOption("2021");
  await expect(page.getByText("Page 1 of 25")).toBeVisible();
  await expect(page.locator('[data-figure="count"]')).toContainText("of 1250 listed");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the full table, sorted by amount, with the filters hidden", async ({ page }) => {
    const all = await finesJson(page);
    await page.goto("/fines/");
    await expect(rows(page)).toHaveCount(all.length);
    const nok = await amounts(page);
    expect(nok).toEqual([...nok].sort((a, b) => b - a));
    await expect(rows(page).first()).toContainText("Grindr");
    await expect(page.locator("form.filters")).toBeHidden();
    await expect(page.getByRole("columnheader", { name: "Amount decided" })).toHaveAttribute("aria-sort", "descending");
    await expect(page.locator("figure svg.chart")).toHaveCount(3);
    await expect(page.getByRole("img", { name: /per year/ })).toBeVisible();
  });
});

test("axe on /fines/, light and dark, before and after filtering", async ({ page }) => {
  test.slow();
  await page.goto("/fines/");
  await ready(page);
  expect(await axeViolationsInBothThemes(page)).toEqual({});
  await page.getByLabel("What stood").selectOption("annulled");
  await expect(rows(page)).not.toHaveCount(0);
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

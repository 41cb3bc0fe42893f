// The citation linker and /go/: the build's recogniser in the browser, nothing sent anywhere.
import { expect, test } from "./fixtures";
import { clipboard } from "./clipboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

for (const width of [1280, 390]) {
  test(`at ${width} px: pasted text comes back with each citation linked to its exact place, in four formats, unresolved ones listed`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const sent: string[] = [];
    page.on("request", (r) => r.method() !== "GET" && sent.push(r.url()));
    await page.goto("/tools/link-citations/");
    await page.getByLabel("Your text").fill("Under popl. § 16 første ledd bokstav c and GDPR Article 33(1), see Datatilsynet 20/02136-18 and § 99.");
    const out = page.getByLabel("With links");
    await expect(out).toHaveValue(new RegExp(`\\[§ 16 første ledd bokstav c\\]\\(${baseURL}/personal-data-act/16/#subsection-1-c\\)`));
    await expect(out).toHaveValue(new RegExp(`\\[Article 33\\(1\\)\\]\\(${baseURL}/gdpr/article-33/#paragraph-1\\)|\\[Article 33\\\\\\(1\\\\\\)\\]`));
    await expect(out).toHaveValue(new RegExp(`\\[(Datatilsynet )?20/02136-18\\]\\(${baseURL}/decisions/2021-12-13-grindr/\\)`));
    await expect(page.getByRole("heading", { name: "Not linked" })).toBeVisible();
    await expect(page.locator("[data-unresolved] li")).toContainText(["§ 99 (pda:99)"]);
    await page.getByLabel("HTML").check();
    await expect(out).toHaveValue(new RegExp(`<a href="${baseURL}/personal-data-act/16/#subsection-1-c">§ 16 første ledd bokstav c</a>`));
    await page.getByLabel("Confluence wiki markup").check();
    await expect(out).toHaveValue(new RegExp(`\\[(Datatilsynet )?20/02136-18\\|${baseURL}/decisions/2021-12-13-grindr/\\]`));
    await page.getByLabel("List of links").check();
    await expect(out).toHaveValue(/Personal Data Act section 16 first subsection \(c\) – /);
    await page.getByRole("button", { name: "Copy the result" }).click();
    await expect.poll(() => clipboard(page)).toBe(await out.inputValue());
    expect(sent).toEqual([]);
  });
}

test("/go/ goes to the place a citation names, or lists the candidates", async ({ page }) => {
  await page.goto("/go/?c=popl. § 16 (1) c");
  await expect(page).toHaveURL(/\/personal-data-act\/16\/#subsection-1-c$/);
  await page.goto(`/go/?c=${encodeURIComponent("20/02136-18")}`);
  await expect(page).toHaveURL(/\/decisions\/2021-12-13-grindr\/$/);
  // As readers type them: a recital, a Supreme Court number without its zeros, a regulation by its identifier.
  for (const [c, path] of [
    ["recital 71", /\/gdpr\/recital-71\/$/],
    ["HR-2013-234-A", /\/decisions\/2013-01-31-a-v-avfallsservice\/$/],
    ["FOR-2018-07-02-1107 § 6", /\/kameraovervakingsforskriften\/6\/$/],
  ] as const) {
    await page.goto(`/go/?c=${encodeURIComponent(c)}`);
    await expect(page).toHaveURL(path);
  }
  await page.goto(`/go/?c=${encodeURIComponent("GDPR Article 6 and Article 9")}`);
  await expect(page.locator("go-to").getByRole("status")).toContainText("names 2 places");
  await expect(page.getByRole("link", { name: /GDPR Article 9/ })).toBeVisible();
  await page.goto("/go/?c=nothing here");
  await expect(page.locator("go-to").getByRole("status")).toContainText("No place on this site matches");
});

test("an OpenSearch description lets a browser add the site", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="search"]').getAttribute("href");
  const xml = await (await request.get(href!)).text();
  expect(xml).toContain('template="');
  expect(xml).toMatch(/\/search\/\?q=\{searchTerms\}/);
});

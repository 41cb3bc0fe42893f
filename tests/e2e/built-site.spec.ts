// Checks over the whole built site (dist/), page by page, without a browser.
// html-validate rules turned off in .htmlvalidate.json, and why:
//   long-title: a section's page title is the statute's own title, often longer than 70 characters;
//   prefer-native-element (listbox only): the search box is an ARIA combobox whose results are a listbox,
//     which a native <select> cannot show (titles with excerpts).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate/node";
import { expect, test } from "./fixtures";
import { dist, htmlFiles } from "./site";

// In parts, so that each stays within its time limit on a loaded 2-core machine and two workers share them.
const VALIDATION_PARTS = 4;
for (let part = 0; part < VALIDATION_PARTS; part++) {
  test(`every built page is valid HTML, part ${part + 1}/${VALIDATION_PARTS}`, async () => {
    test.setTimeout(180_000); // about 180 pages each; a limit, not a timing
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const files = htmlFiles(dist).filter((_, i) => i % VALIDATION_PARTS === part);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
}

test("no word is glued to a link (Astro drops the space at a line break beside an element)", async () => {
  const glued: string[] = [];
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/<a\b[^>]*>[^<]+<\/a>[A-Za-zÆØÅæøå]|[A-Za-zæøå]<a\b[^>]*>[^<\s]/g))
      glued.push(`${relative(dist, file)}: ${m[0].replace(/<a\b[^>]*>/, "<a>")}`);
  }
  expect(glued).toEqual([]);
});

test("no page shows Markdown source as text (link syntax, emphasis markers)", async () => {
  const shown: string[] = [];
  for (const file of htmlFiles(dist)) {
    // The words a reader sees: scripts, styles, code and tags removed.
    const text = readFileSync(file, "utf8")
      .replace(/<(script|style|code|pre|template)\b[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " ");
    for (const m of text.matchAll(/\[[^\]\n]{1,80}\]\([^)\s]{1,120}\)|\*\*[^*\n]{1,80}\*\*/g)) shown.push(`${relative(dist, file)}: ${m[0]}`);
  }
  expect(shown).toEqual([]);
});

test("sitemap and robots.txt", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: .*\/sitemap-index\.xml$/m);
  const sitemap = await (await request.get("/sitemap-0.xml")).text();
  expect(sitemap).toContain("/personal-data-act/12a/</loc>");
  expect(sitemap).toContain("/personopplysningsloven/12a/</loc>");
  expect(sitemap).not.toContain("/pda/");
  // Redirect pages are not listed, only where they point.
  expect(sitemap).toContain("/penal-code/205/</loc>");
  expect(sitemap).not.toContain("/straffeloven/");
  expect(sitemap).not.toContain("/decisions/2021-05-02-disqus/");
});

test("security headers are served and the main flows run under the Content-Security-Policy", async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto("/personal-data-act/16/#subsection-1-c");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  await page.getByRole("button", { name: "Dark theme" }).click();
  await page.getByRole("button", { name: "Show Norwegian alongside" }).click();
  await page.locator("#subsection-1-c").hover();
  await page.locator("#subsection-1-c > a.pin").click();
  await page.getByRole("region", { name: "Cite this place" }).getByRole("button", { name: "Copy citation" }).click();
  await page.getByRole("combobox", { name: "Search the site" }).fill("fødselsnummer");
  // Wait for a result: until results arrive, the only option is "open the search page".
  await expect(page.locator("[role=option]:not(.hit-all)").first()).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  // The result opens (the words are marked on arrival: search.spec.ts checks the marks).
  await page.waitForURL((u) => !u.pathname.endsWith("/search/"));
  await page.waitForLoadState("load");
  expect(violations).toEqual([]);
});

test("the data files are served as JSON (their content is checked by tests/unit/statute-data.test.ts)", async ({ request }) => {
  for (const path of ["/data/act.json", "/data/decisions.json"]) {
    expect((await request.get(path)).headers()["content-type"], path).toContain("application/json");
  }
});

test("a reader at a place who switches to the other language or the side-by-side view lands at the same place", async ({ page }) => {
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.locator(".section-links").getByRole("link", { name: "Norsk tekst (original)" }).click();
  await expect(page).toHaveURL(/\/personopplysningsloven\/16\/#subsection-1-c$/);
  await expect(page.locator("#subsection-1-c")).toBeInViewport();
  await page.goto("/personal-data-act/16/#subsection-1-c");
  await page.locator(".section-links").getByRole("link", { name: "Side by side" }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/parallel\/#section-16-subsection-1-c$/);
  await expect(page.locator("#section-16-subsection-1-c")).toBeInViewport();
});

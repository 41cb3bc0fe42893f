import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking"] });
const page = await browser.newPage();
for (const q of process.argv.slice(2)) {
  await page.goto("http://127.0.0.1:4321/search/?q=" + encodeURIComponent(q));
  await page.locator("[data-summary]").filter({ hasText: /result/ }).waitFor();
  const t = await page.locator("[data-hits] .hit-title").allInnerTexts();
  const u = await page.locator("[data-hits] a.hit-title").evaluateAll(a => a.map(x => x.getAttribute("href")));
  console.log(`## ${q}: ${await page.locator("[data-summary]").innerText()}`);
  t.slice(0, 4).forEach((x, i) => console.log(`   ${i+1}. ${x.slice(0, 90)}  ${u[i]?.slice(0,80)}`));
}
await browser.close();

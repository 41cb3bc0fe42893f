import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking"] });
const page = await browser.newPage();
for (const u of ["/search/?q=consent", "/search/?q=consent&type=Decision"]) {
  await page.goto("http://127.0.0.1:4321" + u);
  await page.locator("[data-summary]").filter({ hasText: /result/ }).waitFor();
  console.log(u, await page.locator("[data-summary]").innerText());
  console.log((await page.locator("fieldset").first().innerText()).replace(/\n/g," | "));
}
await browser.close();

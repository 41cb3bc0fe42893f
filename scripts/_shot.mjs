import { chromium } from "@playwright/test";
const [,, path, out, width = "1280", scheme = "light"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme });
page.on("console", m => console.log("console:", m.type(), m.text()));
await page.goto("http://127.0.0.1:4321" + path);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === "1" });
await browser.close();

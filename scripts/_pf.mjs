import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-background-networking"] });
const page = await browser.newPage();
await page.goto("http://127.0.0.1:4321/");
const q = process.argv[2]; const out = await page.evaluate(async (q) => {
  const pf = await import("/pagefind/pagefind.js");
  await pf.init();
  const r = await pf.search(q);
  const d = await Promise.all(r.results.slice(0,3).map(x => x.data()));
  return { n: r.results.length, d: d.map(x => ({ url: x.url, title: x.meta.title, locations: x.locations.slice(0,5), anchors: x.anchors.slice(0,12), sub: x.sub_results.slice(0,3).map(s=>({url:s.url,title:s.title})), excerpt: x.excerpt })) };
}, q);
console.log(JSON.stringify(out, null, 1)); await browser.close();

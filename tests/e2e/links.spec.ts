// Integrity of the built site: every internal link and #anchor on every page of dist/ (redirect
// pages included) leads somewhere that exists, and every reference link's preview file exists
// and knows the place it points at. Reads the files; no browser needed.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";

const DIST = "dist";
const BASE = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
const SITE = new URL(process.env.SITE_URL ?? "http://127.0.0.1:4321");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const decode = (s: string) =>
  s.replace(/&(amp|quot|#39|lt|gt|#x27);/g, (_, e: string) => ({ amp: "&", quot: '"', "#39": "'", lt: "<", gt: ">", "#x27": "'" })[e]!);

/** The site path a built file answers ("dist/gdpr/article-9/index.html" → "/gdpr/article-9/"), base path included. */
function pageUrl(file: string): URL {
  const path = relative(DIST, file).split(sep).join("/").replace(/(^|\/)index\.html$/, "$1");
  return new URL(BASE + path, SITE);
}

/** The file that serves a site path, if any. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = rest === "" || rest.endsWith("/") ? [join(DIST, rest, "index.html")] : [join(DIST, rest), join(DIST, rest, "index.html"), join(DIST, `${rest}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, "utf8");
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decode(m[1])));
    idCache.set(file, ids);
  }
  return ids;
}

test("every internal link and #anchor in dist/ resolves", () => {
  expect(existsSync(DIST), "run `npm run build` first").toBe(true);
  const pages = htmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(200);
  const broken: string[] = [];
  let checked = 0;
  let fragments = 0;
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const page = pageUrl(file);
    const links = [
      ...[...html.matchAll(/<(?:a|link|area)\b[^>]*?\shref="([^"]*)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<(?:script|img|source|iframe)\b[^>]*?\ssrc="([^"]*)"/g)].map((m) => m[1]),
      ...[...html.matchAll(/<meta\s+http-equiv="refresh"\s+content="[^"]*?url=([^"]*)"/gi)].map((m) => m[1]),
    ];
    for (const raw of links.map(decode)) {
      if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const target = new URL(raw, page);
      if (target.origin !== SITE.origin) continue;
      checked++;
      const where = `${relative(DIST, file)}: ${raw}`;
      const targetFile = target.pathname === page.pathname ? file : fileFor(target.pathname);
      if (!targetFile) {
        broken.push(`${where} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment) {
        fragments++;
        if (!targetFile.endsWith(".html") || !idsOf(targetFile).has(fragment)) broken.push(`${where} (no #${fragment} there)`);
      }
    }
  }
  expect(broken).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
  expect(fragments).toBeGreaterThan(100);
});

test("every reference link has a preview of the place it points at", () => {
  const missing: string[] = [];
  const previews = new Map<string, Record<string, { places: Record<string, unknown> }> | null>();
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"[^>]*?\sdata-ref="([^"]*)"/g)) {
      const [, href, ref] = m.map(decode);
      const doc = /^(pda|penal|gdpr):(\d+[a-z]?)/.exec(ref);
      if (!doc) continue;
      const json = join(DIST, "previews", doc[1], `${doc[2]}.json`);
      if (!previews.has(json)) previews.set(json, existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : null);
      const data = previews.get(json);
      const anchor = decodeURIComponent(new URL(href, "http://x/").hash.slice(1)).replace(/^section-\d+[a-z]?-/, "");
      if (!data) missing.push(`${relative(DIST, file)}: ${ref}: no ${json}`);
      else if (!Object.values(data).some((lang) => anchor in lang.places)) missing.push(`${relative(DIST, file)}: ${ref}: no "${anchor}" in ${json}`);
    }
  }
  expect(missing).toEqual([]);
  expect(previews.size).toBeGreaterThan(50);
});

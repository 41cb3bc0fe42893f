// Integrity of the built site: every internal link and #anchor on every page of dist/ (redirect
// pages included) leads somewhere that exists, and every reference link's preview file exists
// and knows the place it points at. Reads the files and parses them with hast; no browser needed.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { expect, test } from "@playwright/test";
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { url } from "../../src/lib/urls";
import { htmlFiles } from "./site";

const DIST = "dist";
/** The base path the site was built for ("/" or "/privacy-law/"), as the site itself reads it. */
const BASE = url("/");
const SITE = new URL(process.env.SITE_URL ?? "http://127.0.0.1:4321");

const trees = new Map<string, Root>();
/** The parsed page, once per file (attribute values come back with their entities decoded). */
function parse(file: string): Root {
  let tree = trees.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, "utf8"));
    trees.set(file, tree);
  }
  return tree;
}

/** Every element of a page. */
function elements(file: string): Element[] {
  const found: Element[] = [];
  visit(parse(file), "element", (node: Element) => void found.push(node));
  return found;
}

const attr = (el: Element, name: string): string | undefined => {
  const value = el.properties[name];
  return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(" ") : String(value);
};

/** The site path a built file answers ("dist/gdpr/article-9/index.html" → "/gdpr/article-9/"), base path included. */
function pageUrl(file: string): URL {
  const path = relative(DIST, file)
    .split(sep)
    .join("/")
    .replace(/(^|\/)index\.html$/, "$1");
  return new URL(BASE + path, SITE);
}

/** The file that serves a site path, if any. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates =
    rest === "" || rest.endsWith("/") ? [join(DIST, rest, "index.html")] : [join(DIST, rest), join(DIST, rest, "index.html"), join(DIST, `${rest}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(elements(file).flatMap((el) => [attr(el, "id"), attr(el, "name")].filter((v): v is string => v !== undefined)));
    idCache.set(file, ids);
  }
  return ids;
}

/** The addresses a page links to or loads: href, src, and a meta refresh's url=. */
function linksOf(file: string): string[] {
  return elements(file)
    .flatMap((el) => {
      if (["a", "link", "area"].includes(el.tagName)) return [attr(el, "href")];
      if (["script", "img", "source", "iframe"].includes(el.tagName)) return [attr(el, "src")];
      if (el.tagName === "meta" && attr(el, "httpEquiv")?.toLowerCase() === "refresh") return [/url=(.*)$/i.exec(attr(el, "content") ?? "")?.[1]];
      return [];
    })
    .filter((v): v is string => v !== undefined);
}

test("every internal link and #anchor in dist/ resolves", () => {
  expect(existsSync(DIST), "run `npm run build` first").toBe(true);
  const pages = htmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(200);
  const broken: string[] = [];
  let checked = 0;
  let fragments = 0;
  for (const file of pages) {
    const page = pageUrl(file);
    for (const raw of linksOf(file)) {
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
    for (const a of elements(file).filter((el) => el.tagName === "a")) {
      const href = attr(a, "href");
      const ref = attr(a, "dataRef");
      if (href === undefined || ref === undefined) continue;
      const doc = /^([a-z][a-z-]*[a-z]):(\d+(?:-\d+)?[a-z]?)/.exec(ref);
      if (!doc) continue;
      const json = join(DIST, "previews", doc[1], `${doc[2]}.json`);
      if (!previews.has(json)) previews.set(json, existsSync(json) ? JSON.parse(readFileSync(json, "utf8")) : null);
      const data = previews.get(json);
      const anchor = decodeURIComponent(new URL(href, "http://x/").hash.slice(1)).replace(/^section-\d+(?:-\d+)?[a-z]?-/, "");
      if (!data) missing.push(`${relative(DIST, file)}: ${ref}: no ${json}`);
      else if (!Object.values(data).some((lang) => anchor in lang.places)) missing.push(`${relative(DIST, file)}: ${ref}: no "${anchor}" in ${json}`);
    }
  }
  expect(missing).toEqual([]);
  expect(previews.size).toBeGreaterThan(50);
});

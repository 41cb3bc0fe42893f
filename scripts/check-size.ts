// Size budgets, checked on the built site (run after `npm run build`; part of `npm test`).
// For one page of each type: the HTML with its stylesheets, and the JavaScript it loads before the
// reader does anything (the module scripts in the page and what they import statically; modules
// loaded with import(), such as Pagefind on first use of search, are not counted). Sizes are
// gzip -9 of the files as written. The figures are printed; a page over its budget fails the run.
// The section page's budgets are DESIGN.md's and hold for every statute section and recital; the
// others are the page's size with some room. Decision and GDPR article pages carry the same copy
// tools as a section page, so they get its JavaScript budget; the search page's grew with the
// results-first layout, the filters drawer and spelling correction (17.2 KB when it was raised), and the
// fines page's with charts and downloads that follow the filters (13.0 KB).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const KB = 1024;

interface Budget {
  type: string;
  /** A site path, or a folder whose first page is taken. */
  path: string | { firstIn: string };
  /** gzip bytes of the page's JavaScript before interaction. */
  js: number;
  /** gzip bytes of the HTML and its stylesheets, where DESIGN.md sets one. */
  htmlCss?: number;
}

const BUDGETS: Budget[] = [
  { type: "section", path: "/personal-data-act/16/", js: 10 * KB, htmlCss: 20 * KB },
  { type: "section (Norwegian)", path: "/personopplysningsloven/16/", js: 10 * KB, htmlCss: 20 * KB },
  { type: "regulation section", path: "/kameraovervakingsforskriften/6/", js: 10 * KB, htmlCss: 20 * KB },
  { type: "GDPR recital", path: "/gdpr/recital-71/", js: 10 * KB, htmlCss: 20 * KB },
  { type: "home", path: "/", js: 6 * KB },
  { type: "decision", path: { firstIn: "decisions" }, js: 10 * KB },
  { type: "GDPR article", path: "/gdpr/article-33/", js: 10 * KB },
  { type: "Penal Code provision", path: "/penal-code/205/", js: 10 * KB },
  { type: "guide", path: { firstIn: "guides" }, js: 8 * KB },
  { type: "decision tree", path: "/tools/dpia-required/", js: 12 * KB },
  { type: "deadline calculators", path: "/tools/deadlines/", js: 16 * KB },
  { type: "fines", path: "/fines/", js: 14 * KB },
  { type: "search", path: "/search/", js: 18 * KB },
];

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const fileOf = (sitePath: string) => join(dist, decodeURIComponent(sitePath.replace(/^\/+/, "")));

function pagePath(path: Budget["path"]): string | undefined {
  if (typeof path === "string") return path;
  const dir = join(dist, path.firstIn);
  const sub = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(dir, e.name, "index.html")))
    : undefined;
  return sub && `/${path.firstIn}/${sub.name}/`;
}

/** The module and its static imports, transitively (site paths). */
function withStaticImports(sitePath: string, seen = new Set<string>()): Set<string> {
  if (seen.has(sitePath) || !existsSync(fileOf(sitePath))) return seen;
  seen.add(sitePath);
  const code = readFileSync(fileOf(sitePath), "utf8");
  // import"./a.js"; import{x}from"./a.js"; export*from"./a.js" (not import("./a.js"), which loads later)
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    withStaticImports(posix.join(posix.dirname(sitePath), m[1]), seen);
  }
  return seen;
}

function measure(sitePath: string) {
  const html = readFileSync(join(fileOf(sitePath), "index.html"), "utf8");
  const attrs = (tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, "g"))].map((m) => m[0]);
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const styles = attrs("link")
    .filter((t) => attr(t, "rel") === "stylesheet")
    .map((t) => attr(t, "href")!);
  const scripts = new Set<string>();
  for (const tag of attrs("script")) {
    const src = attr(tag, "src");
    if (src) for (const s of withStaticImports(new URL(src, `http://site${sitePath}`).pathname)) scripts.add(s);
  }
  const htmlCss = gzip(join(fileOf(sitePath), "index.html")) + styles.reduce((n, s) => n + gzip(fileOf(new URL(s, `http://site${sitePath}`).pathname)), 0);
  const js = [...scripts].reduce((n, s) => n + gzip(fileOf(s)), 0);
  return { htmlCss, js, jsFiles: scripts.size };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const failures: string[] = [];
const rows: string[] = [];
for (const budget of BUDGETS) {
  const path = pagePath(budget.path);
  if (!path || !existsSync(join(fileOf(path), "index.html"))) {
    failures.push(`${budget.type}: no page ${path ?? JSON.stringify(budget.path)} in ${dist}/ (build first)`);
    continue;
  }
  const m = measure(path);
  rows.push(
    `${budget.type.padEnd(22)} ${path.padEnd(40)} JS ${kb(m.js).padStart(8)} of ${kb(budget.js).padStart(8)} (${m.jsFiles} files)   HTML+CSS ${kb(m.htmlCss).padStart(8)}${budget.htmlCss ? ` of ${kb(budget.htmlCss)}` : ""}`,
  );
  if (m.js > budget.js) failures.push(`${budget.type} (${path}): JavaScript before interaction is ${kb(m.js)} gzip, over its budget of ${kb(budget.js)}`);
  if (budget.htmlCss && m.htmlCss > budget.htmlCss)
    failures.push(`${budget.type} (${path}): HTML+CSS is ${kb(m.htmlCss)} gzip, over its budget of ${kb(budget.htmlCss)}`);
}

console.log(`Size budgets (gzip -9), ${dist}/:\n${rows.join("\n")}`);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  ${f}`).join("\n")}`);
  process.exit(1);
}

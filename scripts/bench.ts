// The project's benchmark: build time (Astro and Pagefind apart), page weight per page type,
// JavaScript before and after interaction, requests, and search cost (index size, bytes and time
// to first results, cold and warm), each compared with the budgets in DESIGN.md. Figures are
// medians of several runs; they are reported, never asserted. The Vitest benchmarks in tests/bench/
// (how the reference pass grows with the length of a text) are run and reported too.
//
//   npm run bench                      build and measure the site (3 runs)
//   npm run bench -- --runs 5          more runs
//   npm run bench -- --search-only     only the site's search (header box, known items and full text; CLS), on dist/
//   npm run bench -- --scale 1000,10000   also build synthetic corpora of that many decisions
//   npm run bench -- --scale 10000 --scale-only   only the synthetic corpora (the heavy part)
//
// A scale build runs in a temporary copy of the project with caches of its own (Astro's content
// store, Vite's, the link-preview cards), so it measures a first build as CI makes one, and leaves
// nothing behind in the developer's caches. It reports wall time, CPU time (user + system, which a
// machine shared with other work inflates less than wall time) and the peak memory of one process.
//
// Writes bench-results/report.md and bench-results/report.json (git-ignored).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { kb, launch, median, QUERIES, type Requested, serve, SITE_QUERIES, sizes, startedBetween, waitFor } from "./bench-measure.ts";
import { generateDecisions } from "./synthetic-decisions.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Number(option("runs") ?? 3);
const scales = (option("scale") ?? "").split(",").filter(Boolean).map(Number);
const out = join(root, "bench-results");

const dirSize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);

// ---- build ----

interface BuildTiming {
  totalMs: number;
  pagefindMs: number;
  astroMs: number;
  peakRssMb: number;
  /** User + system CPU time of the build and the processes it waited for. */
  cpuMs: number;
  /** Drawing the link-preview cards once the pages were built, as the og-images integration logs it. */
  ogMs: number;
  /** Cards drawn in all, and how many of them while Astro was still rendering pages (in worker threads). */
  cardsDrawn: number;
  cardsEarly: number;
}

function build(cwd: string, outDir = "dist"): BuildTiming {
  const timingFile = join(tmpdir(), `pagefind-timing-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  // GNU time (Debian package "time") reports the peak memory of the build; without it memory is not reported.
  const timed = existsSync("/usr/bin/time");
  const astro = join(root, "node_modules", ".bin", "astro");
  const run = spawnSync(timed ? "/usr/bin/time" : astro, timed ? ["-f", "%M %U %S", astro, "build"] : ["build"], {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: "1",
      PAGEFIND_TIMING_FILE: timingFile,
      OUT_DIR: outDir,
    },
    maxBuffer: 1 << 28,
  });
  const totalMs = performance.now() - started;
  if (run.status !== 0) throw new Error(`build failed in ${cwd}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const pagefindMs = existsSync(timingFile) ? JSON.parse(readFileSync(timingFile, "utf8")).ms : NaN;
  rmSync(timingFile, { force: true });
  const [peakKb, user, system] = timed ? run.stderr.trim().split("\n").at(-1)!.split(" ").map(Number) : [NaN, NaN, NaN];
  const og = /\[og-images\].* in (\d+) ms/.exec(run.stdout);
  const drawn = /\[og-images\].*\((\d+) drawn, (\d+) of them while pages were built/.exec(run.stdout);
  return {
    totalMs,
    pagefindMs,
    astroMs: totalMs - pagefindMs,
    peakRssMb: peakKb / 1024,
    cpuMs: (user + system) * 1000,
    ogMs: og ? Number(og[1]) : NaN,
    cardsDrawn: drawn ? Number(drawn[1]) : NaN,
    cardsEarly: drawn ? Number(drawn[2]) : NaN,
  };
}

// ---- serving and measuring in Chromium ----

interface Fetched {
  url: string;
  type: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** What a page fetches from the site, with the compressed size of each file as a host would serve it. */
function recorder(page: Page, dist: string, origin: string) {
  const fetched: Fetched[] = [];
  page.on("requestfinished", (request) => {
    const u = new URL(request.url());
    if (u.origin !== origin) return;
    let file = join(dist, decodeURIComponent(u.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) return;
    fetched.push({ url: u.pathname + u.search, type: request.resourceType(), ...sizes(readFileSync(file)) });
  });
  return fetched;
}

const sum = (xs: Fetched[], key: "raw" | "gzip" | "brotli") => xs.reduce((s, f) => s + f[key], 0);
const isJs = (f: Fetched) => f.type === "script" || /\.m?js$/.test(f.url.split("?")[0]);

const PAGE_TYPES: { type: string; path: string | ((dist: string) => string | undefined) }[] = [
  { type: "home", path: "/" },
  { type: "contents", path: "/personal-data-act/" },
  { type: "section", path: "/personal-data-act/16/" },
  { type: "section (Norwegian)", path: "/personopplysningsloven/16/" },
  { type: "full Act", path: "/personal-data-act/full/" },
  { type: "side by side", path: "/personal-data-act/parallel/" },
  { type: "decision", path: (dist) => first(dist, "decisions") },
  { type: "decisions", path: "/decisions/" },
  { type: "fines", path: "/fines/" },
  { type: "Penal Code", path: "/penal-code/205/" },
  { type: "guide", path: (dist) => first(dist, "guides") },
  { type: "tool", path: (dist) => first(dist, "tools") },
  { type: "GDPR article", path: "/gdpr/article-33/" },
  { type: "search", path: "/search/?q=breach" },
];

function first(dist: string, folder: string): string | undefined {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && existsSync(join(dir, e.name, "index.html")));
  return sub && `/${folder}/${sub.name}/`;
}

interface PageFigures {
  type: string;
  path: string;
  htmlCss: ReturnType<typeof sizes>;
  jsBeforeInteraction: { raw: number; gzip: number; brotli: number; files: number };
  jsAfterSearch: { raw: number; gzip: number; brotli: number };
  requests: number;
  requestsAfterSearch: number;
}

async function measurePages(dist: string, origin: string): Promise<PageFigures[]> {
  const browser = await launch();
  const figures: PageFigures[] = [];
  for (const pt of PAGE_TYPES) {
    const path = typeof pt.path === "string" ? pt.path : pt.path(dist);
    if (!path || !existsSync(join(dist, path.split("?")[0], "index.html"))) continue;
    const samples: PageFigures[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched = recorder(page, dist, origin);
      await page.goto(origin + path, { waitUntil: "networkidle" });
      const before = [...fetched];
      const htmlCss = before.filter((f) => f.type === "document" || f.type === "stylesheet");
      const jsBefore = before.filter(isJs);
      // Interaction: use the search box in the header.
      await page.locator("#site-search-input").fill("breach");
      await page
        .locator("#site-search-listbox [role=option]")
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
      await page.waitForLoadState("networkidle");
      const after = fetched.slice(before.length);
      samples.push({
        type: pt.type,
        path,
        htmlCss: { raw: sum(htmlCss, "raw"), gzip: sum(htmlCss, "gzip"), brotli: sum(htmlCss, "brotli") },
        jsBeforeInteraction: { raw: sum(jsBefore, "raw"), gzip: sum(jsBefore, "gzip"), brotli: sum(jsBefore, "brotli"), files: jsBefore.length },
        jsAfterSearch: { raw: sum(after, "raw"), gzip: sum(after, "gzip"), brotli: sum(after, "brotli") },
        requests: before.length,
        requestsAfterSearch: after.length,
      });
      await context.close();
    }
    // Sizes do not vary between runs; keep the first sample.
    figures.push(samples[0]);
  }
  await browser.close();
  return figures;
}

interface SearchFigures {
  indexBytes: number;
  indexFiles: number;
  queries: { q: string; coldMs: number; warmMs: number; coldBytes: { raw: number; gzip: number }; results: number }[];
}

/** Pagefind alone: its own code, an index and five results' data; `bundle`, a bundle of the index other than the whole (a folder of pagefind/: "first/"). */
async function measureSearch(dist: string, origin: string, bundle = ""): Promise<SearchFigures> {
  const browser = await launch();
  const queries: SearchFigures["queries"] = [];
  for (const q of QUERIES) {
    const cold: number[] = [];
    const warm: number[] = [];
    let bytes = { raw: 0, gzip: 0 };
    let results = 0;
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/personal-data-act/`, { waitUntil: "networkidle" });
      const fetched = recorder(page, dist, origin);
      // Time from the first keystroke's search call to the first results, through the site's own engine.
      const timing = await page.evaluate(
        async ([query, folder]) => {
          const base = document
            .querySelector("search-box")!
            .getAttribute("data-search-page")!
            .replace(/search\/$/, "");
          const pf = await import(`${base}pagefind/pagefind.js`);
          await pf.options({ baseUrl: base, noWorker: true, ...(folder ? { basePath: `${base}pagefind/${folder}` } : {}) });
          const t0 = performance.now();
          await pf.init();
          const first = await pf.search(query);
          await Promise.all(first.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
          const t1 = performance.now();
          const again = await pf.search(query);
          await Promise.all(again.results.slice(0, 5).map((x: { data: () => Promise<unknown> }) => x.data()));
          const t2 = performance.now();
          return { cold: t1 - t0, warm: t2 - t1, results: first.results.length };
        },
        [q, bundle] as const,
      );
      cold.push(timing.cold);
      warm.push(timing.warm);
      results = timing.results;
      bytes = { raw: sum(fetched, "raw"), gzip: sum(fetched, "gzip") };
      await context.close();
    }
    queries.push({ q, coldMs: median(cold), warmMs: median(warm), coldBytes: bytes, results });
  }
  await browser.close();
  const pagefind = join(dist, "pagefind");
  return { indexBytes: dirSize(pagefind), indexFiles: countFiles(pagefind), queries };
}

/** The site's own search as a reader meets it in the header box: known items, then full text; and the search page's layout shift. */
interface SiteSearchFigures {
  queries: {
    q: string;
    /** Bytes (gzip) of the requests started from focusing the box until each stage was on screen: known items, the first full-text results (the reader's own words), the final ones (with synonyms). */
    cold: {
      knownMs: number;
      knownBytes: number;
      fullMs: number;
      fullBytes: number;
      /** The full-text results' bytes counted from the first keystroke (the titles, fetched on focus, left out). */
      fullBytesTyped: number;
      completeMs: number;
      completeBytes: number;
      requests: number;
    };
    warm: { knownMs: number; fullMs: number };
    /** What the first cold run fetched from the first keystroke until the first full-text results, request by request. */
    typedRequests: Requested[];
  }[];
  /** /search/?q=consent at a phone's width while results arrive, without CPU throttling and with it (4×, as Lighthouse's mobile run). */
  blocking: Blocking[];
  /** Bytes (gzip) fetched by /search/?q=… after the page itself (its HTML, CSS and JavaScript), until the first results and until the final ones; and what was fetched until the first results. */
  page: { q: string; firstBytes: number; finalBytes: number; firstRequests: Requested[] }[];
}

interface Blocking {
  /** How much slower than this machine the CPU was made (Chromium's CPU throttling). */
  throttle: number;
  /** Cumulative layout shift (PerformanceObserver, not Lighthouse). */
  cls: number;
  /** Main-thread blocking from the first contentful paint until the results and filters have settled: the sum over long tasks (PerformanceObserver "longtask") of their time past 50 ms, as Lighthouse's total blocking time counts it (a task that began before the paint counts from it). Median of the runs. */
  blockingMs: number;
  /** The longest of those tasks (median of the runs). */
  longestTaskMs: number;
  /** The same sum from navigation, the page's own first parse and layout included (median of the runs). */
  fromNavigationMs: number;
  /** The machine's one-minute load average when measured: other work on a shared machine lengthens tasks. */
  load: number;
}

const PAGE_QUERIES = ["consent", "samtykke", "kameraovervåking", "can my employer check my work phone"];

/** Marks, in the page's own clock, when each stage of a search first showed: the header's options, or the search page's results. */
function markStages() {
  const w = window as unknown as { stages: Record<string, number> };
  w.stages = {};
  new MutationObserver(() => {
    const mark = (name: string, on: boolean) => on && !(name in w.stages) && (w.stages[name] = performance.now());
    const list = document.querySelector("#site-search-listbox");
    mark("known", !!list?.querySelector("[role=option]"));
    mark("full", /All \d+ results|No results/.test(document.querySelector("#site-search-option-all")?.textContent ?? ""));
    // The header box shows known items, the reader's own words, then (busy until then) the search with synonyms.
    mark("complete", "full" in w.stages && list?.getAttribute("aria-busy") !== "true");
    const hits = document.querySelector("[data-hits]");
    mark("results", !!hits?.children.length);
    mark("final", !!hits?.children.length && hits.getAttribute("aria-busy") === "false");
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** `headerOnly`: the header box's queries alone, without the search page and its blocking time (the scale runs). */
async function measureSiteSearch(dist: string, origin: string, headerOnly = false): Promise<SiteSearchFigures> {
  const browser = await launch();
  const queries: SiteSearchFigures["queries"] = [];
  for (const q of SITE_QUERIES) {
    const cold: SiteSearchFigures["queries"][number]["cold"][] = [];
    const warm: SiteSearchFigures["queries"][number]["warm"][] = [];
    let typedRequests: Requested[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(markStages);
      await page.goto(`${origin}/personal-data-act/`, { waitUntil: "networkidle" });
      await page.evaluate(() => performance.setResourceTimingBufferSize(1000));
      const box = page.locator("#site-search-input");
      const stage = (name: string) => page.waitForFunction((n) => n in (window as unknown as { stages: object }).stages, name, { timeout: 20_000 });
      const round = async () => {
        await page.evaluate(() => ((window as unknown as { stages: object }).stages = {}));
        const typed = await page.evaluate(() => performance.now());
        await box.fill(q);
        await stage("known");
        await stage("full");
        await stage("complete");
        const at = await page.evaluate(() => (window as unknown as { stages: Record<string, number> }).stages);
        return { typed, known: at.known, full: at.full, complete: at.complete };
      };
      // Focusing the box fetches the titles (after the engine's module); typing starts Pagefind. On a
      // busy machine the module can take longer than "network idle" waits, so the titles are waited for.
      const focused = await page.evaluate(() => performance.now());
      await box.focus();
      await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("/search/titles.json")), null, { timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      const first = await round();
      const known = await startedBetween(page, dist, focused, first.known);
      const full = await startedBetween(page, dist, focused, first.full);
      const complete = await startedBetween(page, dist, focused, first.complete);
      const fullTyped = await startedBetween(page, dist, first.typed, first.full);
      if (!r) typedRequests = fullTyped.list;
      cold.push({
        knownMs: first.known - first.typed,
        knownBytes: known.gzip,
        fullMs: first.full - first.typed,
        fullBytes: full.gzip,
        fullBytesTyped: fullTyped.gzip,
        completeMs: first.complete - first.typed,
        completeBytes: complete.gzip,
        requests: complete.requests,
      });
      await box.fill("");
      await page.waitForTimeout(200);
      const again = await round();
      warm.push({ knownMs: again.known - again.typed, fullMs: again.full - again.typed });
      await context.close();
    }
    const m = <T>(xs: T[], k: keyof T) => median(xs.map((x) => x[k] as number));
    queries.push({
      q,
      cold: {
        knownMs: m(cold, "knownMs"),
        knownBytes: m(cold, "knownBytes"),
        fullMs: m(cold, "fullMs"),
        fullBytes: m(cold, "fullBytes"),
        fullBytesTyped: m(cold, "fullBytesTyped"),
        completeMs: m(cold, "completeMs"),
        completeBytes: m(cold, "completeBytes"),
        requests: m(cold, "requests"),
      },
      warm: { knownMs: m(warm, "knownMs"), fullMs: m(warm, "fullMs") },
      typedRequests,
    });
  }
  const searchPage: SiteSearchFigures["page"] = [];
  if (headerOnly) {
    await browser.close();
    return { queries, blocking: [], page: searchPage };
  }
  for (const q of PAGE_QUERIES) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript(markStages);
    await tab.goto(`${origin}/search/?q=${encodeURIComponent(q)}`);
    await tab.waitForFunction(() => "final" in (window as unknown as { stages: object }).stages, null, { timeout: 20_000 });
    const at = await tab.evaluate(() => (window as unknown as { stages: Record<string, number> }).stages);
    // After the page's own files: from the start of the first request for search data (the worker's own script is one).
    const from = await tab.evaluate(() =>
      Math.min(
        ...performance
          .getEntriesByType("resource")
          .filter((e) => /\/(search|pagefind)\/|pagefind-worker/.test(new URL(e.name).pathname))
          .map((e) => e.startTime),
      ),
    );
    const firstResults = await startedBetween(tab, dist, from, at.results);
    searchPage.push({ q, firstBytes: firstResults.gzip, finalBytes: (await startedBetween(tab, dist, from, at.final)).gzip, firstRequests: firstResults.list });
    await context.close();
  }
  const blocking: Blocking[] = [];
  for (const throttle of [1, 4]) {
    const samples: Omit<Blocking, "throttle">[] = [];
    for (let r = 0; r < runs; r++) samples.push(await searchPageBlocking(browser, origin, throttle));
    blocking.push({
      throttle,
      cls: Math.max(...samples.map((x) => x.cls)),
      blockingMs: median(samples.map((x) => x.blockingMs)),
      longestTaskMs: median(samples.map((x) => x.longestTaskMs)),
      fromNavigationMs: median(samples.map((x) => x.fromNavigationMs)),
      load: median(samples.map((x) => x.load)),
    });
  }
  await browser.close();
  return { queries, blocking, page: searchPage };
}

/** Layout shift and main-thread blocking of /search/?q=consent at a phone's width, from navigation until the results have settled, the CPU `throttle` times slower. */
async function searchPageBlocking(browser: Awaited<ReturnType<typeof launch>>, origin: string, throttle: number): Promise<Omit<Blocking, "throttle">> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  if (throttle > 1) await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    (window as unknown as { tasks: { start: number; duration: number }[] }).tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        (window as unknown as { tasks: { start: number; duration: number }[] }).tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${origin}/search/?q=consent`);
  // Waited for inside the page, not with Playwright's locators: their polling runs in the page's main
  // thread, and under CPU throttling it made up most of the long tasks measured.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const settled = () => !!document.querySelector("[data-hits][aria-busy=false]") && !!document.querySelector("[data-filters][aria-busy=false]");
        if (settled()) return resolve();
        new MutationObserver((_, observer) => {
          if (!settled()) return;
          observer.disconnect();
          resolve();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      }),
  );
  await page.waitForTimeout(1000);
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  const tasks = await page.evaluate(() => (window as unknown as { tasks: { start: number; duration: number }[] }).tasks);
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0);
  // As Lighthouse counts it: from the first contentful paint, a task that began before it clipped to the part after it.
  const after = tasks.map((t) => t.start + t.duration - Math.max(t.start, fcp)).filter((d) => d > 0);
  const blockingMs = after.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  const longestTaskMs = Math.max(0, ...after);
  const fromNavigationMs = tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
  const load = loadavg()[0];
  await context.close();
  return { cls, blockingMs, longestTaskMs, fromNavigationMs, load };
}

const countFiles = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? countFiles(join(dir, e.name)) : 1), 0);

// ---- scale ----

interface ScaleFigures {
  decisions: number;
  build: BuildTiming;
  pages: number;
  indexBytes: number;
  /** The site's search as a reader meets it in the header box (what the byte budgets are about). */
  site: SiteSearchFigures["queries"];
  /** Pagefind alone on the bundle the first results come from, where the build wrote one (pagefind/first/). */
  firstBundle?: SearchFigures["queries"];
  finesPage: ReturnType<typeof sizes> | undefined;
  /** The largest list page of decisions (gzip), the one the page budget must hold for. */
  largestList: { path: string; gzip: number };
  search: SearchFigures["queries"];
}

/**
 * A node_modules of links to the project's packages, without its caches (.astro, .vite, .cache),
 * so that the copy's build starts cold and writes its caches into the copy.
 */
function linkPackages(dir: string) {
  const modules = join(dir, "node_modules");
  mkdirSync(modules);
  for (const name of readdirSync(join(root, "node_modules"))) {
    if (![".astro", ".vite", ".cache"].includes(name)) symlinkSync(join(root, "node_modules", name), join(modules, name));
  }
}

/** The largest index.html under dist/decisions/ that is a list (not one decision's page). */
function largestList(dist: string): { path: string; gzip: number } {
  let best = { path: "", gzip: 0 };
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, e.name);
      if (e.isDirectory()) visit(file);
      else if (e.name === "index.html") {
        const path = `/${relative(dist, dir)}/`;
        if (/^\/decisions\/\d{4}-|^\/decisions\/undated-/.test(path)) continue;
        const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
        if (gzip > best.gzip) best = { path, gzip };
      }
    }
  };
  visit(join(dist, "decisions"));
  return best;
}

async function measureScale(n: number): Promise<ScaleFigures> {
  const dir = mkdtempSync(join(tmpdir(), `ndpr-scale-${n}-`));
  try {
    for (const part of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "data", "public"])
      cpSync(join(root, part), join(dir, part), { recursive: true });
    linkPackages(dir);
    const written = generateDecisions(dir, n);
    console.log(`scale ${n}: generated ${written} synthetic decisions in ${dir}`);
    const timing = build(dir);
    const dist = join(dir, "dist");
    const server = serve(dist, 4500 + (n % 400));
    await waitFor(server.url + "/");
    const search = await measureSearch(dist, server.url);
    // Where the build wrote the bundle the first results come from (pagefind/first/), it is what a warm first query searches.
    const first = existsSync(join(dist, "pagefind", "first")) ? await measureSearch(dist, server.url, "first/") : undefined;
    const site = await measureSiteSearch(dist, server.url, true);
    server.stop();
    const fines = join(dist, "fines", "index.html");
    return {
      decisions: n,
      build: timing,
      pages: countHtml(dist),
      indexBytes: search.indexBytes,
      site: site.queries,
      firstBundle: first?.queries,
      finesPage: existsSync(fines) ? sizes(readFileSync(fines)) : undefined,
      largestList: largestList(dist),
      search: search.queries,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? (e.name === "pagefind" ? 0 : countHtml(join(dir, e.name))) : e.name.endsWith(".html") ? 1 : 0),
    0,
  );

// ---- report ----

const BUDGETS = {
  sectionHtmlCssGzip: 20 * 1024,
  sectionJsGzip: 10 * 1024,
  warmSearchMs: 100,
  knownItemBytesGzip: 50 * 1024,
  firstQueryBytesGzip: 120 * 1024,
  searchBlockingMs: 100,
  buildMs: 60_000,
  scaleBuildMs: 4 * 60_000,
  scalePeakMb: 2.5 * 1024,
};

function verdict(ok: boolean) {
  return ok ? "holds" : "**exceeded**";
}

/** The budget rows of the scale runs: the build, and the search as a reader meets it in the header box. */
function scaleBudgets(scale: ScaleFigures[]): string[] {
  return scale.flatMap((s) => {
    const warm = (s.firstBundle ?? s.search).reduce((a, b) => (b.warmMs > a.warmMs ? b : a));
    return [
      `| ${s.decisions} decisions build ≤ 4 min | ${(s.build.totalMs / 1000).toFixed(1)} s wall, ${(s.build.cpuMs / 1000).toFixed(1)} s CPU | ${verdict(s.build.totalMs <= BUDGETS.scaleBuildMs)} |`,
      `| ${s.decisions} decisions build ≤ 2.5 GB peak memory | ${s.build.peakRssMb.toFixed(0)} MB | ${verdict(s.build.peakRssMb <= BUDGETS.scalePeakMb)} |`,
      ...siteSearchBudgets({ queries: s.site, blocking: [], page: [] }).map((row) => row.replace(/^\| /, `| ${s.decisions} decisions: `)),
      `| ${s.decisions} decisions: first results ≤ 100 ms with a warm index (slowest query; Pagefind alone, on ${s.firstBundle ? "the first results' bundle, pagefind/first/" : "the whole index"}) | ${warm.warmMs.toFixed(1)} ms (${warm.q}) | ${verdict(warm.warmMs <= BUDGETS.warmSearchMs)} |`,
    ];
  });
}

/** The table of the scale runs. */
function scaleTable(scale: ScaleFigures[]): string[] {
  return [
    "",
    "## Scale",
    "",
    "| decisions | pages | build wall (Astro / Pagefind; cards after the pages) | cards drawn (while pages were built) | CPU (user + system) | peak memory | index | /fines/ HTML (gzip) | largest decisions list (gzip) | header box: largest first full-text query, from the keystroke; largest final results, from focusing it | Pagefind's whole index alone: slowest warm query, largest first query |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...scale.map(
      (s) =>
        `| ${s.decisions} | ${s.pages} | ${(s.build.totalMs / 1000).toFixed(1)} s (${(s.build.astroMs / 1000).toFixed(1)} / ${(s.build.pagefindMs / 1000).toFixed(1)}; ${(s.build.ogMs / 1000).toFixed(1)}) | ${s.build.cardsDrawn} (${s.build.cardsEarly}) | ${(s.build.cpuMs / 1000).toFixed(1)} s | ${s.build.peakRssMb.toFixed(0)} MB | ${kb(s.indexBytes)} | ${s.finesPage ? kb(s.finesPage.gzip) : "–"} | \`${s.largestList.path}\` ${kb(s.largestList.gzip)} | ${kb(Math.max(...s.site.map((q) => q.cold.fullBytesTyped)))}; ${kb(Math.max(...s.site.map((q) => q.cold.completeBytes)))} | ${Math.max(...s.search.map((q) => q.warmMs)).toFixed(1)} ms, ${kb(Math.max(...s.search.map((q) => q.coldBytes.gzip)))} |`,
    ),
    "",
    ...scale.flatMap((s) => [
      `What each first query fetched at ${s.decisions} decisions, from the first keystroke until its first full-text results (gzip; first cold run):`,
      "",
      ...s.site.map((q) => `- ${q.q}: ${requestList(q.typedRequests)}`),
      "",
    ]),
  ];
}

function siteSearchReport(site: SiteSearchFigures): string[] {
  const lines = [
    "",
    "## Search through the site's engine (header box)",
    "",
    "Known items (titles, terms, citations, case numbers) answer from search/titles.json (and search/citations.json for a citation) before Pagefind is fetched; the full-text options replace them with the reader's own words, then with the search with synonyms and everyday terms. Bytes are gzip, of the requests started from focusing the box until each stage showed (the page's own clock; requests still needed later are not counted early), and for the first full-text results also from the first keystroke (without the titles, which focusing fetches for the known items). Times from typing.",
    "",
    "| query | cold: first known-item option | cold: first full-text results (from focus; from the keystroke) | cold: final results (with synonyms), requests | warm: known, full |",
    "|---|---|---|---|---|",
  ];
  for (const q of site.queries)
    lines.push(
      `| ${q.q} | ${q.cold.knownMs.toFixed(0)} ms, ${kb(q.cold.knownBytes)} | ${q.cold.fullMs.toFixed(0)} ms, ${kb(q.cold.fullBytes)}; ${kb(q.cold.fullBytesTyped)} | ${q.cold.completeMs.toFixed(0)} ms, ${kb(q.cold.completeBytes)}, ${q.cold.requests} | ${q.warm.knownMs.toFixed(0)} ms, ${q.warm.fullMs.toFixed(0)} ms |`,
    );
  lines.push(
    "",
    "The search page, `/search/?q=…`, after its own HTML, CSS and JavaScript: bytes (gzip) until the first results and until the final ones.",
    "",
    "| query | first results | final results |",
    "|---|---|---|",
    ...site.page.map((p) => `| ${p.q} | ${kb(p.firstBytes)} | ${kb(p.finalBytes)} |`),
    "",
    "/search/?q=consent at 412 px while results arrive, from navigation until they have settled (PerformanceObserver in Chromium, not Lighthouse). Blocking is the sum of the long tasks' time past 50 ms from the first contentful paint, as Lighthouse's total blocking time counts it (budget 100 ms under Lighthouse's 4× mobile throttling), and the same from navigation; median of the runs, with the load average, as a busy shared machine lengthens every task.",
    "",
    "| CPU | layout shift (budget 0.05) | main thread blocked after first paint | longest task | blocked from navigation | load average |",
    "|---|---|---|---|---|---|",
    ...site.blocking.map(
      (b) =>
        `| ${b.throttle === 1 ? "unthrottled" : `${b.throttle}× slower`} | ${b.cls.toFixed(3)} | ${b.blockingMs.toFixed(0)} ms | ${b.longestTaskMs.toFixed(0)} ms | ${b.fromNavigationMs.toFixed(0)} ms | ${b.load.toFixed(1)} |`,
    ),
    "",
    "What each first query fetched from the first keystroke (header box) or the page's first search request (search page) until its first full-text results, request by request (gzip; first cold run):",
    "",
    ...site.queries.map((q) => `- ${q.q}: ${requestList(q.typedRequests)}`),
    ...site.page.map((p) => `- search page, ${p.q}: ${requestList(p.firstRequests)}`),
  );
  return lines;
}

/** "pagefind/pagefind.js 13.2, … (118.4 KB in 9)" */
function requestList(list: Requested[]): string {
  const total = list.reduce((n, r) => n + r.gzip, 0);
  return `${list.map((r) => `\`${r.path.replace(/^.*?\/(pagefind|search|_astro)\//, "$1/")}\` ${(r.gzip / 1024).toFixed(1)}`).join(", ")} (${kb(total)} in ${list.length})`;
}

/** The DESIGN budgets the header box is held to: a known item after ≤ 50 KB (from focusing the box), a full-text first query after ≤ 120 KB (from the first keystroke). */
function siteSearchBudgets(site: SiteSearchFigures): string[] {
  const largest = (key: "knownBytes" | "fullBytesTyped", queries = site.queries) => queries.reduce((a, b) => (b.cold[key] > a.cold[key] ? b : a));
  // Of the queries a known item answers (its option shown before the full-text results, on fewer bytes).
  const answered = site.queries.filter((q) => q.cold.knownBytes < q.cold.fullBytes);
  const known = largest("knownBytes", answered.length ? answered : site.queries);
  const full = largest("fullBytesTyped");
  const throttled = site.blocking.find((b) => b.throttle === 4);
  return [
    `| a known item's first result ≤ 50 KB fetched, from focusing the header box (largest) | ${kb(known.cold.knownBytes)} gzip (${known.q}) | ${verdict(known.cold.knownBytes <= BUDGETS.knownItemBytesGzip)} |`,
    `| a full-text first query ≤ 120 KB fetched, from the first keystroke in the header box (largest) | ${kb(full.cold.fullBytesTyped)} gzip (${full.q}) | ${verdict(full.cold.fullBytesTyped <= BUDGETS.firstQueryBytesGzip)} |`,
    ...(throttled
      ? [
          `| search page: layout shift ≤ 0.05, main thread blocked ≤ 100 ms at 4× CPU throttling | ${throttled.cls.toFixed(3)}, ${throttled.blockingMs.toFixed(0)} ms (load ${throttled.load.toFixed(1)}) | ${verdict(throttled.cls <= 0.05 && throttled.blockingMs <= BUDGETS.searchBlockingMs)} |`,
        ]
      : []),
  ];
}

function report(data: {
  builds: BuildTiming[];
  pages: PageFigures[];
  search: SearchFigures;
  siteSearch: SiteSearchFigures;
  scale: ScaleFigures[];
  machine: string;
}) {
  const b = {
    totalMs: median(data.builds.map((x) => x.totalMs)),
    astroMs: median(data.builds.map((x) => x.astroMs)),
    pagefindMs: median(data.builds.map((x) => x.pagefindMs)),
    peakRssMb: median(data.builds.map((x) => x.peakRssMb)),
  };
  const section = data.pages.find((p) => p.type === "section")!;
  const warm = Math.max(...data.search.queries.map((q) => q.warmMs));
  const firstBytes = Math.max(...data.search.queries.map((q) => q.coldBytes.gzip));
  const lines: string[] = [];
  lines.push(`# Benchmark report`, "", `${new Date().toISOString()} · ${data.machine} · medians of ${runs} run(s)`, "");
  lines.push("## Budgets (DESIGN.md)", "", "| budget | measured | |", "|---|---|---|");
  lines.push(
    `| section page ≤ 20 KB compressed (HTML+CSS) | ${kb(section.htmlCss.gzip)} gzip, ${kb(section.htmlCss.brotli)} brotli | ${verdict(section.htmlCss.gzip <= BUDGETS.sectionHtmlCssGzip)} |`,
  );
  lines.push(
    `| JS on a section page ≤ 10 KB compressed until search is used | ${kb(section.jsBeforeInteraction.gzip)} gzip in ${section.jsBeforeInteraction.files} file(s) | ${verdict(section.jsBeforeInteraction.gzip <= BUDGETS.sectionJsGzip)} |`,
  );
  lines.push(`| first results ≤ 100 ms with a warm index (slowest query) | ${warm.toFixed(1)} ms | ${verdict(warm <= BUDGETS.warmSearchMs)} |`);
  lines.push(...siteSearchBudgets(data.siteSearch));
  lines.push(
    `| Pagefind alone (its own code, index and five results' data), first query ≤ 120 KB (largest) | ${kb(firstBytes)} gzip | ${verdict(firstBytes <= BUDGETS.firstQueryBytesGzip)} |`,
  );
  lines.push(`| whole site builds in under a minute | ${(b.totalMs / 1000).toFixed(1)} s | ${verdict(b.totalMs <= BUDGETS.buildMs)} |`);
  lines.push(...scaleBudgets(data.scale));
  lines.push("", "## Build", "", "| | median |", "|---|---|");
  lines.push(
    `| total | ${(b.totalMs / 1000).toFixed(2)} s |`,
    `| Astro | ${(b.astroMs / 1000).toFixed(2)} s |`,
    `| Pagefind | ${(b.pagefindMs / 1000).toFixed(2)} s |`,
    `| peak memory | ${b.peakRssMb.toFixed(0)} MB |`,
  );
  lines.push(
    "",
    "## Pages",
    "",
    "| page type | path | HTML+CSS raw / gzip / brotli | JS before interaction (gzip, files) | requests | after a search: bytes (gzip), requests |",
    "|---|---|---|---|---|---|",
  );
  for (const p of data.pages) {
    lines.push(
      `| ${p.type} | \`${p.path}\` | ${kb(p.htmlCss.raw)} / ${kb(p.htmlCss.gzip)} / ${kb(p.htmlCss.brotli)} | ${kb(p.jsBeforeInteraction.gzip)}, ${p.jsBeforeInteraction.files} | ${p.requests} | ${kb(p.jsAfterSearch.gzip)}, ${p.requestsAfterSearch} |`,
    );
  }
  lines.push(
    "",
    "## Search",
    "",
    `Index on disk: ${kb(data.search.indexBytes)} in ${data.search.indexFiles} files.`,
    "",
    "| query | results | cold: time, bytes (gzip) | warm: time |",
    "|---|---|---|---|",
  );
  for (const q of data.search.queries) lines.push(`| ${q.q} | ${q.results} | ${q.coldMs.toFixed(1)} ms, ${kb(q.coldBytes.gzip)} | ${q.warmMs.toFixed(1)} ms |`);
  if (data.scale.length) lines.push(...scaleTable(data.scale));
  lines.push(
    "",
    "Sizes are of the files as served, compressed here with gzip -9 and brotli; a host's own compression may differ slightly. Times are wall-clock on this machine.",
  );
  return lines.join("\n") + "\n";
}

// ---- Vitest benchmarks (tests/bench/) ----

interface BenchFigure {
  group: string;
  name: string;
  medianMs: number;
}

function measureBenchFiles(): BenchFigure[] {
  const file = join(tmpdir(), `vitest-bench-${process.pid}.json`);
  const run = spawnSync(join(root, "node_modules", ".bin", "vitest"), ["bench", "--run", "--outputJson", file], { cwd: root, encoding: "utf8" });
  if (run.status !== 0 || !existsSync(file)) throw new Error(`vitest bench failed:\n${run.stdout}${run.stderr}`);
  const json = JSON.parse(readFileSync(file, "utf8")) as { files: { groups: { fullName: string; benchmarks: { name: string; median: number }[] }[] }[] };
  rmSync(file, { force: true });
  return json.files.flatMap((f) =>
    f.groups.flatMap((g) => g.benchmarks.map((b) => ({ group: g.fullName.split(" > ").slice(1).join(" > "), name: b.name, medianMs: b.median }))),
  );
}

function benchFilesReport(figures: BenchFigure[]): string[] {
  const lines = ["", "## Vitest benchmarks (tests/bench/)", "", "| benchmark | case | median | × the case before |", "|---|---|---|---|"];
  figures.forEach((f, i) => {
    const before = figures[i - 1]?.group === f.group ? figures[i - 1] : undefined;
    lines.push(`| ${f.group} | ${f.name} | ${f.medianMs.toFixed(1)} ms | ${before ? (f.medianMs / before.medianMs).toFixed(2) : "–"} |`);
  });
  return lines;
}

// ---- main ----

mkdirSync(out, { recursive: true });
if (args.includes("--search-only")) {
  // The site's search alone, on the site already built in dist/.
  const server = serve(join(root, "dist"), Number(process.env.BENCH_PORT ?? 4399));
  await waitFor(server.url + "/");
  const site = await measureSiteSearch(join(root, "dist"), server.url);
  server.stop();
  console.log(["| budget | measured | |", "|---|---|---|", ...siteSearchBudgets(site), ...siteSearchReport(site)].join("\n"));
  process.exit(0);
}
if (args.includes("--scale-only")) {
  // Only the synthetic corpora: the normal site is not built or measured.
  const scale: ScaleFigures[] = [];
  for (const n of scales) scale.push(await measureScale(n));
  const machine = `${spawnSync("nproc", { encoding: "utf8" }).stdout.trim()} cores, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`;
  const markdown = [
    "# Benchmark report: scale",
    "",
    `${new Date().toISOString()} · ${machine}`,
    "",
    "| budget | measured | |",
    "|---|---|---|",
    ...scaleBudgets(scale),
    ...scaleTable(scale),
  ].join("\n");
  writeFileSync(join(out, "scale.json"), JSON.stringify({ machine, scale, budgets: BUDGETS }, null, 1));
  writeFileSync(join(out, "scale.md"), markdown + "\n");
  console.log(markdown);
  process.exit(0);
}
const builds: BuildTiming[] = [];
for (let r = 0; r < runs; r++) {
  builds.push(build(root));
  console.log(`build ${r + 1}/${runs}: ${(builds.at(-1)!.totalMs / 1000).toFixed(1)} s`);
}
const dist = join(root, "dist");
const server = serve(dist, Number(process.env.BENCH_PORT ?? 4399));
await waitFor(server.url + "/");
const pages = await measurePages(dist, server.url);
const search = await measureSearch(dist, server.url);
const siteSearch = await measureSiteSearch(dist, server.url);
server.stop();
const scale: ScaleFigures[] = [];
for (const n of scales) scale.push(await measureScale(n));

const passes = measureBenchFiles();

const machine = `${spawnSync("nproc", { encoding: "utf8" }).stdout.trim()} cores, Node ${process.version}`;
const data = { machine, runs, builds, pages, search, siteSearch, scale, passes, budgets: BUDGETS };
writeFileSync(join(out, "report.json"), JSON.stringify(data, null, 1));
const markdown = [report({ builds, pages, search, siteSearch, scale, machine }), ...siteSearchReport(siteSearch), ...benchFilesReport(passes)].join("\n");
writeFileSync(join(out, "report.md"), markdown);
console.log(markdown);
console.log(`Written to ${relative(process.cwd(), out)}/report.md and report.json`);

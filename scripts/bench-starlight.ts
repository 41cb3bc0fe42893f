// Our search beside Starlight's: a minimal Astro Starlight docs site of the Personal Data Act in
// English (one page a section, made from the project's own dist/data/act.json by starlight-pages.ts)
// is installed from the npm registry, built (Starlight indexes it with Pagefind) and served in a
// temporary directory outside the project, then measured as scripts/bench.ts measures our header
// box, with the same queries: the bytes (gzip, of the files as served) of the requests started from
// the first keystroke in Starlight's search dialog (and from opening it) until its first result is
// shown, cold, and the time to it, cold and warm. Our figures are read from the last
// `npm run bench` (bench-results/report.json). Nothing is added to the project or left behind.
//
//   npm run bench:starlight               3 runs a query (medians)
//   npm run bench:starlight -- --runs 5   more runs
//
// Needs the site built (dist/data/act.json: `npm run build:local` or `npm run bench`) and the npm
// registry over the network. Writes bench-results/starlight.md and bench-results/starlight.json (git-ignored).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Page } from "@playwright/test";
import { kb, launch, median, type Requested, serve, SITE_QUERIES, startedBetween, waitFor } from "./bench-measure.ts";
import { starlightPages } from "./starlight-pages.ts";

/** The versions measured; the README's figures are of these. */
const STARLIGHT = "0.42.4";
const ASTRO = "7.3.5";

const root = join(import.meta.dirname, "..");
const out = join(root, "bench-results");
const args = process.argv.slice(2);
const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 3;
const port = Number(process.env.BENCH_STARLIGHT_PORT ?? 4471);

/** A failure the reader can act on (no network, no built site): said in a line, without a stack trace. */
class Failure extends Error {}

function fail(message: string): never {
  throw new Failure(message);
}

const tail = (text: string | null | undefined) => (text ?? "").trim().split("\n").slice(-15).join("\n");

/** npm's error lines up to its stack trace ("npm error code ECONNREFUSED", …, "npm error FetchError: request to … failed"). */
const npmError = (stderr: string | null | undefined) => {
  const lines = (stderr ?? "").trim().split("\n");
  const trace = lines.findIndex((l) => /^npm error\s+at /.test(l));
  return lines.slice(0, trace < 0 ? 8 : Math.min(trace, 8)).join("\n");
};

/** Writes the Starlight site's files into `dir`: the package, Astro's configuration, the docs collection and the Act's pages. */
function writeSite(dir: string, act: Parameters<typeof starlightPages>[0]) {
  const docs = join(dir, "src", "content", "docs");
  mkdirSync(docs, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "starlight-act", private: true, type: "module" }));
  writeFileSync(
    join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nimport starlight from "@astrojs/starlight";\nexport default defineConfig({ integrations: [starlight({ title: "Personal Data Act" })] });\n`,
  );
  writeFileSync(
    join(dir, "src", "content.config.ts"),
    `import { defineCollection } from "astro:content";\nimport { docsLoader } from "@astrojs/starlight/loaders";\nimport { docsSchema } from "@astrojs/starlight/schema";\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const page of starlightPages(act)) writeFileSync(join(docs, page.file), page.text);
}

function install(dir: string) {
  const started = performance.now();
  const run = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `@astrojs/starlight@${STARLIGHT}`, `astro@${ASTRO}`], {
    cwd: dir,
    encoding: "utf8",
    timeout: 15 * 60_000,
  });
  if (run.error || run.status !== 0)
    fail(
      `installing @astrojs/starlight@${STARLIGHT} and astro@${ASTRO} from the npm registry failed (it needs the network)${run.error ? `: ${run.error.message}` : ""}\n${npmError(run.stderr)}`,
    );
  return performance.now() - started;
}

function build(dir: string) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(dir, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) fail(`building the Starlight site in ${dir} failed:\n${tail(run.stdout)}\n${tail(run.stderr)}`);
  return performance.now() - started;
}

/** Marks, in the page's own clock, when Starlight's search dialog first showed a result (or said there was none), and how many it found. */
function markFirstResult() {
  const w = window as unknown as { shown?: number; found?: number };
  new MutationObserver(() => {
    if (w.shown !== undefined) return;
    const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
    if (document.querySelector(".pagefind-ui__result-link") || /^No results/.test(message)) {
      w.shown = performance.now();
      w.found = Number(/^(\d+) results? for/.exec(message)?.[1] ?? 0);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Whether the page or one of its workers has fetched Pagefind's WebAssembly (wasm.<language>.pagefind). */
async function fetchedWasm(page: Page): Promise<boolean> {
  const fetched = () => performance.getEntriesByType("resource").some((e) => /\/wasm\.[^/]*\.pagefind$/.test(new URL(e.name).pathname));
  const found = await Promise.all([page.evaluate(fetched), ...page.workers().map((w) => w.evaluate(fetched).catch(() => false))]);
  return found.includes(true);
}

interface StarlightQuery {
  q: string;
  results: number;
  cold: { ms: number; bytes: number; bytesFromOpening: number; requests: number };
  warm: { ms: number };
  /** What the first cold run fetched from the first keystroke until the first result, request by request. */
  typedRequests: Requested[];
}

async function measure(dist: string, origin: string): Promise<StarlightQuery[]> {
  const browser = await launch();
  const figures: StarlightQuery[] = [];
  for (const q of SITE_QUERIES) {
    const cold: StarlightQuery["cold"][] = [];
    const warm: number[] = [];
    let results = 0;
    let typedRequests: Requested[] = [];
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(markFirstResult);
      await page.goto(`${origin}/section-1/`, { waitUntil: "networkidle" });
      await page.evaluate(() => performance.setResourceTimingBufferSize(1000));
      // Starlight mounts Pagefind's search UI in the dialog once the page is idle.
      const input = page.locator(".pagefind-ui__search-input");
      await input.waitFor({ state: "attached", timeout: 20_000 });
      await page.waitForLoadState("networkidle");
      const opened = await page.evaluate(() => performance.now());
      await page.locator("button[data-open-modal]").click();
      await input.waitFor({ state: "visible" });
      // Opening the dialog focuses its box, which has Pagefind's UI fetch Pagefind (its code, worker and
      // WebAssembly); on a busy machine that can start after "network idle", so it is waited for, as
      // bench.ts waits for the titles its box fetches on focus.
      for (let i = 0; i < 200 && !(await fetchedWasm(page)); i++) await page.waitForTimeout(100);
      await page.waitForLoadState("networkidle");
      const round = async () => {
        await page.evaluate(() => delete (window as unknown as { shown?: number }).shown);
        const typed = await page.evaluate(() => performance.now());
        await input.fill(q);
        await page.waitForFunction(() => (window as unknown as { shown?: number }).shown !== undefined, null, { timeout: 20_000 });
        const at = await page.evaluate(() => {
          const w = window as unknown as { shown: number; found: number };
          return { shown: w.shown, found: w.found };
        });
        return { typed, ...at };
      };
      const first = await round();
      const typed = await startedBetween(page, dist, first.typed, first.shown);
      const fromOpening = await startedBetween(page, dist, opened, first.shown);
      if (!r) typedRequests = typed.list;
      results = first.found;
      cold.push({ ms: first.shown - first.typed, bytes: typed.gzip, bytesFromOpening: fromOpening.gzip, requests: typed.requests });
      // Emptied, the dialog takes its results away; the same words again are the warm search.
      await input.fill("");
      await page.waitForFunction(() => !document.querySelector(".pagefind-ui__result, .pagefind-ui__message"), null, { timeout: 20_000 });
      const again = await round();
      warm.push(again.shown - again.typed);
      await context.close();
    }
    const m = (k: keyof StarlightQuery["cold"]) => median(cold.map((c) => c[k]));
    figures.push({
      q,
      results,
      cold: { ms: m("ms"), bytes: m("bytes"), bytesFromOpening: m("bytesFromOpening"), requests: m("requests") },
      warm: { ms: median(warm) },
      typedRequests,
    });
  }
  await browser.close();
  return figures;
}

/** Our header box's figures per query, from the last `npm run bench`. */
interface OurQuery {
  q: string;
  cold: { knownMs: number; knownBytes: number; fullMs: number; fullBytesTyped: number };
  warm: { knownMs: number; fullMs: number };
}

function ours(): { queries: OurQuery[]; date: string; machine: string } | undefined {
  const file = join(out, "report.json");
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as { machine?: string; siteSearch?: { queries?: OurQuery[] } };
  if (!report.siteSearch?.queries) return undefined;
  return { queries: report.siteSearch.queries, date: statSync(file).mtime.toISOString(), machine: report.machine ?? "" };
}

function report(starlight: StarlightQuery[], machine: string, our: ReturnType<typeof ours>, timing: { installMs: number; buildMs: number }): string {
  const ms = (n: number | undefined) => (n === undefined ? "–" : `${n.toFixed(0)} ms`);
  const lines = [
    "# Benchmark: our search beside Starlight's",
    "",
    `${new Date().toISOString()} · ${machine} · medians of ${runs} run(s) · Starlight ${STARLIGHT}, Astro ${ASTRO} (install ${(timing.installMs / 1000).toFixed(0)} s, build ${(timing.buildMs / 1000).toFixed(0)} s)`,
    "",
    "Starlight: a docs site of the Personal Data Act in English, a page a section (35), searched in its dialog (Pagefind's default UI, which fetches Pagefind's code and WebAssembly when the dialog opens and waits 300 ms after typing). " +
      "Bytes (gzip, of the files as served) of the requests started from opening the dialog until the first result showed, and in brackets from the first keystroke; the time from the keystroke. " +
      "Ours: the header box, whose index holds the whole site (the Act in both languages, the GDPR, decisions, guides): the first known item counted from focusing the box (which fetches the titles), the first full-text results from the first keystroke (Pagefind is fetched then).",
    "",
  ];
  if (!our) lines.push("Our figures: none yet; run `npm run bench` first (it writes bench-results/report.json).", "");
  else lines.push(`Our figures: bench-results/report.json of ${our.date} (${our.machine}).`, "");
  lines.push(
    "| query | ours, cold: first known item (from focus) | ours, cold: first full-text results (from the keystroke) | ours, warm: known, full | Starlight, cold: first result, from opening (from the keystroke); results | Starlight, warm |",
    "|---|---|---|---|---|---|",
  );
  for (const s of starlight) {
    const o = our?.queries.find((x) => x.q === s.q);
    lines.push(
      `| ${s.q} | ${o ? `${ms(o.cold.knownMs)}, ${kb(o.cold.knownBytes)}` : "–"} | ${o ? `${ms(o.cold.fullMs)}, ${kb(o.cold.fullBytesTyped)}` : "–"} | ${o ? `${ms(o.warm.knownMs)}, ${ms(o.warm.fullMs)}` : "–"} | ${ms(s.cold.ms)}, ${kb(s.cold.bytesFromOpening)} (${kb(s.cold.bytes)}); ${s.results} | ${ms(s.warm.ms)} |`,
    );
  }
  lines.push(
    "",
    "What Starlight's first query fetched from the first keystroke, request by request (gzip; first cold run); opening the dialog had fetched Pagefind's code, WebAssembly and metadata:",
    "",
    ...starlight.map(
      (s) =>
        `- ${s.q}: ${s.typedRequests.map((r) => `\`${r.path.replace(/^\/pagefind\//, "")}\` ${(r.gzip / 1024).toFixed(1)}`).join(", ")} (${kb(s.cold.bytes)} in ${s.cold.requests})`,
    ),
  );
  return lines.join("\n") + "\n";
}

// ---- main ----

if (!Number.isInteger(runs) || runs < 1) {
  console.error("bench:starlight: --runs needs a whole number of runs, 1 or more");
  process.exit(1);
}
const actFile = join(root, "dist", "data", "act.json");
const dir = mkdtempSync(join(tmpdir(), "ndpr-starlight-"));
let server: ReturnType<typeof serve> | undefined;
try {
  if (!existsSync(actFile)) fail(`${relative(process.cwd(), actFile)} not found: build the site first (npm run build:local, or npm run bench)`);
  const act = JSON.parse(readFileSync(actFile, "utf8"));
  writeSite(dir, act);
  console.log(`bench:starlight: installing @astrojs/starlight@${STARLIGHT} and astro@${ASTRO} in ${dir}`);
  const installMs = install(dir);
  const buildMs = build(dir);
  const dist = join(dir, "dist");
  server = serve(dist, port);
  await waitFor(`${server.url}/section-1/`);
  const loadBefore = loadavg()[0];
  const starlight = await measure(dist, server.url);
  const machine = `${spawnSync("nproc", { encoding: "utf8" }).stdout.trim()} cores, Node ${process.version}, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`;
  const our = ours();
  const markdown = report(starlight, machine, our, { installMs, buildMs });
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, "starlight.json"),
    JSON.stringify({ machine, runs, starlight: STARLIGHT, astro: ASTRO, installMs, buildMs, queries: starlight }, null, 1),
  );
  writeFileSync(join(out, "starlight.md"), markdown);
  console.log(markdown);
  console.log(`Written to ${relative(process.cwd(), out)}/starlight.md and starlight.json`);
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  console.error(`bench:starlight: ${error.message}`);
  process.exitCode = 1;
} finally {
  server?.stop();
  rmSync(dir, { recursive: true, force: true });
}

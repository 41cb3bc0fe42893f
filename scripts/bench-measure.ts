// What the benchmarks share (scripts/bench.ts, scripts/bench-starlight.ts): the search queries, medians
// and sizes, serving a built site, Chromium, and the requests a page started between two moments.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { chromiumLaunch } from "./chromium.ts";

const root = join(import.meta.dirname, "..");

export const QUERIES = ["fødselsnummer", "breach 72 hours", "Grindr", "national identity number", "§ 12", "art 33", "coercive fine", "camera surveillance"];
export const SITE_QUERIES = [
  ...QUERIES,
  "can my employer check my work phone",
  "fodselsnumer",
  "PVN-2022-3",
  "samtykke",
  "hvor lenge kan vi lagre opplysninger",
];

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const sizes = (buf: Buffer) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length });

/** The project's static server (scripts/serve.ts) on a built site. */
export function serve(dir: string, port: number) {
  const child = spawn(join(root, "node_modules", ".bin", "node"), [join(root, "scripts", "serve.ts"), dir, String(port)], { stdio: "ignore" });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

export function launch() {
  return chromium.launch(chromiumLaunch);
}

export interface Requested {
  path: string;
  gzip: number;
}

/** The requests the page started between two moments of its clock, with their sizes as served: in all, and each (path and gzip bytes, in the order started). */
export async function startedBetween(page: Page, dist: string, from: number, to: number): Promise<{ gzip: number; requests: number; list: Requested[] }> {
  // The page's own requests and its workers' (Pagefind runs in one), each worker's times moved onto the page's clock.
  const timed = () => ({
    origin: performance.timeOrigin,
    entries: performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime })),
  });
  const own = await page.evaluate(timed);
  const workers = await Promise.all(page.workers().map((w) => w.evaluate(timed).catch(() => ({ origin: own.origin, entries: [] }))));
  // The difference of the clocks first: start + origin − own.origin, in that order, rounds at the size of
  // the origins (about 1.8e12 ms), and the page's own first request ended up before `from` half the time.
  const entries = [own, ...workers]
    .flatMap(({ origin, entries }) => entries.map((e) => ({ ...e, start: e.start + (origin - own.origin) })))
    .sort((a, b) => a.start - b.start);
  const list: Requested[] = [];
  for (const e of entries) {
    if (e.start < from || e.start >= to) continue;
    const path = new URL(e.name).pathname;
    let file = join(dist, decodeURIComponent(path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) continue;
    list.push({ path, gzip: sizes(readFileSync(file)).gzip });
  }
  return { gzip: list.reduce((n, r) => n + r.gzip, 0), requests: list.length, list };
}

// The built site as files, for the specs that read dist/ (and the sitemap) rather than drive a page.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const dist = join(import.meta.dirname, "..", "..", "dist");

/** Every HTML file under `dir`, Pagefind's and Astro's asset folders aside. */
export function htmlFiles(dir: string = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === "pagefind" || e.name === "_astro" ? [] : htmlFiles(join(dir, e.name));
    return e.name.endsWith(".html") ? [join(dir, e.name)] : [];
  });
}

/** The site paths the sitemap lists ("/personal-data-act/16/"). */
export function sitemapPaths(): string[] {
  return [...readFileSync(join(dist, "sitemap-0.xml"), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/**
 * Whether axe-every-page.spec.ts already checks `path`: every page of the sitemap is axed there as
 * loaded, in the light and the dark theme. A spec's own axe check is left for states the crawl does
 * not see (a targeted fragment, an opened control, a page outside the sitemap).
 */
export function crawled(path: string): boolean {
  crawledPaths ??= new Set(sitemapPaths());
  return !path.includes("#") && crawledPaths.has(path);
}
let crawledPaths: Set<string> | undefined;

/** One page of each kind in the sitemap: the first of each top-level folder at each depth. */
export function onePageOfEachKind(paths: string[] = sitemapPaths()): string[] {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const parts = path.split("/").filter(Boolean);
    const kind = `${parts[0] ?? ""}/${parts.length}`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}

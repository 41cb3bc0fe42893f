// Builds the Pagefind search index from the finished site, as the last step of `astro build`.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

export default function pagefindIndex(): AstroIntegration {
  return {
    name: "pagefind-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        // One index for both languages, so that Norwegian and English words find pages from the same box.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: fileURLToPath(dir) });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL("pagefind/", dir)) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
        await pagefind.close();
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${added.page_count} pages in ${ms} ms`);
        // The benchmark (scripts/bench.ts) reads how long indexing took.
        if (process.env.PAGEFIND_TIMING_FILE) writeFileSync(process.env.PAGEFIND_TIMING_FILE, JSON.stringify({ ms, pages: added.page_count }));
      },
    },
  };
}

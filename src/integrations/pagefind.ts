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
        let pages: number;
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: fileURLToPath(dir) });
          if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL("pagefind/", dir)) });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
          pages = added.page_count;
        } catch (error) {
          throw new Error(`The search index was not built: ${(error as Error).message}`, { cause: error });
        } finally {
          // Pagefind runs as a child process; it must end even when indexing fails, or the build hangs.
          await pagefind.close();
        }
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${pages} pages in ${ms} ms`);
        // The benchmark (scripts/bench.ts) reads how long indexing took.
        if (process.env.PAGEFIND_TIMING_FILE) writeFileSync(process.env.PAGEFIND_TIMING_FILE, JSON.stringify({ ms, pages }));
      },
    },
  };
}

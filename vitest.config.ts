import { availableParallelism } from "node:os";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * Packages load their production builds, as in the site's build. In its test mode Vitest resolves the
 * "development" export condition, which picks micromark's development builds (assertions and debug
 * logging on every token) for the Markdown parsing that is most of the suite's time. Vite merges
 * condition lists, so the condition is taken out of the resolved configuration.
 */
function productionBuilds(): Plugin {
  const drop = (conditions?: string[]) => conditions?.splice(0, conditions.length, ...conditions.filter((c) => !c.startsWith("development")));
  return {
    name: "production-builds",
    configResolved(config) {
      for (const resolve of [config.resolve, config.ssr.resolve, ...Object.values(config.environments).map((e) => e.resolve)]) {
        drop(resolve?.conditions);
        drop((resolve as { externalConditions?: string[] } | undefined)?.externalConditions);
      }
    },
  };
}

// Plain Vitest, not Astro's getViteConfig: the code under test is src/lib, src/plugins and
// src/schemas, which do not import astro:* modules (the load.ts files that do are not unit-tested).
// One module graph for all files (isolate: false) and at least two workers: the suite imports the
// same content and unified pipelines in every file, and Vitest's default is one worker on 2 cores.
// Two projects: "unit" (tests/unit, in-process, `npm run test:unit`) and "smoke" (tests/smoke, two
// real builds of a small copy of the site, `npm run test:smoke`); `npx vitest run` runs both.
// The transformed test and source modules are kept in node_modules/.experimental-vitest-cache between
// runs (Vitest keys each on the file's content, id and configuration, and drops the cache with the
// dependencies): a run after the first skips transforming TypeScript, about 2 s of CPU of some 22.
// Vitest also keeps each file's last duration (node_modules/.vite/vitest/), to start the longest
// first; without it the largest files go first. A fresh clone has neither: to time one, remove both.
export default defineConfig({
  plugins: [productionBuilds()],
  test: {
    experimental: { fsModuleCache: true },
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A limit for a busy machine, not a timing: a test that reads all the content may take seconds.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // The builds need a site address, as every build does.
      { extends: true, test: { name: "smoke", include: ["tests/smoke/**/*.test.ts"], env: { SITE_URL: process.env.SITE_URL || "http://127.0.0.1:4321" } } },
    ],
  },
});

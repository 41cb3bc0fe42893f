import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Plain Vitest, not Astro's getViteConfig: the code under test is src/lib, src/plugins and
// src/schemas, which do not import astro:* modules (the load.ts files that do are not unit-tested).
// One module graph for all files (isolate: false) and at least two workers: the suite imports the
// same content and unified pipelines in every file, and Vitest's default is one worker on 2 cores.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A limit for a busy machine, not a timing: a test that reads all the content may take seconds.
    testTimeout: 30_000,
    // The builds some tests run need a site address, as every build does.
    env: { SITE_URL: process.env.SITE_URL || "http://127.0.0.1:4321" },
  },
});

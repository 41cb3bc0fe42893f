import { defineConfig } from "@playwright/test";
import { chromiumLaunch } from "./scripts/chromium.ts";

// End-to-end tests drive the built site in Debian's Chromium (Playwright's own browser download
// is not used; CHROMIUM_PATH points elsewhere if needed). Two builds are served:
//   dist/            at /               (npm run build)             every spec but base-path.spec.ts
//   node_modules/.cache/dist-base-path/  at /privacy-law/   (npm run build:base-path)   base-path.spec.ts
// The default port is not astro dev's 4321, so a running dev server is never mistaken for the built
// site. A server already on the port is an error, not reused, unless E2E_REUSE_SERVER=1 says so.
const port = Number(process.env.E2E_PORT ?? 4391);
const basePort = port + 1000;
const reuseExistingServer = process.env.E2E_REUSE_SERVER === "1";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // Two workers everywhere: Playwright's default (half the cores) is one on a 2-core machine.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // One retry on CI for what a loaded 2-core machine can still upset (Playwright reports such tests as flaky); clipboard reads poll (tests/e2e/clipboard.ts).
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  // A limit, not a timing: axe on the longest pages takes seconds, and two workers share the cores.
  timeout: 60_000,
  use: {
    browserName: "chromium",
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: "site", testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: "base-path", testMatch: /base-path\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${basePort}/privacy-law/` } },
  ],
  webServer: [
    { command: `node scripts/serve.ts dist ${port}`, url: `http://127.0.0.1:${port}/`, reuseExistingServer, timeout: 30_000 },
    {
      command: `node scripts/serve.ts node_modules/.cache/dist-base-path ${basePort}`,
      url: `http://127.0.0.1:${basePort}/privacy-law/`,
      env: { BASE_PATH: "/privacy-law/" },
      reuseExistingServer,
      timeout: 30_000,
    },
  ],
});

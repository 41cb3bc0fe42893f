/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  // The builds some tests run need a site address, as every build does.
  test: { include: ["tests/unit/**/*.test.ts"], env: { SITE_URL: process.env.SITE_URL || "http://127.0.0.1:4321" } },
});

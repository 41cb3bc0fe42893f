// Writes dist/_redirects from src/lib/redirects.ts for static hosts that read such a file.
import { writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { redirectsFile } from "../lib/redirects";

export default function redirectsFileIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "redirects-file",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        await writeFile(new URL("_redirects", dir), redirectsFile(base));
      },
    },
  };
}

// Files that static hosts read: _redirects (from src/lib/redirects.ts) and _headers (from
// public/_headers, with its path patterns moved under the base path when there is one).
import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { redirectsFile } from "../lib/redirects";

export function headersUnderBase(headers: string, base: string): string {
  const prefix = base.replace(/\/$/, "");
  return prefix ? headers.replace(/^\/(?=\S)/gm, `${prefix}/`) : headers;
}

export default function staticHostFiles(): AstroIntegration {
  let base = "/";
  return {
    name: "static-host-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        await writeFile(new URL("_redirects", dir), redirectsFile(base));
        const headers = new URL("_headers", dir);
        await writeFile(headers, headersUnderBase(await readFile(headers, "utf8"), base));
      },
    },
  };
}

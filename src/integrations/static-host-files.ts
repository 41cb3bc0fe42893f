// Files that static hosts read: _redirects (from src/lib/redirects.ts) and _headers (from
// public/_headers, with its path patterns moved under the base path when there is one); and a
// redirect page at the capitalised address of every section with a letter in its id (/pda/12A/).
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { caseVariant, redirectPage, redirectsFile } from "../lib/redirects";

export function headersUnderBase(headers: string, base: string): string {
  const prefix = base.replace(/\/$/, "");
  return prefix ? headers.replace(/^\/(?=\S)/gm, `${prefix}/`) : headers;
}

export default function staticHostFiles(): AstroIntegration {
  let base = "/";
  let site: string | undefined;
  return {
    name: "static-host-files",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.replace(/\/?$/, "/");
        site = config.site;
      },
      "astro:build:done": async ({ dir, pages }) => {
        const paths = pages.map((p) => p.pathname);
        await writeFile(new URL("_redirects", dir), redirectsFile(base, paths));
        const headers = new URL("_headers", dir);
        await writeFile(headers, headersUnderBase(await readFile(headers, "utf8"), base));
        for (const path of paths) {
          const upper = caseVariant(path);
          const folder = upper && new URL(upper.replace(/\/?$/, "/"), dir);
          if (!folder || existsSync(folder)) continue;
          const target = `${base}${path.replace(/^\//, "")}`;
          await mkdir(folder, { recursive: true });
          await writeFile(new URL("index.html", folder), redirectPage(target, new URL(target, site).href, `${base}scripts/redirect.js`));
        }
      },
    },
  };
}

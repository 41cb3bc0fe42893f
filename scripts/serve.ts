// Serves the built site (dist/) the way a static host would: files, directory index pages,
// 404.html with status 404, the headers listed in dist/_headers, and an optional base path.
// Usage: node scripts/serve.ts [dir=dist] [port=4321]   (BASE_PATH=/privacy-law/ to mount under a sub-path)
import { existsSync, readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import sirv from "sirv";

const dir = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 4321);
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");
// A missing build is said at once (Playwright's web server would otherwise wait for a page until its timeout).
if (!existsSync(join(dir, "index.html"))) {
  console.error(`No built site in ${dir}: build it first (npm run build:local for dist/, npm run build:base-path for the copy under a base path).`);
  process.exit(1);
}

/** Netlify-style _headers: a path pattern line, then indented "Name: value" lines. */
function readHeaders(file: string): { pattern: RegExp; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const rules = readHeaders(join(dir, "_headers"));
// Read on every miss, so that a rebuilt site is served without restarting.
const notFound = () => (existsSync(join(dir, "404.html")) ? readFileSync(join(dir, "404.html")) : Buffer.from("Not found"));
const applyHeaders = (path: string, res: ServerResponse) => {
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
};
const files = sirv(dir, { dev: true, etag: true, extensions: ["html"] });

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  applyHeaders(url.pathname, res);
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(notFound());
    return;
  }
  req.url = "/" + (req.url ?? "/").slice(base.length);
  files(req, res, () => {
    res.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(notFound());
  });
}).listen(port, "127.0.0.1", () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));

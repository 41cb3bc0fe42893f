// Runs the real build on a small site made from the project, for the smoke tests that prove the
// build runs its checks: the project's config, source, loaders and schemas, every data file of
// content/ and the Act's Markdown (content/statutes/pda/, its translation included), with one page
// that renders the Act in place of src/pages. The
// wiring is the site's own; only the amount of content and the number of pages are cut, which
// takes a build from about 20 s to about 3 s. Asynchronous, so that the worker stays responsive.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";

const root = join(import.meta.dirname, "..", "..");

const made: string[] = [];

const PAGE = `---
import { getCollection, render } from "astro:content";
const entries = [...(await getCollection("statutes")), ...(await getCollection("translations"))];
const sections = await Promise.all(entries.map(async (entry) => (await render(entry)).Content));
---
{sections.map((Content) => <Content />)}
`;

/** Whether a file of the project belongs in the small site: not the pages, no Markdown (.md or .mdx) outside content/statutes/pda. */
function kept(path: string) {
  const part = relative(root, path).split(sep).join("/");
  if (part === "src/pages" || part.startsWith("src/pages/")) return false;
  return !(part.startsWith("content/") && /\.mdx?$/.test(part) && !part.startsWith("content/statutes/pda/"));
}

/** Builds the small site in which `file` is replaced by `edit(its text)` ("" if it is new). */
export function buildWith(file: string, edit: (text: string) => string): Promise<{ status: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-build-"));
  made.push(dir);
  for (const part of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"])
    cpSync(join(root, part), join(dir, part), { recursive: true, filter: kept });
  mkdirSync(join(dir, "src", "pages"));
  writeFileSync(join(dir, "src", "pages", "index.astro"), PAGE);
  // The packages are the project's, linked one by one into a node_modules of the copy's own: the
  // caches a build writes there (Astro's data store in .astro, Vite's in .vite, .cache) stay the
  // copy's, so two builds side by side, or a build of the project, never share one.
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(root, "node_modules")))
    if (!name.startsWith(".")) symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name));
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, edit(existsSync(path) ? readFileSync(path, "utf8") : ""));
  const run = spawn(join(root, "node_modules", ".bin", "astro"), ["build"], {
    cwd: dir,
    env: { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  run.stdout.on("data", (chunk) => (output += chunk));
  run.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    run.on("error", reject);
    run.on("close", (status) => resolve({ status, output }));
  });
}

/** Removes the copies. */
export function cleanUp() {
  made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

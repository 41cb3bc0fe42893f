// Runs the real build on a copy of the project with one file changed or added, for the smoke tests
// that prove the build runs its checks. Asynchronous, so that the worker stays responsive.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { root } from "./act-files";

const made: string[] = [];

/** Builds a copy of the project in which `file` is replaced by `edit(its text)` ("" if it is new). */
export function buildWith(file: string, edit: (text: string) => string): Promise<{ status: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-build-"));
  made.push(dir);
  for (const part of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"])
    cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
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

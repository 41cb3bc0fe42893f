// Runs the real build on a copy of the project with one file changed or added, for tests that
// check what the build rejects and how it says so.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll } from "vitest";
import { root } from "./act-files";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Builds a copy of the project in which `file` is replaced by `edit(its text)` ("" if it is new). */
export function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-build-"));
  made.push(dir);
  for (const part of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"]) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, edit(existsSync(path) ? readFileSync(path, "utf8") : ""));
  const run = spawnSync(join(root, "node_modules", ".bin", "astro"), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Removes the copies now (they are also removed after each test file). */
export function cleanUp() {
  made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

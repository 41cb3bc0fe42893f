// Runs the real `astro build` on a copy of the project with one file changed, for tests that
// prove bad content fails the build. The copy lives in a temporary folder, removed by cleanUp().
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { root } from "./act-files";

const made: string[] = [];

/** Builds a copy of the project in which `file` is replaced by edit(its text). */
export function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-build-"));
  made.push(dir);
  for (const part of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"]) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), "utf8")));
  const run = spawnSync(join(root, "node_modules", ".bin", "astro"), ["build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: "1" },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

export function cleanUp() {
  made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
}

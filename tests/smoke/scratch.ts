// A scratch copy of the project for tests that change it the way a developer would and then run its
// own code in-process: the source (src/) and the content (content/) are copied to a temporary
// folder that links the project's node_modules, files are edited or added there, and the copy's
// modules are imported from it. Nothing is built. The tests chdir into the copy while they run,
// because code that reads "the project" reads the working directory, as in the build.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

export interface Scratch {
  dir: string;
  /** Replaces a file of the copy by `edit(its text)` ("" if it is new). */
  edit(file: string, edit: (text: string) => string): void;
  /** Imports a module of the copy ("src/lib/statute/read.ts"). */
  load<T>(file: string): Promise<T>;
  remove(): void;
}

export function scratchProject(): Scratch {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-scratch-"));
  for (const part of ["src", "content"]) cpSync(join(root, part), join(dir, part), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return {
    dir,
    edit(file, edit) {
      const path = join(dir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit(existsSync(path) ? readFileSync(path, "utf8") : ""));
    },
    load: (file) => import(/* @vite-ignore */ join(dir, file)),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

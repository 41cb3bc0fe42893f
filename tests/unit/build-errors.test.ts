// A malformed content file must fail the real build, naming the file, the field and the value.
// Each case copies the project to a temporary folder, breaks one file and runs `astro build`.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { root } from "./helpers/act-files";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string } {
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

describe("the build rejects bad content", { timeout: 120_000 }, () => {
  test("a section with no title", () => {
    const { status, output } = buildWith("content/act/en/16.mdx", (t) => t.replace(/^title:\n  en: .*\n  nb: .*\n/m, ""));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/act/en/16.mdx");
    expect(output).toMatch(/field "title" \(missing\)/);
  });

  test("a malformed field, with its value", () => {
    const { status, output } = buildWith("content/act/en/5.mdx", (t) => t.replace("chapter: 3", 'chapter: "three"'));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/act/en/5.mdx");
    expect(output).toContain('field "chapter" = "three": expected a chapter number, got "three"');
  });

  test("a chapter that does not exist", () => {
    const { status, output } = buildWith("content/act/en/16.mdx", (t) => t.replace("chapter: 4", "chapter: 12"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/act\/en\/16\.mdx: field "chapter" = 12: no such chapter/);
  });
});

describe("the build rejects a broken decision tree", { timeout: 180_000 }, () => {
  test("an answer that leads to no node: the message names the tree, its file and the node", () => {
    const { status, output } = buildWith("content/trees/dpo-required.yaml", (t) => t.replace('next: required-core-activities\n      - id: "no"', 'next: nowhere\n      - id: "no"'));
    expect(status).not.toBe(0);
    expect(output).toContain('Decision tree "dpo-required" (content/trees/dpo-required.yaml) is broken:');
    expect(output).toContain('node "monitoring": answer "yes" leads to "nowhere", which is not a node');
  });

  test("a tree field with the wrong value", () => {
    const { status, output } = buildWith("content/trees/dpia-required.yaml", (t) => t.replace('tone: "no"', "tone: perhaps"));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/trees/dpia-required.yaml");
    expect(output).toContain('field "nodes.not-required.tone" = "perhaps": expected "yes", "no" or "depends", got "perhaps"');
  });
});

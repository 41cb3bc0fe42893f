// A malformed content file must fail the real build, naming the file, the field and the value.
// Each case copies the project to a temporary folder, breaks one file and runs `astro build`.
import { describe, expect, test } from "vitest";
import { buildWith } from "./helpers/build";

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

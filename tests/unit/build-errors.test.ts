// A malformed content file must fail the real build, naming the file, the field and the value.
// Each case copies the project to a temporary folder, breaks one file and runs `astro build`.
import { afterAll, describe, expect, test } from "vitest";
import { buildWith, cleanUp } from "./helpers/build";

afterAll(cleanUp);

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

  test("a decision with an unknown authority", () => {
    const { status, output } = buildWith("content/decisions/2021-12-13-grindr.mdx", (t) => t.replace("authority: Datatilsynet", "authority: Datatilsynett"));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/decisions/2021-12-13-grindr.mdx");
    expect(output).toContain('field "authority" = "Datatilsynett": unknown authority "Datatilsynett"');
  });

  test("a decision citing a related decision that does not exist", () => {
    const { status, output } = buildWith("content/decisions/2023-08-07-meta.mdx", (t) => t.replace("related: [meta-2023-ban]", "related: [meta-2023-bann]"));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/decisions/2023-08-07-meta.mdx");
    expect(output).toContain('field "related.0" = "meta-2023-bann": no decision with the id "meta-2023-bann"');
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

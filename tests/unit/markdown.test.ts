import { describe, expect, test } from "vitest";
import { renderMarkdown } from "../../src/lib/markdown";
import type { Registry } from "../../src/lib/refs/registry";

const registry: Registry = {
  pda: new Map([["3", { shape: [["a", "b", "c", "d"], [], []] }]]),
  penal: new Map([["267a", { shape: [[], []] }]]),
  gdpr: new Map(),
  decisions: new Map(),
  guides: new Set(),
  trees: new Set(),
  glossary: new Set(["ledd"]),
};
const render = (md: string) => renderMarkdown(md, "content/penal-code/267.mdx, field relation", { registry: () => registry });

describe("Markdown held in frontmatter", () => {
  test("becomes HTML with citation targets resolved", () => {
    const html = render("See [section 3](pda:3(1)(a)) and [§ 267 a](penal:267a(2)); a [ledd](glossary:ledd).\n\n- one\n- two");
    expect(html).toContain('<a href="/personal-data-act/3/#subsection-1-a" data-target="pda:3(1)(a)">section 3</a>');
    expect(html).toContain('href="/penal-code/267a/#subsection-2"');
    expect(html).toContain('href="/glossary/#ledd"');
    expect(html).toContain("<li>two</li>");
  });

  test("a broken target names the source", () => {
    expect(() => render("[x](pda:3(4))")).toThrow("content/penal-code/267.mdx, field relation: broken reference pda:3(4): section 3 has 3 subsection(s)");
  });
});

import { describe, expect, test } from "vitest";
import { renderDocument, renderMarkdown } from "../../src/lib/markdown";
import type { Registry } from "../../src/lib/refs/registry";

const registry: Registry = {
  statutes: new Map([
    ["pda", new Map([["3", { shape: [["a", "b", "c", "d"], [], []] }]])],
    ["penal", new Map([["267a", { shape: [[], []] }]])],
  ]),
  gdpr: new Map(),
  decisions: new Map(),
  guides: new Set(),
  trees: new Set(),
  glossary: new Set(["ledd"]),
};
const render = (md: string) => renderMarkdown(md, "content/statutes/penal/267.mdx, field relation", { registry: () => registry });

describe("Markdown held in frontmatter", () => {
  test("becomes HTML with citation targets resolved", () => {
    const html = render("See [section 3](pda:3(1)(a)) and [§ 267 a](penal:267a(2)); a [ledd](glossary:ledd).\n\n- one\n- two");
    expect(html).toContain('<a href="/personal-data-act/3/#subsection-1-a" data-target="pda:3(1)(a)">section 3</a>');
    expect(html).toContain('href="/penal-code/267a/#subsection-2"');
    expect(html).toContain('href="/glossary/#ledd"');
    expect(html).toContain("<li>two</li>");
  });

  test("a broken target names the source", () => {
    expect(() => render("[x](pda:3(4))")).toThrow("content/statutes/penal/267.mdx, field relation: broken reference pda:3(4): section 3 has 3 subsection(s)");
  });
});

describe("a Markdown page's body (a decision's summary)", () => {
  const file = "/project/content/decisions/2021-01-01-example.md";
  const body = "## Facts\n\nThe controller did not follow section 3 first subsection (a).\n\n## Why it matters\n\nSee [section 3](pda:3) again.";

  test("is HTML as Astro renders Markdown, headings with ids, and its references linked and reported", () => {
    const { html, references } = renderDocument(body, file, {}, registry);
    expect(html).toContain('<h2 id="facts">Facts</h2>');
    expect(html).toContain('<h2 id="why-it-matters">Why it matters</h2>');
    expect(html).toMatch(/<a href="\/personal-data-act\/3\/#subsection-1-a"[^>]* id="cite-pda-3-1-a"[^>]*>section 3 first subsection \(a\)<\/a>/);
    expect(html).toContain('href="/personal-data-act/3/" data-target="pda:3"');
    expect(references.map((r) => [r.words, r.explicit ?? false])).toEqual([
      ["section 3 first subsection (a)", false],
      ["section 3", true],
    ]);
  });

  test("heading ids as Astro gives a Markdown page's: words in lower case, punctuation dropped, a repeat numbered", () => {
    const { html } = renderDocument("## Facts\n\n## Facts\n\n### Art. 6(1)(f) — «Ærlig» & co_op\n\n## Facts-1\n\n## *Why* it `matters`", file, {}, registry);
    expect([...html.matchAll(/<h\d id="([^"]*)"/g)].map((m) => m[1])).toEqual(["facts", "facts-1", "art-61f--ærlig--co_op", "facts-1-1", "why-it-matters"]);
  });

  test("gives its lead, the first paragraph as plain text, from the same parse", () => {
    expect(renderDocument(body, file, {}, registry).lead).toBe("The controller did not follow section 3 first subsection (a).");
    expect(renderDocument("## Facts\n\n## Holding", "/project/content/decisions/empty.md", {}, registry).lead).toBe("");
  });

  test("is rendered once per process: the page and the Cited by index get the same result", () => {
    const first = renderDocument(body, file, {}, registry);
    expect(renderDocument(`\n${body}\n`, file, {}, registry)).toBe(first);
    expect(renderDocument(body, "/project/content/decisions/other.md", {}, registry)).not.toBe(first);
    expect(renderDocument(body, file, {}, { ...registry })).not.toBe(first);
  });

  test("a broken target names the file", () => {
    expect(() => renderDocument("[x](pda:3(4))", file, {}, registry)).toThrow(`${file}: broken reference pda:3(4)`);
  });
});

// Statute Markdown to HTML by subsection (lib/statute/render.ts): the shape every instrument's
// pages, previews, Cited by and data are built from.
import { describe, expect, test } from "vitest";
import { renderStatute } from "../../src/lib/statute/render";

const SECTION = `Første ledd gjelder for:

- a. den ene[^1]
- b. den andre

Andre ledd har ingen bokstaver.

– – –

[^1]: En fotnote.
`;

describe("renderStatute", () => {
  const r = renderStatute(SECTION, { lang: "nb", source: "content/test/1.mdx" });

  test("one entry per ledd, with its number, anchor, plain text and lettered items", () => {
    expect(r.subsections.map((s) => [s.number, s.id, s.text])).toEqual([
      [1, "subsection-1", "Første ledd gjelder for:"],
      [2, "subsection-2", "Andre ledd har ingen bokstaver."],
    ]);
    expect(r.subsections[0].items.map((i) => [i.letter, i.id, i.text])).toEqual([
      ["a", "subsection-1-a", "den ene"],
      ["b", "subsection-1-b", "den andre"],
    ]);
    expect(r.subsections[1].items).toEqual([]);
  });

  test("the HTML carries the anchors and a Norwegian link to each place; an omission mark follows its ledd", () => {
    expect(r.html).toContain('id="subsection-1-a"');
    expect(r.html).toContain("Lenke til første ledd bokstav a");
    expect(r.subsections[1].afterHtml).toContain("– – –");
    expect(r.html.indexOf("– – –")).toBeGreaterThan(r.html.indexOf("Andre ledd"));
  });

  test("footnotes are kept apart, labelled in the text's language, and left out of the plain text", () => {
    expect(r.footnotesHtml).toContain("En fotnote.");
    expect(r.footnotesHtml).toContain("Fotnoter");
    expect(r.subsections[0].items[0].text).toBe("den ene");
    expect(renderStatute("Text[^1].\n\n[^1]: Note.\n", { lang: "en", source: "x" }).footnotesHtml).toContain("Footnotes");
  });

  test("a prefix makes every id unique on a page with many sections", () => {
    const p = renderStatute(SECTION, { lang: "nb", prefix: "section-6-" });
    expect(p.subsections.map((s) => s.id)).toEqual(["section-6-subsection-1", "section-6-subsection-2"]);
    expect(p.html).toContain('id="section-6-subsection-1-b"');
    expect(p.html).toContain('id="section-6-nb-footnote-label"');
  });

  test("without marks the ids are reported but not written", () => {
    const plain = renderStatute(SECTION, { lang: "nb", mark: false });
    expect(plain.subsections[0].items[1].id).toBe("subsection-1-b");
    expect(plain.html).not.toContain('id="subsection-1-b"');
  });

  test("a second copy of a text on the page gets footnote ids of its own, its other ids left to the page", () => {
    const copy = renderStatute(SECTION, { lang: "nb", mark: false, footnotePrefix: "rail-" });
    expect(copy.html).toContain('href="#rail-nb-fn-1"');
    expect(copy.html).toContain('id="rail-nb-fn-1"');
    expect(copy.html).toContain('id="rail-nb-footnote-label"');
    expect(copy.html).not.toMatch(/id="nb-fn/);
    expect(copy.subsections[0].items[1].id).toBe("subsection-1-b");
  });

  test("text before the first ledd fails naming the file", () => {
    expect(() => renderStatute("# A heading\n\nA ledd.\n", { lang: "nb", source: "content/test/2.mdx" })).toThrow(/^content\/test\/2\.mdx: /);
  });
});

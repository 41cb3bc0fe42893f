// The reference-linking engine (lib/refs/link.ts) on small HTML fragments against a small registry:
// links to the exact place, never inside a link, code or a heading, same-page anchors, ids for "Cited
// by", accessible names, the sentence around each reference, and the error for a place that does not exist.
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";
import { describe, expect, test } from "vitest";
import { contextFromFile, type DocumentContext, linkReferences } from "../../src/lib/refs/link";
import type { Registry } from "../../src/lib/refs/registry";
import { root } from "./helpers/act-files";

/** The Act's sections 6, 7, 9 and 16 (16 with letters a–c in its first subsection), GDPR Articles 6 and 89. */
const reg: Registry = {
  statutes: new Map([
    [
      "pda",
      new Map([
        ["6", { shape: [[]] }],
        ["7", { shape: [[]] }],
        ["9", { shape: [[], []] }],
        ["16", { shape: [["a", "b", "c"], []] }],
      ]),
    ],
  ]),
  gdpr: new Map([
    [
      6,
      new Map([
        [1, ["a", "f"]],
        [2, []],
      ]),
    ],
    [89, new Map([[1, []]])],
  ]),
  decisions: new Map([["grindr-2021", "2021-12-13-grindr"]]),
  guides: new Set(),
  trees: new Set(),
  glossary: new Set(),
};

/** Links the references in an HTML fragment; the fragment as linked and what was found. */
function link(html: string, context: DocumentContext = {}, options: { ids?: boolean; prefix?: string; source?: string } = {}) {
  const tree = fromHtml(html, { fragment: true });
  const refs = linkReferences(tree, context, { registry: reg, ...options });
  return { html: toHtml(tree), refs };
}

describe("linking references in a tree", () => {
  test("a reference becomes a link to the exact place, with its target, and is returned with its words and sentence", () => {
    const { html, refs } = link("<p>First. It applies under section 9 second subsection, cf. Article 89 (1). Last.</p>");
    expect(html).toBe(
      '<p>First. It applies under <a href="/personal-data-act/9/#subsection-2" data-ref="pda:9(2)">section 9 second subsection</a>, cf. <a href="/gdpr/article-89/#paragraph-1" data-ref="gdpr:89(1)">Article 89 (1)</a>. Last.</p>',
    );
    expect(refs.map((r) => [r.words, r.excerpt.text])).toEqual([
      ["section 9 second subsection", "It applies under section 9 second subsection, cf. Article 89 (1)."],
      ["Article 89 (1)", "It applies under section 9 second subsection, cf. Article 89 (1)."],
    ]);
    const { excerpt } = refs[1];
    expect(excerpt.text.slice(excerpt.start, excerpt.end)).toBe("Article 89 (1)");
  });

  test("never inside a link, code, a heading or an element that asks for none; a link written with a target is counted", () => {
    const { html, refs } = link(
      '<h2>Section 9</h2><p><a href="https://example.org">section 9</a> <code>section 9</code> <span data-no-refs="">section 9</span> <a href="pda:16">the consent rule</a></p>',
    );
    expect(html).not.toContain('href="/personal-data-act/9/"');
    expect(refs).toEqual([
      expect.objectContaining({ ref: expect.objectContaining({ kind: "pda", section: "16" }), words: "the consent rule", explicit: true }),
    ]);
    expect(html).toContain('<a href="pda:16" data-ref="pda:16">the consent rule</a>');
  });

  test("the first link to each place gets an id for Cited by, when ids are asked for", () => {
    const { html } = link("<p>section 6, section 6 again, and section 7</p>", {}, { ids: true });
    expect(html.match(/ id="[^"]+"/g)).toHaveLength(2);
    expect(link("<p>section 6</p>").html).not.toContain(" id=");
  });

  test("in a section's own text, its subsections are anchors on the same page, with the page's prefix", () => {
    const ctx: DocumentContext = { statute: "pda", section: "16" };
    expect(link("<p>the first subsection (c)</p>", ctx).html).toContain('href="#subsection-1-c"');
    expect(link("<p>the first subsection (c)</p>", ctx, { prefix: "section-16-" }).html).toContain('href="#section-16-subsection-1-c"');
    // Another section's subsection is a link to its page.
    expect(link("<p>section 9 second subsection</p>", ctx).html).toContain('href="/personal-data-act/9/#subsection-2"');
    // In an article's text, its paragraphs are anchors on the same page.
    expect(link("<p>referred to in paragraph 2</p>", { statute: null, article: 6 }).html).toContain('href="#paragraph-2"');
  });

  test("Norwegian text links to the Norwegian pages", () => {
    expect(link("<p>etter § 9 annet ledd</p>", { lang: "nb" }).html).toContain('href="/personopplysningsloven/9/#subsection-2"');
  });

  test("words that are only a number get an accessible name that contains them; a keyword needs none", () => {
    const { html } = link("<p>sections 6 and 7</p>");
    expect(html).toContain('<a href="/personal-data-act/6/" data-ref="pda:6">sections 6</a>');
    expect(html).toMatch(/<a href="\/personal-data-act\/7\/" aria-label="[^"]*7[^"]*" data-ref="pda:7">7<\/a>/);
  });

  test("the reference knows the element it sits in", () => {
    const { refs } = link('<ol><li id="subsection-1">as section 6 says</li></ol><p>and section 7</p>');
    expect(refs.map((r) => r.place)).toEqual(["subsection-1", undefined]);
  });

  test("a reference to a place that does not exist fails, naming the source and the words", () => {
    expect(() => link("<p>under section 12 of this Act</p>", {}, { source: "content/guides/x.mdx" })).toThrow(
      /^content\/guides\/x\.mdx: the reference "section 12" points nowhere: pda:12: no such section/,
    );
    expect(() => link("<p>Article 6 (3)</p>")).toThrow(/"Article 6 \(3\)" points nowhere: gdpr:6\(3\): Article 6 has no paragraph 3/);
  });
});

describe("the context of a content file", () => {
  test("the context comes from where the file lies", () => {
    expect(contextFromFile(`${root}/content/statutes/penal/267a.mdx`)).toEqual({ lang: "nb", statute: "penal", section: "267a" });
    expect(contextFromFile(`${root}/content/statutes/pda/16.mdx`)).toEqual({ lang: "nb", statute: "pda", section: "16" });
    expect(contextFromFile(`${root}/content/statutes/pda/en/16.mdx`)).toEqual({ lang: "en", statute: "pda", section: "16" });
    expect(contextFromFile(`${root}/content/statutes/arbeidsmiljoloven/9-1.mdx`)).toEqual({ lang: "nb", statute: "arbeidsmiljoloven", section: "9-1" });
    expect(contextFromFile(`${root}/content/guides/dpia.mdx`, { lang: "nb" })).toEqual({ lang: "nb", statute: "pda" });
  });

  test("a folder that is no instrument, or no file at all, cites the Act in English", () => {
    expect(contextFromFile(`${root}/content/statutes/nolaw/5.mdx`)).toEqual({ lang: "en", statute: "pda" });
    expect(contextFromFile(undefined)).toEqual({ lang: "en", statute: "pda" });
    expect(contextFromFile("C:\\site\\content\\statutes\\pda\\en\\16.md")).toEqual({ lang: "en", statute: "pda", section: "16" });
  });
});

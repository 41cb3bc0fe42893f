import type { Root } from "hast";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import { readRegistry } from "../../src/lib/refs/registry";
import { renderStatute } from "../../src/lib/statute/render";
import rehypeCrossReferences, { type CrossReferenceOptions, type LinkedReference } from "../../src/plugins/rehype-cross-references";
import rehypeTargetLinks from "../../src/plugins/rehype-target-links";
import { root } from "./helpers/act-files";

const reg = readRegistry(root);
const registry = () => reg;

/** Markdown → HTML with the plugin, as the site's Markdown pipeline runs it; also returns what it found. */
function render(md: string, path = `${root}/content/guides/example.mdx`, options: CrossReferenceOptions = {}) {
  const file = new VFile({ value: md, path });
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeTargetLinks, { registry })
    .use(rehypeCrossReferences, { registry, ...options })
    .use(rehypeStringify);
  const html = String(processor.processSync(file));
  return { html, refs: file.data.references as LinkedReference[] };
}

describe("links in Markdown content", () => {
  test("a reference becomes a link to the exact place, with its target and an id for Cited by", () => {
    const { html } = render("The authority relied on section 9 second subsection.");
    expect(html).toContain('<a href="/personal-data-act/9/#subsection-2" data-ref="pda:9(2)" id="cite-pda-9-2">section 9 second subsection</a>');
  });

  test("a bare section number the Act lacks but the Penal Code has is the Penal Code; an unknown one still fails", () => {
    expect(render("Section 205 does not require a participant to announce a recording.").html).toContain('<a href="/penal-code/205/" data-ref="penal:205"');
    expect(render("Section 12 applies.").html).toContain('href="/personal-data-act/12/"');
    expect(() => render("Section 35 applies.")).toThrow(/the reference "Section 35" points nowhere/);
  });

  test("only the first link to a target gets the id", () => {
    const { html } = render("See Article 33 (1). Article 33 (1) again, and Article 33 (2).");
    expect(html.match(/id="cite-gdpr-33-1"/g)).toHaveLength(1);
    expect(html).toContain('id="cite-gdpr-33-2"');
  });

  test("never inside an existing link, in code or in a heading", () => {
    const { html, refs } = render("# Section 12 explained\n\n[read section 12 on Lovdata](https://lovdata.no/lov/2018-06-15-38/§12) and `section 12`.");
    expect(html).not.toContain("/personal-data-act/12/");
    expect(html).toContain('<a href="https://lovdata.no/lov/2018-06-15-38/%C2%A712">read section 12 on Lovdata</a>');
    expect(refs).toEqual([]);
  });

  test("links written with a target are counted, get the id and the preview attribute, and are not linked again", () => {
    const { html, refs } = render("Read [the national identity number rule in section 12](pda:12) first.");
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="/personal-data-act/12/"');
    expect(html).toContain('data-ref="pda:12"');
    expect(html).toContain('id="cite-pda-12"');
    expect(refs.map((r) => [r.explicit, r.words])).toEqual([[true, "the national identity number rule in section 12"]]);
  });

  test("references to other Acts stay plain text", () => {
    const { html } = render("Under section 13 ff. of the Public Administration Act and forvaltningsloven § 13 flg., and offentleglova §§ 20 eller 21.");
    expect(html).not.toContain("<a ");
  });

  test("a reference to a place that does not exist fails, naming the file and the words", () => {
    expect(() => render("The summary cites section 35.", `${root}/content/decisions/2024-01-01-example.mdx`)).toThrow(
      'content/decisions/2024-01-01-example.mdx: the reference "section 35" points nowhere: pda:35: no such section',
    );
    expect(() => render("Article 33 (6) of the GDPR.")).toThrow('"Article 33 (6)" points nowhere: gdpr:33(6): Article 33 has no paragraph 6');
    expect(() => render("section 16 first subsection (g)")).toThrow("no letter g");
    expect(() => render("Article 4(27)")).toThrow("Article 4 has no point (27)");
  });

  test("words that are only a number or a letter get a full accessible name that contains them", () => {
    const { html } = render("Articles 13, 14 and 15 of the GDPR");
    expect(html).toContain('<a href="/gdpr/article-14/" aria-label="GDPR Article 14" data-ref="gdpr:14" id="cite-gdpr-14">14</a>');
    expect(html).not.toMatch(/aria-label="[^"]*"[^>]*>Articles 13/);
  });

  test("the sentence around each reference is kept for Cited by", () => {
    const { refs } = render("Some text first. The obligation applies under section 9 second subsection, cf. Article 89 (1). Other text.");
    expect(refs[0].excerpt.text).toBe("The obligation applies under section 9 second subsection, cf. Article 89 (1).");
    expect(refs[0].excerpt.text.slice(refs[0].excerpt.start, refs[0].excerpt.end)).toBe("section 9 second subsection");
  });

  test("Chapter VI of the GDPR and chapter 6 of the Act go to the two contents pages", () => {
    const { html } = render("Chapter VI of the GDPR and Chapter 6 of the Personal Data Act");
    expect(html).toContain('<a href="/gdpr/#chapter-vi">Chapter VI</a>');
    expect(html).toContain('<a href="/personal-data-act/#chapter-6">Chapter 6</a>');
  });
});

describe("links in statute text", () => {
  const statute = (md: string, lang: "en" | "nb", section: string, prefix = "") =>
    renderStatute(md, {
      lang,
      prefix,
      source: `content/statutes/pda/${lang === "en" ? "en/" : ""}${section}.mdx`,
      rehypePlugins: [[rehypeCrossReferences, { registry, context: { lang, statute: "pda", section }, prefix }]],
    }).html;

  test("same-section references point to anchors on the same page", () => {
    const html = statute("Text.\n\nInformation as mentioned in the first subsection a, b and d.", "en", "16");
    expect(html).toContain('<a href="#subsection-1-a" data-ref="pda:16(1)(a)">first subsection a</a>');
    expect(html).toContain('<a href="#subsection-1-b" aria-label="Personal Data Act section 16 first subsection (b)" data-ref="pda:16(1)(b)">b</a>');
    expect(html).toContain('href="#subsection-1-d"');
  });

  test("on pages holding many sections, same-section anchors carry the prefix", () => {
    expect(statute("Text.\n\nThe first subsection c.", "en", "16", "section-16-")).toContain('href="#section-16-subsection-1-c"');
  });

  test("Norwegian text links to the Norwegian pages", () => {
    const html = statute("Rådføringsplikten etter § 9 annet ledd gjelder tilsvarende.", "nb", "10");
    expect(html).toContain('<a href="/personopplysningsloven/9/#subsection-2" data-ref="pda:9(2)">§ 9 annet ledd</a>');
  });

  test("statute text gets no ids on its links (its places are the subsections)", () => {
    expect(statute("Pursuant to section 9 second subsection.", "en", "10")).not.toContain("cite-");
  });

  test("the reference knows the subsection or item it sits in", () => {
    let refs: LinkedReference[] = [];
    renderStatute("Intro\n\n- a. one\n- b. section 8 of this Act, if so.", {
      lang: "en",
      rehypePlugins: [
        [rehypeCrossReferences, { registry, context: { statute: "pda", section: "11" } }],
        () => (_: Root, f: VFile) => void (refs = f.data.references as LinkedReference[]),
      ],
    });
    expect(refs.map((r) => [r.words, r.place])).toEqual([["section 8", "subsection-1-b"]]);
  });
});

// How long the pass takes as texts grow is measured by tests/bench/recognise.bench.ts (npm run bench).
test("a long text of near-misses links nothing and keeps every word", () => {
  const chunk = "section section § first subsection Article (a) and (b) of the Regulation, artikkel nr. bokstav kapittel points of paragraph ";
  const { html, refs } = render(chunk.repeat(200));
  expect(refs).toEqual([]);
  expect(html).toBe(`<p>${chunk.repeat(200).trim()}</p>`);
});

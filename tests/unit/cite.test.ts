import { describe, expect, it } from "vitest";
import { copies, markdownLink } from "../../src/lib/cite";

describe("copies", () => {
  const base = {
    citation: "Personal Data Act section 16 first subsection (c)",
    other: "personopplysningsloven § 16 første ledd bokstav c",
    url: "https://example.org/personal-data-act/16/#subsection-1-c",
  };
  it("gives a titled link as HTML and the bare URL or citation as plain text", () => {
    const c = copies({ ...base, lang: "en" });
    expect(c.link).toEqual({ plain: base.url, html: `<a href="${base.url}">${base.citation}</a>` });
    expect(c.citation.plain).toBe(base.citation);
    expect(c.other).toEqual({ plain: base.other, html: `<a href="${base.url}">${base.other}</a>` });
    expect(c.markdown.plain).toBe(`[${base.citation}](${base.url})`);
  });
  it("quotes the words with the citation, URL and date, in the page's quotation marks", () => {
    const en = copies({ ...base, lang: "en", quote: " c.  it must be\n considered ", asOf: "text as of 1 January 2022" });
    expect(en.quote.plain).toBe(`“c. it must be considered”\n${base.citation}, ${base.url} (text as of 1 January 2022)`);
    expect(en.quote.html).toBe(
      `<blockquote><p>c. it must be considered</p></blockquote><p><a href="${base.url}">${base.citation}</a> (text as of 1 January 2022)</p>`,
    );
    const nb = copies({ ...base, citation: base.other, other: base.citation, lang: "nb", quote: "c. det må" });
    expect(nb.quote.plain).toBe(`«c. det må»\n${base.other}, ${base.url}`);
  });
  it("escapes HTML and Markdown", () => {
    const c = copies({ citation: "A [b] <c> & d", other: "x", url: "https://e.org/a (b)/?q=1&r=2", lang: "en", quote: "<script>" });
    expect(c.link.html).toBe('<a href="https://e.org/a (b)/?q=1&amp;r=2">A [b] &lt;c&gt; &amp; d</a>');
    expect(c.quote.html).toContain("<p>&lt;script&gt;</p>");
    expect(c.markdown.plain).toBe("[A \\[b\\] <c> & d](https://e.org/a%20%28b%29/?q=1&r=2)");
    expect(markdownLink("a\\b", "u")).toBe("[a\\\\b](u)");
  });
});

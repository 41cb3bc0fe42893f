import { describe, expect, it } from "vitest";
import { copies, markdownLink, statutePlaces } from "../../src/lib/cite";

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

describe("statutePlaces", () => {
  const subsections = [{ items: [{ letter: "a" }, { letter: "b" }] }, { items: [] }];
  it("names each subsection and item in both languages with its anchor", () => {
    const places = statutePlaces({ statute: "pda", section: "16" }, subsections, "/personal-data-act/16/");
    expect(Object.keys(places)).toEqual(["subsection-1", "subsection-1-a", "subsection-1-b", "subsection-2"]);
    expect(places["subsection-1-b"]).toEqual({
      en: "Personal Data Act section 16 first subsection (b)",
      nb: "personopplysningsloven § 16 første ledd bokstav b",
      href: "/personal-data-act/16/#subsection-1-b",
    });
  });
  it("on pages holding many sections, ids carry the section and the section itself is a place", () => {
    const places = statutePlaces({ statute: "penal-code", section: "266a" }, subsections, "/penal-code/266a/", "section-266a-");
    expect(places["section-266a"]).toEqual({ en: "Penal Code section 266 a", nb: "straffeloven § 266 a", href: "/penal-code/266a/" });
    expect(places["section-266a-subsection-2"].href).toBe("/penal-code/266a/#subsection-2");
  });
});

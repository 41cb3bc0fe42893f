import { describe, expect, test } from "vitest";
import { renderStatute } from "../../src/lib/statute/render";

const render = (md: string, options: Partial<Parameters<typeof renderStatute>[1]> = {}) => renderStatute(md, { lang: "en", source: "test.mdx", ...options });

describe("subsection anchors", () => {
  test("each paragraph is a subsection with its own anchor and permalink", () => {
    const out = render("First.\n\nSecond.\n");
    expect(out.subsections.map((s) => s.id)).toEqual(["subsection-1", "subsection-2"]);
    expect(out.html).toContain(
      '<div class="subsection" id="subsection-1" data-subsection="1"><a class="pin" href="#subsection-1" aria-label="Link to the first subsection"></a><p>First.</p></div>',
    );
  });

  test("lettered items belong to the paragraph before them and keep their letters", () => {
    const out = render("Intro which\n\n- a. one\n- b. two\n\nNext.\n");
    expect(out.subsections).toHaveLength(2);
    expect(out.subsections[0].items.map((i) => [i.letter, i.id, i.text])).toEqual([
      ["a", "subsection-1-a", "one"],
      ["b", "subsection-1-b", "two"],
    ]);
    expect(out.html).toContain(
      '<li id="subsection-1-a" data-letter="a"><a class="pin" href="#subsection-1-a" aria-label="Link to the first subsection (a)"></a><span class="item-label">a.</span> one</li>',
    );
  });

  test("a prefix makes the ids unique on pages with many sections", () => {
    const out = render("Intro\n\n- c. item\n", { prefix: "section-16-" });
    expect(out.subsections[0].items[0].id).toBe("section-16-subsection-1-c");
    expect(out.html).toContain('id="section-16-subsection-1-c"');
    expect(out.html).toContain('href="#section-16-subsection-1-c"');
  });

  test("without marks the structure is reported but no ids are set", () => {
    const out = render("Intro\n\n- a. item\n", { mark: false });
    expect(out.subsections[0].items[0].id).toBe("subsection-1-a");
    expect(out.html).not.toContain("id=");
    expect(out.html).not.toContain('class="pin"');
  });

  test("an omission mark is not a subsection", () => {
    const out = render("From the date:\n\n– – –\n");
    expect(out.subsections).toHaveLength(1);
    expect(out.subsections[0].afterHtml).toBe('<p class="elision">– – –</p>');
  });

  test("a footnote stays a footnote, with ids unique per language and prefix", () => {
    const out = render("From a date[^1] set.\n\n[^1]: In force from 20 July 2018.\n", { prefix: "section-32-", lang: "nb" });
    expect(out.subsections[0].text).toBe("From a date set.");
    expect(out.footnotesHtml).toContain('id="section-32-nb-fn-1"');
    expect(out.footnotesHtml).toContain('id="section-32-nb-footnote-label"');
    expect(out.footnotesHtml).toContain("In force from 20 July 2018.");
    expect(out.html).not.toContain('"footnote-label"');
  });

  test("Norwegian permalinks are named in Norwegian", () => {
    expect(render("Tekst\n\n- a. x\n", { lang: "nb" }).html).toContain('aria-label="Lenke til første ledd bokstav a"');
  });

  test("malformed statute text fails, naming the file", () => {
    expect(() => render("- a. list first\n")).toThrow(/test\.mdx: a list of lettered items must follow/);
    expect(() => render("Intro\n\n- no letter here\n")).toThrow(/must start with its letter/);
    expect(() => render("Intro\n\n- a. one\n- a. again\n")).toThrow(/letter "a" twice/);
    expect(() => render("## A heading\n")).toThrow(/found <h2>/);
  });
});

// The citation linker (lib/link-citations/link.ts): finding the citations in a text against the index of
// the site's places (here the project's own registry), and writing the text with them linked.
import { describe, expect, it } from "vitest";
import { citationIndex } from "../../src/lib/link-citations/index-data";
import { type Citation, findCitations, linkText } from "../../src/lib/link-citations/link";
import { registry } from "../../src/lib/refs/registry";

const index = citationIndex(registry(), [{ id: "grindr-2021", caseNumber: "20/02136-18", title: "Grindr fined NOK 65 million" }]);
const url = (p: string) => `https://example.org${p}`;

describe("findCitations", () => {
  it("resolves statute, GDPR and case-number citations to the exact place, and lists what it cannot resolve", () => {
    const text = "See popl. § 16 første ledd bokstav c, GDPR Article 6(1)(f), straffeloven § 205 and Datatilsynet 20/02136-18. Also § 99.";
    const found = findCitations(text, index);
    const byText = Object.fromEntries(found.map((c) => [c.text, c]));
    expect(found.map((c) => c.path)).toEqual(
      expect.arrayContaining(["/personal-data-act/16/#subsection-1-c", "/gdpr/article-6/#paragraph-1-f", "/penal-code/205/", "/decisions/2021-12-13-grindr/"]),
    );
    expect(byText["20/02136-18"].target).toBe("decision:grindr-2021");
    const unresolved = found.filter((c) => !c.path);
    expect(unresolved.map((c) => c.target)).toContain("pda:99");
  });
  it("reads a letter written after the subsection without brackets", () => {
    expect(findCitations("popl. § 16 (1) c", index)[0]).toMatchObject({ target: "pda:16(1)(c)", text: "§ 16 (1) c" });
    expect(findCitations("§ 16 (1) a controller", index)[0].target).toBe("pda:16(1)");
  });
  it("finds a case number in any of its forms, and links the number itself", () => {
    const printed = citationIndex(registry(), [
      { id: "grindr-2021", authority: "Datatilsynet", caseNumber: "Datatilsynet 20/02136-18 (note)", title: "Grindr" },
      { id: "avfallsservice-hr-2013", authority: "Høyesterett", caseNumber: "HR-2013-00234-A (sak nr. 2012/1334); Rt-2013-143", title: "Avfallsservice" },
    ]);
    expect(findCitations("see 20/02136-18", printed)[0]).toMatchObject({ target: "decision:grindr-2021", path: "/decisions/2021-12-13-grindr/" });
    expect(findCitations("Datatilsynet 20/02136-18", printed)[0].text).toBe("20/02136-18");
    expect(findCitations("the case 20/2136", printed)[0].target).toBe("decision:grindr-2021");
    const court = findCitations("As held in Rt. 2013 s. 143 and HR-2013-234-A.", printed);
    expect(court.map((c) => [c.text, c.target])).toEqual([
      ["Rt. 2013 s. 143", "decision:avfallsservice-hr-2013"],
      ["HR-2013-234-A", "decision:avfallsservice-hr-2013"],
    ]);
    expect(findCitations("see 20/02136-18/19 and 12/2021", printed)).toEqual([]);
  });
  it("reads citation targets written out", () => {
    expect(findCitations("pda:12a(1)", index)[0]).toMatchObject({ path: "/personal-data-act/12a/#subsection-1" });
  });
});

describe("linkText", () => {
  const text = "Under GDPR Article 33 & popl. § 16:";
  const found = findCitations(text, index);
  it("writes Markdown, HTML, Confluence wiki markup or a list", () => {
    expect(found.length).toBe(2);
    // The recogniser links the words that name the place ("Article 33", "§ 16"), as on the site.
    expect(linkText(text, found, "markdown", url)).toBe(
      "Under GDPR [Article 33](https://example.org/gdpr/article-33/) & popl. [§ 16](https://example.org/personal-data-act/16/):",
    );
    expect(linkText(text, found, "html", url)).toBe(
      'Under GDPR <a href="https://example.org/gdpr/article-33/">Article 33</a> &amp; popl. <a href="https://example.org/personal-data-act/16/">§ 16</a>:',
    );
    expect(linkText(text, found, "confluence", url)).toBe(
      "Under GDPR [Article 33|https://example.org/gdpr/article-33/] & popl. [§ 16|https://example.org/personal-data-act/16/]:",
    );
    expect(linkText(text, found, "list", url).split("\n")).toHaveLength(2);
  });
});

describe("linkText at its edges", () => {
  const at = (text: string, words: string, over: Partial<Citation> = {}): Citation => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, text: words, target: "pda:1", path: "/personal-data-act/1/", label: "Personal Data Act section 1", ...over };
  };

  it("leaves unresolved citations as they are written, and lists each place once", () => {
    const text = "§ 1, § 1 again and § 99";
    const cites = [
      at(text, "§ 1"),
      { ...at(text, "§ 1 again"), end: 8, text: "§ 1" },
      at(text, "§ 99", { target: "pda:99", path: undefined, label: undefined }),
    ];
    expect(linkText(text, cites, "markdown", url)).toBe(
      "[§ 1](https://example.org/personal-data-act/1/), [§ 1](https://example.org/personal-data-act/1/) again and § 99",
    );
    expect(linkText(text, cites, "list", url)).toBe("Personal Data Act section 1 – https://example.org/personal-data-act/1/");
    expect(linkText(text, [], "list", url)).toBe("");
  });

  const odd = (p: string) => `https://example.org${p}`;

  it("keeps each format's own syntax intact: brackets, parentheses and spaces in Markdown, bars in Confluence, markup and line breaks in HTML", () => {
    const text = "see [§ 1] <now>\nnext";
    const c = [at(text, "[§ 1]", { path: "/a (b)/" })];
    // An unbalanced parenthesis would end the address early; a no-break space is encoded as UTF-8.
    expect(linkText("§ 1", [at("§ 1", "§ 1", { path: "/a)b\u00a0c/" })], "markdown", odd)).toBe("[§ 1](https://example.org/a%29b%C2%A0c/)");
    expect(linkText(text, c, "markdown", odd)).toBe("see [\\[§ 1\\]](https://example.org/a%20%28b%29/) <now>\nnext");
    expect(linkText(text, [{ ...c[0], text: "[§|1]" }], "confluence", odd)).toBe("see [§1|https://example.org/a (b)/] <now>\nnext");
    expect(linkText(text, c, "html", odd)).toBe('see <a href="https://example.org/a (b)/">[§ 1]</a> &lt;now&gt;<br>\nnext');
  });
});

describe("findCitations at its edges", () => {
  it("skips chapters, a case number inside a longer number, and finds nothing in a text without citations", () => {
    expect(findCitations("Chapter VI of the GDPR", index)).toEqual([]);
    expect(findCitations("ref 120/02136-18", index)).toEqual([]);
    expect(findCitations("", index)).toEqual([]);
    expect(findCitations("nothing to see here", index)).toEqual([]);
  });

  it("a target written out that the site does not hold, or that is not a target, is not linked", () => {
    expect(findCitations("pda:999 and foo:bar", index)).toEqual([]);
  });

  it("where a written-out target and a recognised reference overlap, the longer is kept once", () => {
    const found = findCitations("gdpr:6(1)(f)", index);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: 12, target: "gdpr:6(1)(f)" });
  });
});

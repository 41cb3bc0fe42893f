import { describe, expect, it } from "vitest";
import { markdownText, starlightPages, type ActData } from "../../scripts/starlight-pages.ts";

const act: ActData = {
  sections: [
    { id: "1", label: "1", title: { en: "Incorporation" }, subsections: [{ text: { en: "The Regulation applies as law." }, items: [] }] },
    {
      id: "12a",
      label: "12 a",
      title: { en: 'Disclosure "to prevent" crime' },
      subsections: [
        {
          text: { en: "Personal data may be disclosed when" },
          items: [
            { letter: "a", text: { en: "it is necessary" } },
            { letter: "b", text: { en: "it is <lawful>" } },
          ],
        },
        { text: { en: "2. The King may issue *regulations*." }, items: [] },
      ],
    },
  ],
};

describe("starlightPages", () => {
  it("makes one page a section, in the Act's order, named after the section", () => {
    const pages = starlightPages(act);
    expect(pages.map((p) => p.file)).toEqual(["section-1.md", "section-12a.md"]);
    expect(pages[0].text).toBe(
      ["---", 'title: "Section 1 Incorporation"', "sidebar:", "  order: 1", "---", "", "The Regulation applies as law.", ""].join("\n"),
    );
  });

  it("writes subsections as paragraphs and items as a list, with the title quoted for YAML", () => {
    const { text } = starlightPages(act)[1];
    expect(text).toContain('title: "Section 12 a Disclosure \\"to prevent\\" crime"');
    expect(text).toContain("  order: 2");
    expect(text).toContain(
      "Personal data may be disclosed when\n\n- a. it is necessary\n- b. it is \\<lawful\\>\n\n2\\. The King may issue \\*regulations\\*.",
    );
  });

  it("fails naming the section and field when a section has no English title", () => {
    const bad: ActData = { sections: [{ ...act.sections[0], id: "7", title: { en: null } }] };
    expect(() => starlightPages(bad)).toThrow("act.json: section 7 has no English title (field `title.en`: null)");
    expect(() => starlightPages({ sections: [] })).toThrow("no sections");
  });
});

describe("markdownText", () => {
  it("escapes what Markdown would read as markup, and leaves other text alone", () => {
    expect(markdownText("a [link](x) & <b>_c_</b>")).toBe("a \\[link\\](x) \\& \\<b\\>\\_c\\_\\</b\\>");
    expect(markdownText("- not a list")).toBe("\\- not a list");
    expect(markdownText("3) not a list")).toBe("3\\) not a list");
    expect(markdownText("Annex XI no. 5e, 2016/679.")).toBe("Annex XI no. 5e, 2016/679.");
  });
});

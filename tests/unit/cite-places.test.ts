// lib/cite-places.ts: the places a reader can cite on the statute, GDPR and recital pages (a decision's citation is lib/decisions/cite.ts),
// each with its words in both languages and its address.
import { describe, expect, it, test } from "vitest";
import { gdprArticleCite, recitalCite, statutePlaces, statuteSectionCite } from "../../src/lib/cite-places";
import { parseTarget, targetPath } from "../../src/lib/refs/targets";
import { builtAct, builtStatutes } from "./helpers/built";

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

describe("statuteSectionCite: a section of the real content and the places its text has", () => {
  const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const section16 = builtAct().sections.find((s) => s.id === "16")!;

  test("the Act's section in English: on its English page, every place an anchor of the English text", () => {
    const { whole, places } = statuteSectionCite(section16, false, "en");
    expect(whole).toEqual({ en: "Personal Data Act section 16", nb: "personopplysningsloven § 16", href: "/personal-data-act/16/" });
    expect(places["subsection-1-c"].href).toBe("/personal-data-act/16/#subsection-1-c");
    const anchors = ids(section16.en!.text.html);
    for (const id of Object.keys(places)) expect(anchors, id).toContain(id);
  });

  test("the same section in Norwegian is cited at its Norwegian page", () => {
    const { whole, places } = statuteSectionCite(section16, false, "nb");
    expect(whole.href).toBe("/personopplysningsloven/16/");
    expect(places["subsection-1-c"]).toEqual({
      en: "Personal Data Act section 16 first subsection (c)",
      nb: "personopplysningsloven § 16 første ledd bokstav c",
      href: "/personopplysningsloven/16/#subsection-1-c",
    });
  });

  test("on a page of many sections, the places carry the section's prefix and the section is one", () => {
    const { places } = statuteSectionCite(section16, true, "nb");
    expect(places["section-16"].href).toBe("/personopplysningsloven/16/");
    expect(places["section-16-subsection-1-c"].href).toBe("/personopplysningsloven/16/#subsection-1-c");
    expect(Object.keys(places).every((id) => id.startsWith("section-16"))).toBe(true);
  });

  test("a regulation's section is cited in its own name, with the places of its Norwegian text", () => {
    const camera6 = builtStatutes()
      .find((s) => s.key === "kameraovervakingsforskriften")!
      .sections.find((s) => s.id === "6")!;
    const { whole, places } = statuteSectionCite(camera6);
    expect(whole.nb).toBe("kameraovervåkingsforskriften § 6");
    expect(whole.href).toBe("/kameraovervakingsforskriften/6/");
    expect(Object.keys(places).filter((id) => /^subsection-\d+$/.test(id))).toEqual(camera6.text.subsections.map((_, i) => `subsection-${i + 1}`));
    expect(places["subsection-2"].nb).toBe("kameraovervåkingsforskriften § 6 andre ledd");
  });

  test("a language the instrument is not held in is an error naming the section", () => {
    const camera6 = builtStatutes()
      .find((s) => s.key === "kameraovervakingsforskriften")!
      .sections.find((s) => s.id === "6")!;
    expect(() => statuteSectionCite(camera6, false, "en")).toThrow(/kameraovervakingsforskriften § 6 has no en text/);
  });
});

describe("gdprArticleCite", () => {
  test("the article and each paragraph and point, in both languages, at its anchor", () => {
    const { whole, places } = gdprArticleCite(6, ["paragraph-1", "paragraph-1-f", "paragraph-4"]);
    expect(whole).toEqual({ en: "GDPR Article 6", nb: "personvernforordningen artikkel 6", href: "/gdpr/article-6/" });
    expect(places["paragraph-1-f"]).toEqual({
      en: "GDPR Article 6(1)(f)",
      nb: "personvernforordningen artikkel 6 nr. 1 bokstav f",
      href: "/gdpr/article-6/#paragraph-1-f",
    });
    expect(Object.keys(places)).toEqual(["paragraph-1", "paragraph-1-f", "paragraph-4"]);
  });
  test("Article 4's numbered definitions are cited by their numbers", () => {
    const { places } = gdprArticleCite(4, ["point-11", "point-16-a"]);
    expect(places["point-11"].en).toBe("GDPR Article 4(11)");
    expect(places["point-16-a"]).toEqual({
      en: "GDPR Article 4(16)(a)",
      nb: "personvernforordningen artikkel 4 nr. 16 bokstav a",
      href: "/gdpr/article-4/#point-16-a",
    });
  });
  test("anchors that are not places of the text (headings, footnotes) are not citable", () => {
    expect(gdprArticleCite(9, ["title", "footnote-1", "paragraph-x", "paragraph-2-a-extra"]).places).toEqual({});
  });
});

describe("recitalCite", () => {
  test("a recital of one paragraph is cited whole, with no places of its own", () => {
    expect(recitalCite(26, 1)).toEqual({
      whole: { en: "GDPR recital 26", nb: "personvernforordningen fortalepunkt 26", href: "/gdpr/recital-26/" },
      places: {},
    });
  });

  test("a recital of several paragraphs: each paragraph's anchor cites 'recital 71(2)' in both languages", () => {
    const { whole, places } = recitalCite(71, 2);
    expect(whole.en).toBe("GDPR recital 71");
    expect(Object.keys(places)).toEqual(["paragraph-1", "paragraph-2"]);
    expect(places["paragraph-2"]).toEqual({
      en: "GDPR recital 71(2)",
      nb: "personvernforordningen fortalepunkt 71 avsnitt 2",
      href: "/gdpr/recital-71/#paragraph-2",
    });
  });

  test("the places are where the citation target gdpr-recital:N(p) leads", () => {
    const { places } = recitalCite(47, 3);
    for (const [id, place] of Object.entries(places)) {
      const p = id.replace("paragraph-", "");
      expect(place.href).toBe(targetPath(parseTarget(`gdpr-recital:47(${p})`)));
      expect(place.href.endsWith(`#${id}`)).toBe(true);
    }
  });
});

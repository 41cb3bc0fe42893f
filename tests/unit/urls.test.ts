// Site URLs (src/lib/urls.ts). The unit tests run at the base "/"; the build under a base path is
// checked end to end by tests/e2e/base-path.spec.ts.
import { describe, expect, test } from "vitest";
import { statuteContentsPath, statuteSectionPath } from "../../src/lib/refs/targets";
import { instrument, lovdataSection } from "../../src/lib/statute/instruments";
import { lovdata, paths, stripBase, url } from "../../src/lib/urls";

describe("url() and stripBase()", () => {
  test("a site path keeps one leading slash, with or without it written", () => {
    expect(url("/personal-data-act/")).toBe("/personal-data-act/");
    expect(url("search/citations.json")).toBe("/search/citations.json");
    expect(url("/")).toBe("/");
  });

  test("stripBase undoes url()", () => {
    for (const path of ["/", "/gdpr/article-33/", "/personal-data-act/16/"]) expect(stripBase(url(path))).toBe(path);
  });
});

describe("the URL contract", () => {
  test("statute pages in both languages", () => {
    expect(statuteSectionPath("pda", "12a")).toBe("/personal-data-act/12a/");
    expect(statuteSectionPath("pda", "12a", "nb")).toBe("/personopplysningsloven/12a/");
    expect(statuteContentsPath("pda", "nb")).toBe("/personopplysningsloven/");
    expect(statuteContentsPath("epostforskriften", "nb")).toBe("/epostforskriften/");
    expect(paths.instrumentFull(instrument("pda").nbSlug!)).toBe("/personopplysningsloven/full/");
    expect(paths.penalCode("266a")).toBe("/penal-code/266a/");
    expect(paths.gdprArticle(33)).toBe("/gdpr/article-33/");
  });

  test("decisions, fines pages and tools", () => {
    expect(paths.decision("2021-12-13-grindr")).toBe("/decisions/2021-12-13-grindr/");
    expect(paths.finesPage(1)).toBe("/fines/");
    expect(paths.finesPage(3)).toBe("/fines/page/3/");
    expect(paths.tool("deadlines")).toBe("/tools/deadlines/");
    expect(paths.glossary("ledd")).toBe("/glossary/#ledd");
  });

  test("a search query is encoded", () => {
    expect(paths.search("§ 12 & 13")).toBe("/search/?q=%C2%A7%2012%20%26%2013");
    expect(paths.search()).toBe("/search/");
  });

  test("Lovdata addresses of a section and a GDPR article", () => {
    expect(lovdataSection(instrument("pda"), "12a")).toBe("https://lovdata.no/lov/2018-06-15-38/§12a");
    expect(lovdata.gdprArticle(6)).toBe("https://lovdata.no/lov/2018-06-15-38/gdpr/a6");
  });
});

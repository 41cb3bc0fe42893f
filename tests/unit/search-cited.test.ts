// A citation typed into a search box, resolved to the page it names (src/scripts/search/cited.ts):
// the file it is looked up in, and the page at the place it names. The citations files are made by
// lib/search/citation-index (tested in citation-index.test.ts); here a small one stands in.
import { expect, test } from "vitest";
import { citationFileOf, citedPage, type CitationsFile, parseCitationQuery } from "../../src/scripts/search/cited";

const parse = (q: string) => {
  const c = parseCitationQuery(q);
  if (!c) throw new Error(`not a citation: ${q}`);
  return c;
};

test("each kind of citation is looked up in its own file", () => {
  expect(citationFileOf(parse("art 33"))).toBe("gdpr");
  expect(citationFileOf(parse("§ 12"))).toBe("pda");
  expect(citationFileOf(parse("PVN-2022-3"))).toBe("case");
});

test("a section or article cited to its subsection, paragraph or letter lands on that place", () => {
  const index: CitationsFile = { "pda:16": { url: "/personal-data-act/16/", title: "§ 16" }, "gdpr:6": { url: "/gdpr/article-6/", title: "Article 6" } };
  expect(citedPage(parse("§ 16 first subsection c"), index)).toEqual({ url: "/personal-data-act/16/#subsection-1-c", title: "§ 16" });
  expect(citedPage(parse("art 6(1)(a)"), index)).toEqual({ url: "/gdpr/article-6/#paragraph-1-a", title: "Article 6" });
  expect(citedPage(parse("art 6"), index)).toEqual({ url: "/gdpr/article-6/", title: "Article 6" });
});

test("a case number is found with or without its leading zeros and its suffix; a citation not in the file finds nothing", () => {
  const index: CitationsFile = {
    "case:PVN-2022-3": { url: "/decisions/pvn-2022-3/", title: "PVN-2022-3" },
    "case:20/1234": { url: "/decisions/dt/", title: "DT" },
  };
  expect(citedPage(parse("PVN-2022-03"), index)).toEqual({ url: "/decisions/pvn-2022-3/", title: "PVN-2022-3" });
  // A Datatilsynet document number ("-18") after the case number: the case's page, without an anchor.
  expect(citedPage(parse("20/01234-18"), index)).toEqual({ url: "/decisions/dt/", title: "DT" });
  expect(citedPage(parse("art 99"), {})).toBeUndefined();
});

// Known items: titles, entity names and glossary terms offered as the reader types (src/lib/search/known.ts).
import { describe, expect, test } from "vitest";
import { knownItems } from "../../src/lib/search/known";
import type { PageRow } from "../../src/lib/search/pages";

describe("known items", () => {
  const rows: PageRow[] = [
    { id: "1", url: "/decisions/grindr/", title: "Privacy Appeals Board upholds the NOK 65 million Grindr fine", filters: { type: ["Decision"] }, sort: {} },
    { id: "2", url: "/personal-data-act/12/", title: "Section 12. Use of national identity numbers", filters: { type: ["Act section"] }, sort: {} },
  ];
  const terms = [{ slug: "tvangsmulkt", term: "tvangsmulkt", english: ["coercive fine"] }];
  test("titles, entity names and glossary terms, the last word as it is typed", () => {
    expect(knownItems("grindr", rows, terms, "/glossary/")[0].url).toBe("/decisions/grindr/");
    expect(knownItems("national identity num", rows, terms, "/glossary/")[0].url).toBe("/personal-data-act/12/");
    expect(knownItems("tvangsmulkt", rows, terms, "/glossary/")).toEqual([
      { url: "/glossary/#tvangsmulkt", title: "tvangsmulkt: coercive fine", type: "Glossary" },
    ]);
    expect(knownItems("how", rows, terms, "/glossary/")).toEqual([]);
  });
});

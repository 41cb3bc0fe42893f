// The page table: rows read from Pagefind's fragments and the sort keys in a page (src/lib/search/pages.ts).
import { expect, test } from "vitest";
import { addFilters, listIds, type PageRow, pageRow, parseFragment, rowsOfTitles, sortKeysIn, splitRows } from "../../src/lib/search/pages";

test("rows from Pagefind fragments and the page's sort keys in either form", () => {
  expect(sortKeysIn('<span data-search-sort="date:2024-07-01"></span><span data-search-sort="amount[data-value]" data-value="65000000"></span>')).toEqual({
    date: "2024-07-01",
    amount: "65000000",
  });
  const f = parseFragment('pagefind_dcd{"url":"/a/","filters":{"type":["Guide"]},"meta":{"title":"A"}}');
  expect(pageRow("en_1", f, {})).toEqual({ id: "en_1", url: "/a/", title: "A", filters: { type: ["Guide"] }, sort: {} });
});

test("the rows split into titles (with types) and filters, and join again as they were", () => {
  const rows: PageRow[] = [
    { id: "en_1", url: "/decisions/a/", title: "A", filters: { type: ["Decision"], year: ["2024"] }, sort: { date: "2024-07-01" } },
    { id: "en_2", url: "/personal-data-act/", title: "Contents", filters: {}, sort: {} },
  ];
  const terms = [{ slug: "ledd", term: "ledd", english: ["subsection"] }];
  const { titles, filters } = splitRows(rows, terms);
  expect(titles).toEqual({
    pages: [
      ["en_1", "/decisions/a/", "A", "Decision"],
      ["en_2", "/personal-data-act/", "Contents"],
    ],
    terms,
  });
  expect(Object.keys(filters)).toEqual(["en_1"]);
  const read = rowsOfTitles(titles);
  expect(read[0]).toEqual({ id: "en_1", url: "/decisions/a/", title: "A", filters: { type: ["Decision"] }, sort: {} });
  addFilters(read, filters);
  expect(read).toEqual(rows);
  // The page without a type lists others: the knowledge file names it, so it ranks low before the titles arrive.
  expect(listIds(rows)).toEqual(["en_2"]);
  expect(listIds([...rows, { id: "en_3", url: "/glossary/", title: "Glossary", filters: { type: ["Glossary"] }, sort: {} }])).toEqual(["en_2", "en_3"]);
});

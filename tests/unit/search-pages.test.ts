// The page table: rows read from Pagefind's fragments and the sort keys in a page (src/lib/search/pages.ts).
import { expect, test } from "vitest";
import { pageRow, parseFragment, sortKeysIn } from "../../src/lib/search/pages";

test("rows from Pagefind fragments and the page's sort keys in either form", () => {
  expect(sortKeysIn('<span data-pagefind-sort="date:2024-07-01"></span><span data-pagefind-sort="amount[data-value]" data-value="65000000"></span>')).toEqual({
    date: "2024-07-01",
    amount: "65000000",
  });
  const f = parseFragment('pagefind_dcd{"url":"/a/","filters":{"type":["Guide"]},"meta":{"title":"A"}}');
  expect(pageRow("en_1", f, {})).toEqual({ id: "en_1", url: "/a/", title: "A", filters: { type: ["Guide"] }, sort: {} });
});

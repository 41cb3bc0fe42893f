// How decisions are listed: by year, newest first, undated last; past a size only the newest (src/lib/decisions/listing.ts).
import { expect, test } from "vitest";
import { byYear, countWords, LIST_ALL, listing, NEWEST_LISTED, newestFirst, pagesOf } from "../../src/lib/decisions/listing";
import type { Decision } from "../../src/lib/decisions/model";

/** The fields listing reads; the rest of a decision plays no part in it. */
const decision = (id: string, date?: string) => ({ id, sortDate: date ?? "0000", year: date ? Number(date.slice(0, 4)) : undefined }) as Decision;

test("newest first; the same date in the order of the ids", () => {
  const list = [decision("b", "2021-01-01"), decision("a", "2021-01-01"), decision("c", "2023-05-05"), decision("u")];
  expect([...list].sort(newestFirst).map((d) => d.id)).toEqual(["c", "a", "b", "u"]);
});

test("grouped by year, newest year first, undated ones last as year 0", () => {
  const groups = byYear([decision("x", "2021-03-01"), decision("u"), decision("y", "2023-01-01"), decision("z", "2021-12-01")]);
  expect(groups.map((g) => [g.year, g.decisions.map((d) => d.id)])).toEqual([
    [2023, ["y"]],
    [2021, ["z", "x"]],
    [0, ["u"]],
  ]);
});

test("a year's page lists that year; the counts by year leave undated ones out", () => {
  const all = [decision("x", "2021-03-01"), decision("u"), decision("y", "2023-01-01")];
  expect(listing(all, 2021)).toMatchObject({ listed: [{ id: "x" }], truncated: false });
  expect(listing(all).years).toEqual([
    { year: 2023, count: 1 },
    { year: 2021, count: 1 },
  ]);
  expect(listing(all, 1999).listed).toEqual([]);
});

test("past the limit, only the newest are listed and the list says it is cut", () => {
  const many = Array.from({ length: LIST_ALL + 1 }, (_, i) => decision(`d${i}`, `2000-01-01`));
  const { listed, truncated } = listing(many);
  expect(truncated).toBe(true);
  expect(listed).toHaveLength(NEWEST_LISTED);
  expect(listing(many.slice(0, LIST_ALL)).truncated).toBe(false);
});

test("a year of more than LIST_ALL decisions is listed in pages of NEWEST_LISTED, newest first, none left out", () => {
  const year = Array.from({ length: LIST_ALL + 1 }, (_, i) => decision(`d${String(i).padStart(3, "0")}`, `2021-01-01`));
  const ordered = [...year].sort(newestFirst);
  const pages = pagesOf(ordered);
  expect(pages).toHaveLength(Math.ceil((LIST_ALL + 1) / NEWEST_LISTED));
  expect(pages.every((p) => p.length <= NEWEST_LISTED)).toBe(true);
  expect(pages.flat()).toEqual(ordered);
  expect(pagesOf(ordered.slice(0, LIST_ALL))).toEqual([ordered.slice(0, LIST_ALL)]);

  const second = listing([...year, decision("x", "2020-05-05")], 2021, 2);
  expect(second).toMatchObject({ total: LIST_ALL + 1, pages: pages.length, truncated: false });
  expect(second.listed).toEqual(pages[1]);
  expect(listing(year, 2021, pages.length + 1).listed).toEqual([]);
});

test("an advance notice is counted apart from the decisions", () => {
  expect(countWords([{ stage: "final" }, { stage: "final" }, { stage: "notice" }])).toBe("2 decisions and rulings and 1 advance notice");
  expect(countWords([{ stage: "final" }, { stage: "notice" }, { stage: "notice" }])).toBe("1 decision or ruling and 2 advance notices");
  expect(countWords([{ stage: "final" }])).toBe("1 decision or ruling");
  expect(countWords([])).toBe("0 decisions and rulings");
});

import { describe, expect, test } from "vitest";
import { landingAnchor } from "../../src/lib/search/deep-link";
import { pagefindFilters, pagefindSort, readState, writeState } from "../../src/lib/search/url-state";

describe("search state in the URL", () => {
  test("round trip of query, filters and sort", () => {
    const state = readState(new URLSearchParams("q=Grindr&type=Decision&year=2021&year=2023&sort=amount"));
    expect(state).toEqual({ q: "Grindr", filters: { type: ["Decision"], year: ["2021", "2023"] }, sort: "amount" });
    expect(writeState(state).toString()).toBe("q=Grindr&type=Decision&year=2021&year=2023&sort=amount");
    expect(pagefindFilters(state)).toEqual({ type: { any: ["Decision"] }, year: { any: ["2021", "2023"] } });
    expect(pagefindSort(state.sort)).toEqual({ amount: "desc" });
  });

  test("unknown parameters are ignored and a bad sort means relevance", () => {
    expect(readState(new URLSearchParams("q=x&colour=red&sort=cheapest&type="))).toEqual({ q: "x", filters: {}, sort: "relevance" });
    expect(pagefindSort("relevance")).toBeUndefined();
  });
});

describe("where a result lands", () => {
  const anchors = [
    { id: "subsection-1", location: 52, element: "div" },
    { id: "subsection-1-b", location: 111, element: "li" },
    { id: "subsection-1-c", location: 130, element: "li" },
    { id: "subsection-2", location: 224, element: "div" },
    { id: "main", location: 0, element: "main" },
  ];
  test("on the item holding the first match", () => {
    expect(landingAnchor(anchors, [135, 300])).toBe("subsection-1-c");
    expect(landingAnchor(anchors, [240])).toBe("subsection-2");
  });
  test("nowhere when the match is before every anchor or there is none", () => {
    expect(landingAnchor(anchors, [10])).toBeUndefined();
    expect(landingAnchor(anchors, [])).toBeUndefined();
  });
  test("on headings and paragraph anchors too", () => {
    expect(landingAnchor([{ id: "what-to-do", location: 40, element: "h2" }], [50])).toBe("what-to-do");
    expect(landingAnchor([{ id: "paragraph-2-a", location: 40, element: "li" }], [50])).toBe("paragraph-2-a");
  });
});

// The state of the search page in its URL (lib/search/url-state.ts), and Pagefind's filters and sort from it.
import { describe, expect, test } from "vitest";
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
  test("each filter keeps its values once, in order, trimmed; empty or overlong values are dropped", () => {
    const long = "x".repeat(81);
    const state = readState(new URLSearchParams(`year=2021&year=%202023%20&year=2021&year=&authority=${long}&authority=${"y".repeat(80)}`));
    expect(state.filters).toEqual({ year: ["2021", "2023"], authority: ["y".repeat(80)] });
  });

  test("a query is cut at 200 characters; the default state writes an empty address", () => {
    expect(readState(new URLSearchParams(`q=${"a".repeat(250)}`)).q).toHaveLength(200);
    expect(writeState({ q: "", filters: {}, sort: "relevance" }).toString()).toBe("");
    expect(writeState(readState(new URLSearchParams("sort=date&language=nb&q=a+b"))).toString()).toBe("q=a+b&language=nb&sort=date");
    expect(pagefindSort("date")).toEqual({ date: "desc" });
    expect(pagefindFilters({ q: "", filters: {}, sort: "relevance" })).toEqual({});
  });
});

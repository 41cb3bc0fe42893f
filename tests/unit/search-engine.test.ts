// The search engine's glue in the browser (src/scripts/search/engine.ts): which of the site's small
// files a search fetches, and what it makes of them and of Pagefind's answers. The logic itself is
// lib/search's (analyse, merge, pages …, tested on their own). Here fetch answers from a small site
// of three pages, and a fake Worker stands in for Pagefind's (pagefind-messages.ts, pagefind-worker.ts).
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { WorkerRequest } from "../../src/scripts/search/pagefind-messages";
import { fetched, serveSite } from "./helpers/search-site";

/** What the engine asked Pagefind's worker. */
const asked: WorkerRequest[] = [];

/** Pagefind's worker, answering "consent" with decision B then Article 7. */
class FakeWorker extends EventTarget {
  postMessage({ call, ...r }: WorkerRequest & { call: number }) {
    asked.push(r);
    const value =
      r.op === "search"
        ? {
            search: 1,
            results:
              r.query === "consent"
                ? [
                    { id: "en_3", score: 5 },
                    { id: "en_1", score: 3 },
                  ]
                : [],
          }
        : r.op === "page"
          ? {
              url: r.id === "en_3" ? "/decisions/b/" : "/gdpr/article-7/",
              title: `page ${r.id}`,
              excerpt: [{ text: "consent", mark: true }],
              found: ["consent"],
              anchor: "paragraph-1",
            }
          : undefined;
    setTimeout(() => this.dispatchEvent(Object.assign(new Event("message"), { data: { call, value } })));
  }
}

let engine: typeof import("../../src/scripts/search/engine");
beforeAll(async () => {
  serveSite();
  vi.stubGlobal("Worker", FakeWorker);
  vi.stubGlobal("location", new URL("https://example.test/search/"));
  vi.stubGlobal("document", { querySelector: () => null });
  engine = await import("../../src/scripts/search/engine");
});
afterAll(() => vi.unstubAllGlobals());
/** What the engine fetches while `work` runs. */
async function fetchedBy<T>(work: () => Promise<T>): Promise<{ value: T; paths: string[] }> {
  const from = fetched.length;
  const value = await work();
  return { value, paths: fetched.slice(from) };
}

test("a result's address asks the page to mark the words found and lands on the place", () => {
  expect(engine.withHighlight("/gdpr/article-7/", ["consent", "samtykke"], "paragraph-2")).toBe(
    "/gdpr/article-7/?highlight=consent&highlight=samtykke#paragraph-2",
  );
  expect(engine.withHighlight("/tools/x/?a=1#old", ["x"])).toBe("/tools/x/?a=1&highlight=x");
  expect(engine.withHighlight("/a/", [])).toBe("/a/");
});

test("a citation finds its page from its kind's file alone; a query without a number loads no citation file", async () => {
  expect(await fetchedBy(() => engine.directHit("consent"))).toEqual({ value: undefined, paths: [] });
  expect(await fetchedBy(() => engine.directHit("§ 16 (1) c"))).toEqual({
    value: { url: "/personal-data-act/16/#subsection-1-c", title: "§ 16", excerpt: [], direct: true },
    paths: ["/search/citations/pda.json"],
  });
});

test("filters alone list every page that passes them, newest first when sorted by date, with counts under the other filters", async () => {
  const outcome = await engine.search({ q: "", sort: "date", filters: { type: ["Decision"] } });
  expect(outcome.ranked.map((r) => r.id)).toEqual(["en_3", "en_2"]);
  // Named from the titles: no Pagefind without words.
  expect(await outcome.hits(0, 2)).toEqual([
    { url: "/decisions/b/", title: "Decision B", excerpt: [], type: "Decision" },
    { url: "/decisions/a/", title: "Decision A", excerpt: [], type: "Decision" },
  ]);
  const facets = await outcome.facets();
  // The type's own counts ignore the chosen type; the others count under it.
  expect(facets.counts.type).toEqual({ GDPR: 1, Decision: 2 });
  expect(facets.counts.article).toEqual({ "Article 7": 2, "Article 6": 1 });
  expect(facets.values.year.sort()).toEqual(["2021", "2024"]);
  // Made once: a second search's options are the same list.
  const again = await (await engine.search({ q: "", sort: "relevance", filters: {} })).facets();
  expect(again.values).toBe(facets.values);
});

test("full text: the words' vocabulary and the knowledge, not the titles; results named and excerpted from Pagefind's pages", async () => {
  const { value: outcome, paths } = await fetchedBy(() => engine.search({ q: "consent", sort: "relevance", filters: {} }));
  expect(paths).toContain("/search/vocabulary/c.json");
  expect(paths).not.toContain("/search/titles.json");
  // The site's knowledge.json names no first bundle (its index is small): the whole index is loaded and searched, once.
  expect(asked.filter((r) => r.op !== "page").map((r) => [r.op, "bundle" in r && r.bundle])).toEqual([
    ["init", "whole"],
    ["preload", "whole"],
    ["search", "whole"],
  ]);
  expect(outcome.fuller).toBeUndefined();
  expect(outcome.total).toBe(2);
  const [first] = await outcome.hits(0, 1);
  expect(first).toEqual({
    url: "/decisions/b/?highlight=consent#paragraph-1",
    title: "page en_3",
    excerpt: [{ text: "consent", mark: true }],
    type: undefined,
  });
});

// The page's side of Pagefind's worker (src/scripts/search/pagefind-messages.ts): what it asks and how
// it reads the replies. A fake Worker answers as pagefind-worker.ts would (its own test is
// search-pagefind-worker.test.ts); the e2e tests search through the real one.
import { afterEach, expect, test, vi } from "vitest";
import { pagefindInWorker, type WorkerReply, type WorkerRequest } from "../../src/scripts/search/pagefind-messages";

/** What `reply` returns for the worker to fail as a whole (an "error" event) rather than answer. */
const FAIL = Symbol("fail");

/** A worker that answers each request with `reply` (a value, or an error when it throws), after a task as a real one would. */
function fakeWorker(reply: (request: WorkerRequest) => unknown) {
  const sent: WorkerRequest[] = [];
  const made: { url: string; options: unknown }[] = [];
  class FakeWorker extends EventTarget {
    constructor(url: URL, options: unknown) {
      super();
      made.push({ url: String(url), options });
    }
    postMessage(message: WorkerRequest & { call: number }) {
      const { call, ...request } = message;
      sent.push(request as WorkerRequest);
      setTimeout(() => {
        let data: WorkerReply;
        try {
          const value = reply(request as WorkerRequest);
          if (value === FAIL) return void this.dispatchEvent(new Event("error"));
          data = { call, value };
        } catch (error) {
          data = { call, error: String(error) };
        }
        this.dispatchEvent(Object.assign(new Event("message"), { data }));
      });
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  return { sent, made };
}
afterEach(() => vi.unstubAllGlobals());

test("Pagefind is started in a module worker with its script, options and the bundle to load first, and ready once the worker says so", async () => {
  const { sent, made } = fakeWorker(() => undefined);
  await pagefindInWorker("https://example.test/pagefind/pagefind.js", { baseUrl: "/" }, "first");
  expect(made).toHaveLength(1);
  expect(made[0].url).toMatch(/pagefind-worker\.ts$/);
  expect(made[0].options).toEqual({ type: "module" });
  expect(sent).toEqual([{ op: "init", script: "https://example.test/pagefind/pagefind.js", options: { baseUrl: "/" }, bundle: "first" }]);
});

test("a search's results are plain ids and scores; a result's page is asked for from the search that found it", async () => {
  const { sent } = fakeWorker((r) =>
    r.op === "search"
      ? { search: 7, results: [{ id: "en_1", score: 2 }] }
      : r.op === "page"
        ? { url: "/a/", title: "A", excerpt: [], found: r.terms }
        : undefined,
  );
  const pf = await pagefindInWorker("/pagefind/pagefind.js", {}, "whole");
  await pf.preload("consent", "whole");
  const { results } = await pf.search("consent", "whole");
  expect(results.map(({ id, score }) => ({ id, score }))).toEqual([{ id: "en_1", score: 2 }]);
  expect(await results[0].page(["consent"])).toEqual({ url: "/a/", title: "A", excerpt: [], found: ["consent"] });
  expect(sent.slice(1)).toEqual([
    { op: "preload", query: "consent", bundle: "whole" },
    { op: "search", query: "consent", bundle: "whole" },
    { op: "page", search: 7, id: "en_1", terms: ["consent"] },
  ]);
});

test("replies find their own request when they come back out of order; an error reply fails that request alone", async () => {
  fakeWorker((r) => {
    if (r.op === "search" && r.query === "bad") throw new Error("no index");
    return r.op === "search" ? { search: 1, results: [{ id: r.query, score: 1 }] } : undefined;
  });
  const pf = await pagefindInWorker("/pagefind/pagefind.js", {}, "whole");
  const [a, bad, b] = await Promise.allSettled([pf.search("a", "whole"), pf.search("bad", "whole"), pf.search("b", "whole")]);
  expect(a.status === "fulfilled" && a.value.results[0].id).toBe("a");
  expect(b.status === "fulfilled" && b.value.results[0].id).toBe("b");
  expect(bad.status === "rejected" && String(bad.reason)).toContain("no index");
});

test("a worker that fails fails every request waiting on it", async () => {
  fakeWorker((r) => (r.op === "init" ? undefined : FAIL));
  const pf = await pagefindInWorker("/pagefind/pagefind.js", {}, "whole");
  await expect(pf.search("x", "whole")).rejects.toThrow("the search worker failed");
});

// Pagefind in a worker of its own (started by engine.ts when the reader first searches), so that
// its work never blocks the page: compiling its WebAssembly, unpacking the index chunks, the search
// itself, and reading a result's page for its excerpt. Under a phone's CPU each of these took tens
// of milliseconds of the page's main thread. The worker loads Pagefind's own script from the site;
// the page asks by message and gets plain data back.
import { landingAnchor } from "../../lib/search/deep-link";
import { excerpt, matcher } from "../../lib/search/excerpt";
import type { Bundle, PagefindBundle, PagefindData, PagefindModule, ResultPage, WorkerReply, WorkerRequest } from "./pagefind-messages";

// The bundles are written by the same Pagefind with the same WebAssembly (the build checks it): it is
// fetched once, for the bundle that asks first, and not again for the other.
const wasm = new Map<string, Promise<Response>>();
const fetchFromSite = self.fetch.bind(self);
self.fetch = (input, init) => {
  const name = /\/(wasm\.[\w-]+\.pagefind)$/.exec(String(input))?.[1];
  if (!name) return fetchFromSite(input, init);
  if (!wasm.has(name))
    wasm.set(
      name,
      fetchFromSite(input, init).catch((error: unknown) => (wasm.delete(name), Promise.reject(error))),
    );
  return wasm.get(name)!.then((response) => response.clone());
};

/** Pagefind's module, and the bundles of its index once asked for: the whole index, and where the build wrote it, the first results' (pagefind/first/, the site without its decisions). */
let pagefind: Promise<PagefindModule> | undefined;
const bundles = new Map<Bundle, Promise<PagefindBundle>>();
let started: WorkerRequest & { op: "init" };
/** The results of the last searches, by search number: a result's data is read from the search that found it (its excerpt follows that search's words). */
const searches = new Map<number, Map<string, { data: () => Promise<PagefindData> }>>();
/** How many searches' results are kept for their data: the page asks only for the latest few. */
const KEPT = 40;
let searched = 0;

/** What a result shows of its page: the passage with the most of the terms, and the words and place to mark when it is opened. */
function pageOf(data: PagefindData, terms: string[]): ResultPage {
  const found = [...new Set((data.content.match(/[\p{L}\p{N}]+/gu) ?? []).filter(matcher(terms)))].slice(0, 12);
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    type: data.filters.type?.[0],
    excerpt: excerpt(data.content, terms),
    found,
    anchor: landingAnchor(data.anchors, data.locations),
  };
}

/** A bundle of the index, made ready the first time it is asked for. */
function bundle(which: Bundle): Promise<PagefindBundle> {
  if (!bundles.has(which))
    bundles.set(
      which,
      pagefind!.then(async (pf) => {
        // Pagefind's own worker is not used: this is one already.
        const b = pf.createInstance({ ...started.options, basePath: new URL(which === "first" ? "first/" : "./", started.script).pathname, noWorker: true });
        await b.init();
        return b;
      }),
    );
  return bundles.get(which)!;
}

async function answer(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case "init":
      started = request;
      pagefind ??= (async () => {
        const pf = (await import(/* @vite-ignore */ request.script)) as PagefindModule;
        // Pagefind's first search makes an Intl.Segmenter, and the first one loads its text
        // segmentation data (tens of milliseconds): done here, in a task of its own while the index downloads.
        setTimeout(() => new Intl.Segmenter("en", { granularity: "grapheme" }));
        return pf;
      })();
      await bundle(request.bundle);
      return undefined;
    case "preload":
      return (await bundle(request.bundle)).preload(request.query);
    case "search": {
      const { results } = await (await bundle(request.bundle)).search(request.query);
      const n = ++searched;
      searches.set(n, new Map(results.map((r) => [r.id, r])));
      searches.delete(n - KEPT);
      return { search: n, results: results.map((r) => ({ id: r.id, score: r.score })) };
    }
    case "page": {
      const result = searches.get(request.search)?.get(request.id);
      if (!result) throw new Error(`no result ${request.id} of search ${request.search}`);
      return pageOf(await result.data(), request.terms);
    }
  }
}

self.addEventListener("message", (event: MessageEvent<WorkerRequest & { call: number }>) => {
  const { call } = event.data;
  answer(event.data).then(
    (value) => self.postMessage({ call, value } satisfies WorkerReply),
    (error: unknown) => self.postMessage({ call, error: String(error) } satisfies WorkerReply),
  );
});

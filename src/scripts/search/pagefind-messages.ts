// What the page and Pagefind's worker (pagefind-worker.ts) say to each other, and Pagefind as the
// engine uses it.
import type { Segment } from "../../lib/search/excerpt";

/** A page's data as Pagefind gives it: its text, address, metadata, filters and where the words were found. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: { id: string; location: number; element: string }[];
}

/** What a result shows of its page, read from the page's data in the worker (its text stays there). */
export interface ResultPage {
  url: string;
  title: string;
  type?: string;
  /** The passage with the most of the terms, the terms marked. */
  excerpt: Segment[];
  /** The page's words that match the terms (at most 12), to mark on the page. */
  found: string[];
  /** Where on the page the first match is. */
  anchor?: string;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** The result's page, its excerpt made for these terms. */
  page: (terms: string[]) => Promise<ResultPage>;
}

/**
 * Which bundle of the index a search reads: "whole", every page, or "first", the site without its
 * decisions (small however many decisions there are), which the build writes once the whole index
 * outgrows a first query's budget (knowledge.json says so): the first results then come from it.
 */
export type Bundle = "first" | "whole";

/** Pagefind as the engine uses it. */
export interface Pagefind {
  preload: (q: string, bundle: Bundle) => Promise<void>;
  search: (q: string, bundle: Bundle) => Promise<{ results: PagefindResult[] }>;
}

/** One bundle of Pagefind's index, as its module gives it (createInstance). */
export interface PagefindBundle {
  init: () => Promise<void>;
  preload: (q: string) => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindData> }[] }>;
}

/** Pagefind's own module (pagefind/pagefind.js), as the worker uses it. */
export interface PagefindModule {
  createInstance: (o: Record<string, unknown>) => PagefindBundle;
}

export type WorkerRequest =
  | { op: "init"; script: string; options: Record<string, unknown>; bundle: Bundle }
  | { op: "preload"; query: string; bundle: Bundle }
  | { op: "search"; query: string; bundle: Bundle }
  | { op: "page"; search: number; id: string; terms: string[] };

/** A reply to the request sent with the same `call` number. */
export type WorkerReply = { call: number; value?: unknown; error?: undefined } | { call: number; error: string };

/**
 * Pagefind, run in a worker of its own: `script` is the address of Pagefind's module, `options` its
 * options, `bundle` the bundle to load at once (another loads when first searched). Resolves once it is ready.
 */
export async function pagefindInWorker(script: string, options: Record<string, unknown>, bundle: Bundle): Promise<Pagefind> {
  const worker = new Worker(new URL("./pagefind-worker.ts", import.meta.url), { type: "module" });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const pending = waiting.get(reply.call);
    waiting.delete(reply.call);
    if (reply.error !== undefined) pending?.reject(new Error(reply.error));
    else pending?.resolve(reply.value);
  });
  worker.addEventListener("error", () => {
    for (const pending of waiting.values()) pending.reject(new Error("the search worker failed"));
    waiting.clear();
  });
  const ask = <T>(request: WorkerRequest): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const call = next++;
      waiting.set(call, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ ...request, call });
    });
  await ask({ op: "init", script, options, bundle });
  return {
    preload: (query, bundle) => ask<void>({ op: "preload", query, bundle }),
    search: async (query, bundle) => {
      const { search, results } = await ask<{ search: number; results: { id: string; score: number }[] }>({ op: "search", query, bundle });
      return { results: results.map((r) => ({ ...r, page: (terms) => ask<ResultPage>({ op: "page", search, id: r.id, terms }) })) };
    },
  };
}

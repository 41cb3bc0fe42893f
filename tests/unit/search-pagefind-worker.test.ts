// Pagefind's worker (src/scripts/search/pagefind-worker.ts): requests by message, answered from
// Pagefind's own module (here a fake one, helpers/fake-pagefind.ts) with plain data: the results'
// ids and scores, and a result's page with its excerpt and the place to land. Node has no worker
// scope: `self` is an EventTarget that keeps what the worker posts.
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { PagefindModule, ResultPage, WorkerReply, WorkerRequest } from "../../src/scripts/search/pagefind-messages";
import * as fakePagefind from "./helpers/fake-pagefind";

// The fake has what the worker uses of Pagefind's module (checked by the compiler), and records the calls.
const fake: PagefindModule & { calls: unknown[][] } = fakePagefind;
const { calls } = fake;

const replies: WorkerReply[] = [];
/** What the worker fetched from the site (only the WebAssembly here: the fake module fetches nothing else). */
const fetched: string[] = [];
const scope = Object.assign(new EventTarget(), {
  postMessage: (reply: WorkerReply) => replies.push(reply),
  fetch: async (input: RequestInfo | URL) => (fetched.push(String(input)), new Response(`bytes of ${String(input)}`)),
});
const script = pathToFileURL(join(import.meta.dirname, "helpers", "fake-pagefind.ts")).href;
/** The folders of the bundles, as the worker gives them to Pagefind. */
const whole = new URL("./", script).pathname;
const first = new URL("first/", script).pathname;
let call = 0;

/** Sends a request as the page does and waits for its reply. */
async function ask(request: WorkerRequest): Promise<{ call: number; value?: unknown; error?: string }> {
  const n = call++;
  scope.dispatchEvent(Object.assign(new Event("message"), { data: { ...request, call: n } }));
  await vi.waitFor(() => expect(replies.some((r) => r.call === n)).toBe(true), { interval: 1 });
  return replies.find((r) => r.call === n)!;
}

beforeAll(async () => {
  vi.stubGlobal("self", scope);
  await import("../../src/scripts/search/pagefind-worker");
  expect(await ask({ op: "init", script, options: { baseUrl: "/" }, bundle: "whole" })).toEqual({ call: 0, value: undefined });
});
afterAll(() => vi.unstubAllGlobals());

test("the bundle asked for is made with the page's options beside Pagefind's script, told to run no worker of its own (it is in one)", () => {
  expect(calls.slice(0, 2)).toEqual([
    ["createInstance", { baseUrl: "/", basePath: whole, noWorker: true }],
    ["init", whole],
  ]);
});

test("the first results' bundle, pagefind/first/, is made when a request first names it, once", async () => {
  await ask({ op: "search", query: "consent", bundle: "first" });
  await ask({ op: "search", query: "consent", bundle: "first" });
  expect(calls.filter((c) => c[0] === "createInstance")).toEqual([
    ["createInstance", { baseUrl: "/", basePath: whole, noWorker: true }],
    ["createInstance", { baseUrl: "/", basePath: first, noWorker: true }],
  ]);
  expect(calls.filter((c) => c[0] === "search" && c[2] === first)).toHaveLength(2);
});

test("the bundles' WebAssembly is fetched once, whichever asks first; other files each time", async () => {
  const a = await self.fetch("/pagefind/first/wasm.en.pagefind");
  const b = await self.fetch("/pagefind/wasm.en.pagefind");
  expect([await a.text(), await b.text()]).toEqual(["bytes of /pagefind/first/wasm.en.pagefind", "bytes of /pagefind/first/wasm.en.pagefind"]);
  await self.fetch("/pagefind/pagefind-entry.json");
  await self.fetch("/pagefind/pagefind-entry.json");
  expect(fetched).toEqual(["/pagefind/first/wasm.en.pagefind", "/pagefind/pagefind-entry.json", "/pagefind/pagefind-entry.json"]);
});

test("a search answers with its number and the results' ids and scores, nothing that cannot be posted", async () => {
  expect(await ask({ op: "preload", query: "consent", bundle: "whole" })).toMatchObject({ value: undefined });
  expect(calls).toContainEqual(["preload", "consent", whole]);
  const reply = await ask({ op: "search", query: "consent", bundle: "whole" });
  const value = reply.value as { search: number; results: unknown[] };
  expect(value.results).toEqual([
    { id: "en_1", score: 10 },
    { id: "en_2", score: 9 },
  ]);
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  // Each search has its own number: a result's page is read from the search that found it.
  const again = (await ask({ op: "search", query: "samtykke", bundle: "whole" })).value as { search: number };
  expect(again.search).toBe(value.search + 1);
});

test("a result's page: title, address, type, an excerpt with the terms marked, the words to mark and the place to land", async () => {
  const { search } = (await ask({ op: "search", query: "consent", bundle: "whole" })).value as { search: number };
  const page = (await ask({ op: "page", search, id: "en_1", terms: ["consent"] })).value as ResultPage;
  expect(page).toMatchObject({ url: "/gdpr/article-7/", title: "Article 7", type: "GDPR", found: ["consent"], anchor: "paragraph-1" });
  expect(page.excerpt.filter((s) => s.mark).map((s) => s.text.toLowerCase())).toContain("consent");
  // A page without a title is named by its address.
  const glossary = (await ask({ op: "page", search, id: "en_2", terms: ["consent"] })).value as ResultPage;
  expect(glossary.title).toBe("/glossary/");
});

test("a page of a search it no longer has, or never had, is an error reply, not a silence", async () => {
  const reply = await ask({ op: "page", search: 999, id: "en_1", terms: [] });
  expect(reply.error).toMatch(/no result en_1 of search 999/);
});

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
const scope = Object.assign(new EventTarget(), { postMessage: (reply: WorkerReply) => replies.push(reply) });
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
  const script = pathToFileURL(join(import.meta.dirname, "helpers", "fake-pagefind.ts")).href;
  expect(await ask({ op: "init", script, options: { baseUrl: "/" } })).toEqual({ call: 0, value: undefined });
});
afterAll(() => vi.unstubAllGlobals());

test("Pagefind is given the page's options and told to run no worker of its own (it is in one)", () => {
  expect(calls.slice(0, 2)).toEqual([["options", { baseUrl: "/", noWorker: true }], ["init"]]);
});

test("a search answers with its number and the results' ids and scores, nothing that cannot be posted", async () => {
  expect(await ask({ op: "preload", query: "consent" })).toMatchObject({ value: undefined });
  expect(calls).toContainEqual(["preload", "consent"]);
  const reply = await ask({ op: "search", query: "consent" });
  const value = reply.value as { search: number; results: unknown[] };
  expect(value.results).toEqual([
    { id: "en_1", score: 10 },
    { id: "en_2", score: 9 },
  ]);
  expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  // Each search has its own number: a result's page is read from the search that found it.
  const again = (await ask({ op: "search", query: "samtykke" })).value as { search: number };
  expect(again.search).toBe(value.search + 1);
});

test("a result's page: title, address, type, an excerpt with the terms marked, the words to mark and the place to land", async () => {
  const { search } = (await ask({ op: "search", query: "consent" })).value as { search: number };
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

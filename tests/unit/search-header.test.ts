// The engine as the header box uses it (src/scripts/search/header.ts): what focusing the box fetches,
// and the known items answered from the titles before Pagefind, a cited page first. fetch answers
// from a small site; the box itself (keys, list, focus) is the e2e tests' (search.spec.ts).
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { fetched, serveSite } from "./helpers/search-site";

let header: typeof import("../../src/scripts/search/header");
beforeAll(async () => {
  serveSite();
  header = await import("../../src/scripts/search/header");
});
afterAll(() => vi.unstubAllGlobals());

test("focusing the box fetches what every query needs, once: the titles and the knowledge", async () => {
  await header.prepare();
  await header.prepare();
  // Over the whole run: the engine reads each file once for the page's life, whoever asked first.
  const once = (path: string) => fetched.filter((p) => p === path).length;
  expect([once("/search/titles.json"), once("/search/knowledge.json")]).toEqual([1, 1]);
});

test("known items: titles and glossary terms that the words start, from the titles alone", async () => {
  const from = fetched.length;
  const items = await header.quick("consen");
  expect(fetched.length).toBe(from);
  expect(items.map((i) => i.url).sort()).toEqual(["/gdpr/article-7/", "/glossary/#samtykke"]);
  expect(items.find((i) => i.url === "/glossary/#samtykke")).toMatchObject({ title: "samtykke: consent", type: "Glossary" });
  expect(await header.quick("consent", 1)).toHaveLength(1);
});

test("a cited page comes first, once, said to be cited", async () => {
  const items = await header.quick("art 7");
  expect(items[0]).toEqual({ url: "/gdpr/article-7/", title: "Article 7. Conditions for consent", type: "Cited directly" });
  expect(items.filter((i) => i.url === "/gdpr/article-7/")).toHaveLength(1);
});

// A stand-in for Pagefind's own module (pagefind/pagefind.js) as pagefind-worker.ts loads it: two
// pages, a search that finds the pages whose text has the query's word, and a record of the calls.
import type { PagefindData } from "../../../src/scripts/search/pagefind-messages";

export const calls: unknown[][] = [];

const pages: Record<string, PagefindData> = {
  en_1: {
    url: "/gdpr/article-7/",
    content: "Article 7. Conditions for consent. Where processing is based on consent, the controller shall be able to demonstrate it.",
    excerpt: "",
    meta: { title: "Article 7" },
    filters: { type: ["GDPR"] },
    locations: [5, 9],
    anchors: [
      { id: "paragraph-1", location: 4, element: "p" },
      { id: "paragraph-2", location: 12, element: "p" },
    ],
  },
  en_2: { url: "/glossary/", content: "Samtykke: consent.", excerpt: "", meta: {}, filters: {}, locations: [1], anchors: [] },
};

export async function options(o: Record<string, unknown>) {
  calls.push(["options", o]);
}
export async function init() {
  calls.push(["init"]);
}
export async function preload(q: string) {
  calls.push(["preload", q]);
}
export async function search(q: string) {
  calls.push(["search", q]);
  const found = Object.entries(pages).filter(([, p]) => p.content.toLowerCase().includes(q));
  return { results: found.map(([id, p], i) => ({ id, score: 10 - i, data: async () => p })) };
}

// A stand-in for Pagefind's own module (pagefind/pagefind.js) as pagefind-worker.ts loads it: two
// pages, bundles whose search finds the pages whose text has the query's word, and a record of the calls.
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

/** A bundle of the index (Pagefind's createInstance), recording the calls with the bundle's folder. */
export function createInstance(o: Record<string, unknown>) {
  const base = String(o.basePath);
  calls.push(["createInstance", o]);
  return {
    init: async () => void calls.push(["init", base]),
    preload: async (q: string) => void calls.push(["preload", q, base]),
    search: async (q: string) => {
      calls.push(["search", q, base]);
      const found = Object.entries(pages).filter(([, p]) => p.content.toLowerCase().includes(q));
      return { results: found.map(([id, p], i) => ({ id, score: 10 - i, data: async () => p })) };
    },
  };
}

// A small site's search files, served by a stubbed fetch, for the tests of the search scripts
// (search-engine.test.ts, search-header.test.ts). The engine keeps the files it has read for the
// page's life, and the unit files share one module graph: both tests serve the same site, and count
// what was fetched over the whole run (`fetched`), so either may run first.
import { vi } from "vitest";
import type { FiltersFile, TitlesFile } from "../../../src/lib/search/pages";
import type { KnowledgeFile } from "../../../src/lib/search/synonyms";

const titles: TitlesFile = {
  pages: [
    ["en_1", "/gdpr/article-7/", "Article 7. Conditions for consent", "GDPR"],
    ["en_2", "/decisions/a/", "Decision A", "Decision"],
    ["en_3", "/decisions/b/", "Decision B", "Decision"],
    ["en_4", "/personal-data-act/", "Contents"],
  ],
  terms: [{ slug: "samtykke", term: "samtykke", english: ["consent"] }],
};
const filters: FiltersFile = {
  en_2: [{ year: ["2021"], article: ["Article 7"] }, { date: "2021-03-01" }],
  en_3: [{ year: ["2024"], article: ["Article 7", "Article 6"] }, { date: "2024-05-01" }],
};
const knowledge: KnowledgeFile = { synonyms: [], everyday: [], pages: 4, lists: ["en_4"] };

const files: Record<string, unknown> = {
  "/search/titles.json": titles,
  "/search/filters.json": filters,
  "/search/knowledge.json": knowledge,
  "/search/vocabulary/c.json": { en: { consent: 2 } },
  "/search/citations/gdpr.json": { "gdpr:7": { url: "/gdpr/article-7/", title: "Article 7. Conditions for consent" } },
  "/search/citations/pda.json": { "pda:16": { url: "/personal-data-act/16/", title: "§ 16" } },
};

/** Every path fetched in this run, in order. */
export const fetched: string[] = [];

/** Stubs fetch with the small site's files (404 for any other). */
export function serveSite(): void {
  vi.stubGlobal("fetch", async (path: string) => {
    fetched.push(path);
    return path in files ? new Response(JSON.stringify(files[path])) : new Response("", { status: 404 });
  });
}

// The engine as the header box uses it, with known items: titles, glossary terms and cited pages,
// answered from the titles file before Pagefind loads. A module of its own, loaded only by the
// header box (the search page shows no known items, so its JavaScript does not carry them).
import { type KnownItem, knownItems } from "../../lib/search/known";
import { url } from "../../lib/urls";
import { directHit, loadKnowledge, loadSite } from "./engine";

export { search } from "./engine";

/**
 * What every search from the box needs, whatever is typed, fetched when the box is focused: the
 * titles (for known items) and the knowledge (to read a query). Once a word is typed, only Pagefind
 * and the files for that word are left to fetch.
 */
export function prepare(): Promise<unknown> {
  return Promise.all([loadSite(), loadKnowledge()]);
}

/** Known items for a query as soon as the titles have arrived, before Pagefind: citations, titles, glossary terms. */
export async function quick(q: string, limit = 8): Promise<KnownItem[]> {
  const [s, direct] = await Promise.all([loadSite(), directHit(q.trim())]);
  const items = knownItems(q, s.list, s.terms, "/glossary/", limit).map((i) => ({ ...i, url: url(i.url) }));
  return direct ? [{ url: direct.url, title: direct.title, type: "Cited directly" }, ...items.filter((i) => i.url !== direct.url)].slice(0, limit) : items;
}

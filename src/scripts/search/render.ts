// How a search result looks, in the header's list and on the search page; and the marking of
// the searched words on the page a result leads to.
import type { Segment } from "../../lib/search/excerpt";
import { url } from "../../lib/urls";
import type { Hit } from "./engine";

function excerptNodes(segments: Segment[]): Node[] {
  return segments.map((s) => {
    if (!s.mark) return document.createTextNode(s.text);
    const mark = document.createElement("mark");
    mark.textContent = s.text;
    return mark;
  });
}

/** A result: its title as a real link (so it can be opened in a new tab), its type (`cited` for a page the query cites; `types` words a type in the interface language) and excerpt. */
export function renderHit(
  hit: Pick<Hit, "url" | "title" | "type" | "direct"> & { excerpt?: Segment[] },
  tag: "li" | "article",
  cited = "Cited directly",
  types: Partial<Record<string, string>> = {},
): HTMLElement {
  const el = document.createElement(tag);
  const title = document.createElement("a");
  title.className = "hit-title";
  title.textContent = hit.title;
  title.href = hit.url;
  if (tag === "li") title.tabIndex = -1;
  el.append(title);
  const type = hit.direct ? cited : hit.type;
  if (type) {
    const t = document.createElement("span");
    t.className = "hit-type";
    t.textContent = types[type] ?? type;
    el.append(" ", t);
  }
  if (hit.excerpt?.length) {
    const ex = document.createElement(tag === "li" ? "span" : "p");
    ex.className = "hit-excerpt";
    ex.append(...excerptNodes(hit.excerpt));
    el.append(ex);
  }
  return el;
}

/** On a page opened from a search result (?highlight=word…), mark those whole words in the main content. */
export function highlightOnArrival() {
  if (!new URLSearchParams(location.search).has("highlight")) return;
  import(/* @vite-ignore */ url("/pagefind/pagefind-highlight.js"))
    .then(({ default: Highlight }) => {
      new Highlight({
        highlightParam: "highlight",
        addStyles: false,
        markContext: "main",
        markOptions: {
          className: "search-mark",
          exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"],
          // Whole words only: "be" is never marked inside "been".
          accuracy: { value: "exactly", limiters: [",", ".", ";", ":", "(", ")", "[", "]", "“", "”", '"', "'", "’", "?", "!", "«", "»", "/"] },
        },
      });
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      target?.scrollIntoView({ block: "start" });
    })
    .catch(() => {});
}

// How a search result looks, in the header's list and on the search page; and the marking of
// the searched words on the page a result leads to.
import { url } from "../../lib/urls";
import type { Hit } from "./engine";

/** Pagefind's excerpt is HTML with <mark> around matches; keep only text and <mark>. */
function safeExcerpt(html: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ""));
    }
  }
  return fragment;
}

export function renderHit(hit: Hit, tag: "li" | "article"): HTMLElement {
  const el = document.createElement(tag);
  const title = document.createElement(tag === "li" ? "span" : "a");
  title.className = "hit-title";
  title.textContent = hit.title;
  if (title instanceof HTMLAnchorElement) title.href = hit.url;
  el.append(title);
  const type = hit.direct ? "Cited directly" : hit.type;
  if (type) {
    const t = document.createElement("span");
    t.className = "hit-type";
    t.textContent = type;
    el.append(" ", t);
  }
  if (hit.excerpt) {
    const ex = document.createElement(tag === "li" ? "span" : "p");
    ex.className = "hit-excerpt";
    ex.append(safeExcerpt(hit.excerpt));
    el.append(ex);
  }
  return el;
}

/** On a page opened from a search result (?highlight=word…), mark the words in the main content. */
export function highlightOnArrival() {
  if (!new URLSearchParams(location.search).has("highlight")) return;
  import(/* @vite-ignore */ url("/pagefind/pagefind-highlight.js"))
    .then(({ default: Highlight }) => {
      new Highlight({ highlightParam: "highlight", addStyles: false, markContext: "main", markOptions: { className: "search-mark", exclude: ["[data-pagefind-ignore]", "[data-pagefind-ignore] *"] } });
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      target?.scrollIntoView({ block: "start" });
    })
    .catch(() => {});
}

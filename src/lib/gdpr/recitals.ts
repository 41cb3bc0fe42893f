// Renders a GDPR recital, verbatim: its paragraphs (anchored "#paragraph-2" where it has several),
// footnote calls linked to its footnotes and back, and the corrigendum's mark on a corrected
// paragraph. The recitals name no GDPR article (only other texts), so their text is not scanned for
// references.
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { GdprRecital } from "./model";
import { correctionNote } from "./render";

/** The anchor of a paragraph of a recital. */
export const recitalParagraphAnchor = (paragraph: number) => `paragraph-${paragraph}`;
const footnoteAnchor = (marker: string) => `footnote-${marker.replace(/\D/g, "")}`;
const callAnchor = (marker: string) => `footnote-call-${marker.replace(/\D/g, "")}`;

/** A paragraph's text with its footnote calls (" (4)") as links to the footnotes. */
function withCalls(text: string, footnotes: GdprRecital["footnotes"]): ElementContent[] {
  const out: ElementContent[] = [];
  let rest = text;
  for (;;) {
    const hit = footnotes
      .map((f) => ({ f, at: rest.indexOf(` ${f.marker}`) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0];
    if (!hit) break;
    out.push({ type: "text", value: rest.slice(0, hit.at + 1) });
    out.push(
      h("sup", [
        h(
          "a",
          {
            href: `#${footnoteAnchor(hit.f.marker)}`,
            id: callAnchor(hit.f.marker),
            className: ["footnote-call"],
            ariaLabel: `Footnote ${hit.f.marker.replace(/\D/g, "")}`,
          },
          hit.f.marker,
        ),
      ]),
    );
    rest = rest.slice(hit.at + 1 + hit.f.marker.length);
  }
  if (rest) out.push({ type: "text", value: rest });
  return out;
}

export function renderRecital(recital: GdprRecital): string {
  const several = recital.paragraphs.length > 1;
  const children: Element[] = recital.paragraphs.map((p, i) => {
    const id = several ? recitalParagraphAnchor(i + 1) : undefined;
    const inner: ElementContent[] = [];
    if (id) inner.push(h("a", { className: ["pin"], href: `#${id}`, ariaLabel: `Link to paragraph ${i + 1}` }));
    inner.push(h("p", withCalls(p.text, recital.footnotes)));
    if (p.corrected) inner.push(correctionNote(p.corrected));
    return h("div", { className: ["subsection", "recital-paragraph"], ...(id ? { id } : {}) }, inner);
  });
  if (recital.footnotes.length) {
    children.push(
      h("div", { className: ["footnotes", "gdpr-footnotes"] }, [
        h("h2", { className: ["sr-only"] }, "Footnotes of the Official Journal"),
        h(
          "ol",
          { className: ["footnote-list"] },
          recital.footnotes.map((f) =>
            h("li", { id: footnoteAnchor(f.marker) }, [
              h("span", { className: ["item-label"] }, f.marker),
              " ",
              f.text,
              " ",
              h(
                "a",
                { href: `#${callAnchor(f.marker)}`, className: ["footnote-back"], ariaLabel: `Back to the text of footnote ${f.marker.replace(/\D/g, "")}` },
                "↩",
              ),
            ]),
          ),
        ),
      ]),
    );
  }
  return toHtml({ type: "root", children });
}

/** The recital's plain text, footnote calls left as printed. */
export const recitalText = (recital: GdprRecital) => recital.paragraphs.map((p) => p.text).join(" ");

/** The recital's opening words, for lists: about `words` words, cut at a word, with "…". */
export function recitalOpening(recital: GdprRecital, words = 14): string {
  const all = recitalText(recital).split(/\s+/);
  return all.length <= words
    ? all.join(" ")
    : `${all
        .slice(0, words)
        .join(" ")
        .replace(/[,;:]$/, "")} …`;
}

// Renders a GDPR article, verbatim, with an anchor on every paragraph and point ("#paragraph-2",
// "#paragraph-2-a"; "#point-11", "#point-16-a" among Article 4's definitions) and its references to
// other articles, paragraphs, points and chapters made links. The same markup classes as the
// Act's text, so the statute styles (anchors, highlight of the targeted place) apply.
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { type LinkedReference, linkReferences } from "../refs/link";
import { type Registry, registry as projectRegistry } from "../refs/registry";
import { gdprPlaceAnchor, GDPR_NUMBERED_POINTS } from "../refs/targets";
import type { Correction } from "./corrigendum";
import type { GdprArticle, GdprParagraph, GdprPoint } from "./model";

/**
 * The mark on a paragraph or point the 2018 corrigendum corrected: which text is shown, citing the
 * corrigendum (searched, so that "corrigendum" finds the corrected places), and the wording as first
 * printed in a disclosure beside it (not searched, not linked).
 */
export function correctionNote(c: Correction): Element {
  return h("details", { className: ["correction"] }, [
    h("summary", [h("span", { className: ["correction__label"] }, "Shown as corrected"), ` by the corrigendum, ${c.by}. Wording as first printed`]),
    h("p", { className: ["correction__printed"], dataNoRefs: "", dataPagefindIgnore: "all" }, [
      h("span", { className: ["sr-only"] }, "As printed in OJ L 119, 4.5.2016: "),
      c.printed,
    ]),
  ]);
}

export interface RenderedArticle {
  html: string;
  references: LinkedReference[];
}

/** "Link to paragraph 2 (a)", "Link to point (11)". */
function pinLabel(article: number, paragraph: number, point?: string): string {
  if (GDPR_NUMBERED_POINTS.has(article)) return `Link to point (${paragraph})${point ? `(${point})` : ""}`;
  return `Link to paragraph ${paragraph}${point ? ` (${point})` : ""}`;
}

function pin(id: string, label: string): Element {
  return h("a", { className: ["pin"], href: `#${id}`, ariaLabel: label });
}

const bare = (label: string) => label.replace(/[()]/g, "");

function pointList(article: number, paragraph: number | null, points: GdprPoint[], parent?: string): Element | undefined {
  if (!points.length) return undefined;
  const dashes = points.every((p) => p.label === "—");
  return h(
    dashes ? "ul" : "ol",
    { className: ["items", dashes ? "dashes" : "points"] },
    points.map((p) => {
      const label = bare(p.label);
      // Addressable: lettered points of a numbered paragraph, and Article 4's numbered points with their letters.
      const place = dashes
        ? undefined
        : parent !== undefined
          ? { paragraph: Number(parent), point: label }
          : paragraph !== null
            ? { paragraph, point: label }
            : /^\d+$/.test(label)
              ? { paragraph: Number(label), point: undefined }
              : undefined;
      const id = place && gdprPlaceAnchor(article, place.paragraph, place.point);
      const children: ElementContent[] = [];
      if (id) children.push(pin(id, pinLabel(article, place!.paragraph, place!.point)));
      children.push(h("span", { className: ["item-label"] }, p.label), { type: "text", value: " " }, { type: "text", value: p.text });
      if (p.corrected) children.push(correctionNote(p.corrected));
      const nested = p.points?.length ? pointList(article, paragraph, p.points, label) : undefined;
      if (nested) children.push(nested);
      return h("li", id ? { id } : {}, children);
    }),
  );
}

function paragraphElement(article: number, p: GdprParagraph): Element {
  const id = p.number !== null ? gdprPlaceAnchor(article, p.number) : undefined;
  const children: ElementContent[] = [];
  if (id) children.push(pin(id, pinLabel(article, p.number!)));
  children.push(
    h("p", [
      ...(p.number !== null ? [h("span", { className: ["para-number"] }, `${p.number}.`), { type: "text" as const, value: " " }] : []),
      { type: "text", value: p.text },
    ]),
  );
  if (p.corrected) children.push(correctionNote(p.corrected));
  const list = pointList(article, p.number, p.points);
  if (list) children.push(list);
  for (const sub of p.subparagraphs) {
    children.push(h("p", { className: ["subparagraph"] }, sub.text));
    const subList = pointList(article, p.number, sub.points);
    if (subList) children.push(subList);
  }
  return h("div", { className: ["subsection", "gdpr-paragraph"], ...(id ? { id } : {}) }, children);
}

/** The article's text as HTML, references linked (and checked against `registry`). */
export function renderArticle(article: GdprArticle, registry: Registry = projectRegistry()): RenderedArticle {
  const tree: Root = { type: "root", children: article.paragraphs.map((p) => paragraphElement(article.number, p)) };
  if (article.footnotes.length) {
    tree.children.push(
      h("div", { className: ["footnotes", "gdpr-footnotes"] }, [
        h("p", { className: ["sr-only"] }, "Footnotes of the Official Journal"),
        ...article.footnotes.map((f) => h("p", [h("span", { className: ["item-label"] }, f.marker), " ", f.text])),
      ]),
    );
  }
  const references = linkReferences(
    tree,
    { lang: "en", statute: null, article: article.number },
    { registry, source: `content/gdpr/articles.json, Article ${article.number}` },
  );
  return { html: toHtml(tree), references };
}

/** Plain text of each addressable place of an article (for previews): "" is the whole article. */
export function articlePlaces(article: GdprArticle): Record<string, string> {
  const places: Record<string, string> = {};
  const all: string[] = [];
  const walk = (points: GdprPoint[], paragraph: number | null, intro: string, parent?: string) => {
    for (const p of points) {
      const label = bare(p.label);
      const place =
        p.label === "—"
          ? undefined
          : parent !== undefined
            ? gdprPlaceAnchor(article.number, Number(parent), label)
            : paragraph !== null
              ? gdprPlaceAnchor(article.number, paragraph, label)
              : /^\d+$/.test(label)
                ? gdprPlaceAnchor(article.number, Number(label))
                : undefined;
      if (place) places[place] = `${intro ? `${intro} … ` : ""}${p.label} ${p.text}`;
      if (p.points?.length) walk(p.points, paragraph, `${p.label} ${p.text}`, label);
    }
  };
  for (const p of article.paragraphs) {
    const texts = [p.text, ...p.points.map((pt) => `${pt.label} ${pt.text}`), ...p.subparagraphs.map((s) => s.text)];
    const text = `${p.number !== null ? `${p.number}. ` : ""}${texts.join(" ")}`;
    all.push(text);
    if (p.number !== null) places[gdprPlaceAnchor(article.number, p.number)] = text;
    walk(p.points, p.number, p.text);
    for (const s of p.subparagraphs) walk(s.points, p.number, s.text);
  }
  places[""] = all.join(" ");
  return places;
}

// Turns the HTML of one statute section into subsections with stable anchors.
//
// The Markdown of a section is a run of paragraphs, each a subsection (ledd), where a
// paragraph may be followed by a list of lettered items ("- a. …"). This plugin wraps each
// paragraph and its list in <div class="subsection" id="subsection-N">, gives each item the
// id "subsection-N-x", sets the letter apart and adds a permalink to each. A paragraph that
// is only an omission mark ("– – –") is not a subsection. Anything else fails loudly, so a
// malformed section cannot publish wrong anchors.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { h } from "hastscript";
import { toString } from "hast-util-to-string";
import { anchorId } from "../lib/citation";

export interface AnchorOptions {
  /** Prepended to every id, e.g. "section-16-" on the page with the whole Act. */
  prefix?: string;
  /** Accessible name of the permalink of a subsection or item. */
  pinLabel?: (subsection: number, letter?: string) => string;
  /** Set ids and permalinks (default). Off where the page puts the anchors elsewhere (the side-by-side table). */
  mark?: boolean;
}

export interface OutlineItem {
  letter: string;
  id: string;
}
export interface OutlineSubsection {
  number: number;
  id: string;
  items: OutlineItem[];
}

const ELISION = /^[–—-](\s*[–—-])*$/;
const LETTER = /^([a-zæøå]|\d{1,2})\.\s+/;

export class StatuteStructureError extends Error {}

// Narrows to an element with that tag only, so a node that fails the test may still be another element.
const isElement = <T extends string>(node: RootContent | ElementContent, tag?: T): node is Element & { tagName: T } =>
  node.type === "element" && (!tag || node.tagName === tag);
const isBlank = (node: RootContent) => node.type === "text" && node.value.trim() === "";

function pin(id: string, label: string): Element {
  return h("a", { className: ["pin"], href: `#${id}`, ariaLabel: label });
}

/** Splits "a. text" into the letter and the rest, inside the item's first text node. */
function takeLetter(li: Element): string {
  const first = li.children.find((c) => c.type === "text" || isElement(c));
  const textNode = first?.type === "text" ? first : first && isElement(first, "p") ? first.children[0] : undefined;
  const m = textNode?.type === "text" ? LETTER.exec(textNode.value) : null;
  if (!m || textNode?.type !== "text") {
    throw new StatuteStructureError(`a list item must start with its letter, like "a. …"; found "${toString(li).slice(0, 60)}"`);
  }
  textNode.value = textNode.value.slice(m[0].length);
  const holder = first && isElement(first, "p") ? first : li;
  holder.children.unshift(h("span", { className: ["item-label"] }, `${m[1]}.`), { type: "text", value: " " });
  return m[1];
}

/** Wraps subsections and assigns anchors in place; returns the outline it made. */
export function anchorSubsections(tree: Root, options: AnchorOptions = {}): OutlineSubsection[] {
  const { prefix = "", mark = true, pinLabel = (n: number, l?: string) => `Link to subsection ${n}${l ? ` (${l})` : ""}` } = options;
  const outline: OutlineSubsection[] = [];
  const children: RootContent[] = [];
  let wrapper: Element | undefined;

  for (const node of tree.children) {
    if (isBlank(node)) continue;
    if (isElement(node, "p") && ELISION.test(toString(node).trim())) {
      node.properties = { ...node.properties, className: ["elision"] };
      children.push(node);
      continue;
    }
    if (isElement(node, "p")) {
      const number = outline.length + 1;
      const id = anchorId(number, undefined, prefix);
      outline.push({ number, id, items: [] });
      wrapper = mark
        ? h("div", { className: ["subsection"], id, dataSubsection: number }, [pin(id, pinLabel(number)), node])
        : h("div", { className: ["subsection"], dataSubsection: number }, [node]);
      children.push(wrapper);
      continue;
    }
    if (isElement(node, "ul") || isElement(node, "ol")) {
      const current = outline.at(-1);
      if (!wrapper || !current || children.at(-1) !== wrapper) {
        throw new StatuteStructureError("a list of lettered items must follow the paragraph that introduces it");
      }
      const items = node.children.filter((c): c is Element => isElement(c, "li"));
      for (const li of items) {
        const letter = takeLetter(li);
        if (current.items.some((i) => i.letter === letter)) {
          throw new StatuteStructureError(`subsection ${current.number} has the letter "${letter}" twice`);
        }
        const id = anchorId(current.number, letter, prefix);
        current.items.push({ letter, id });
        li.properties = mark ? { id, dataLetter: letter } : { dataLetter: letter };
        if (mark) li.children.unshift(pin(id, pinLabel(current.number, letter)));
      }
      wrapper.children.push(h("ol", { className: ["items"] }, items));
      continue;
    }
    if (isElement(node, "section") && node.properties?.dataFootnotes !== undefined) {
      children.push(node);
      continue;
    }
    const what = node.type === "element" ? `<${node.tagName}>` : node.type;
    throw new StatuteStructureError(`statute text may hold only paragraphs, lettered lists and footnotes; found ${what}`);
  }
  tree.children = children;
  return outline;
}

/** The same, as a rehype plugin; the outline is left on file.data.outline. */
export default function rehypeSubsectionAnchors(options: AnchorOptions = {}) {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    file.data.outline = anchorSubsections(tree, options);
  };
}

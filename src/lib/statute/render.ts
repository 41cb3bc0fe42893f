// Renders the Markdown of one statute section to HTML, split by subsection so that pages can
// show a section alone, the whole Act, or both languages side by side with the same anchors.
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root as MdastRoot } from "mdast";
import { toString } from "hast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { type PluggableList, unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { type Lang, placeWords } from "../citation";
import rehypeSubsectionAnchors, { type OutlineSubsection } from "../../plugins/rehype-subsection-anchors";

export interface RenderedItem {
  letter: string;
  id: string;
  text: string;
  /** The item's content: its letter and text, without the <li>. */
  html: string;
}
export interface RenderedSubsection {
  number: number;
  id: string;
  /** The subsection's own HTML (wrapper included). */
  html: string;
  /** HTML that follows the subsection but is not part of it (an omission mark). */
  afterHtml: string;
  /** The introductory paragraph alone. */
  introHtml: string;
  /** Plain text of the introductory paragraph, footnote markers left out. */
  text: string;
  items: RenderedItem[];
}
export interface RenderedStatute {
  subsections: RenderedSubsection[];
  footnotesHtml: string;
  /** Everything, in order. */
  html: string;
}

export interface RenderOptions {
  lang: Lang;
  /** Prepended to ids on pages that hold many sections ("section-16-"). */
  prefix?: string;
  /** Further rehype plugins, run after the anchors are set (cross-references, for one). */
  rehypePlugins?: PluggableList;
  /** Named in errors: the file the Markdown came from. */
  source?: string;
  /** Set ids and permalinks in the HTML (default true); the ids are reported either way. */
  mark?: boolean;
  /** Heading level of the (visually hidden) footnotes label; one below the section's heading. */
  footnoteHeading?: "h2" | "h3" | "h4";
  /** Prepended to footnote ids instead of `prefix`: a second copy of a text on a page (the side rail) needs footnotes of its own while its links keep to the page's anchors. */
  footnotePrefix?: string;
}

const FOOTNOTE_WORDS: Record<Lang, { label: string; back: string }> = {
  en: { label: "Footnotes", back: "Back to the text" },
  nb: { label: "Fotnoter", back: "Tilbake til teksten" },
};

function plainText(node: Element): string {
  const copy: Element = structuredClone(node);
  const strip = (el: Element) => {
    el.children = el.children.filter(
      (c) => !(c.type === "element" && (c.tagName === "sup" || (c.properties?.className as string[] | undefined)?.includes("pin"))),
    );
    el.children.forEach((c) => c.type === "element" && strip(c));
  };
  strip(copy);
  return toString(copy).replace(/\s+/g, " ").trim();
}

/** mdast-util-to-hast always calls the footnotes label "footnote-label"; pages with many sections need it unique. */
function uniqueFootnoteLabel(tree: Root, id: string) {
  visit(tree, "element", (el: Element) => {
    if (el.properties?.id === "footnote-label") el.properties.id = id;
    const described = el.properties?.ariaDescribedBy;
    if (Array.isArray(described) && described.includes("footnote-label")) el.properties.ariaDescribedBy = [id];
  });
}

/**
 * The Markdown syntax tree of a text, parsed once per process: pages, data files and the registry
 * render the same section several times with different options, and parsing is most of a render.
 * The tree is only read (remark-rehype builds a new HTML tree from it), so one copy serves all.
 */
const parsed = new Map<string, MdastRoot>();

/** The section's HTML tree with anchors set and `rehypePlugins` run, and the outline of its subsections and items. */
function statuteTree(markdown: string, options: RenderOptions): { tree: Root; outline: OutlineSubsection[]; source: string } {
  const { lang, prefix = "", rehypePlugins = [], source = "statute text", footnoteHeading = "h2", mark = true, footnotePrefix = prefix } = options;
  const words = FOOTNOTE_WORDS[lang];
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {
      clobberPrefix: `${footnotePrefix}${lang}-`,
      footnoteLabel: words.label,
      footnoteLabelTagName: footnoteHeading,
      footnoteBackLabel: words.back,
    })
    .use(() => (tree: Root) => uniqueFootnoteLabel(tree, `${footnotePrefix}${lang}-footnote-label`))
    .use(rehypeSubsectionAnchors, {
      prefix,
      mark,
      pinLabel: (n: number, letter?: string) => (lang === "en" ? `Link to the ${placeWords(n, letter, "en")}` : `Lenke til ${placeWords(n, letter, "nb")}`),
    })
    .use(rehypePlugins);

  const file = new VFile({ value: markdown, path: source });
  let tree: Root;
  try {
    let mdast = parsed.get(markdown);
    if (!mdast) parsed.set(markdown, (mdast = processor.parse(file)));
    tree = processor.runSync(mdast, file) as Root;
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(source) ? message : `${source}: ${message}`, { cause: error });
  }
  const first = tree.children.find((node) => node.type === "element" && node.properties?.dataFootnotes === undefined);
  if (first?.type === "element" && !((first.properties?.className as string[] | undefined) ?? []).includes("subsection"))
    throw new Error(`${source}: text before the first subsection`);
  return { tree, outline: file.data.outline as OutlineSubsection[], source };
}

/**
 * The subsections and items of a section's text, with their anchors, checked as a render checks them
 * and with `rehypePlugins` run over the tree, but without its HTML: for those that only need its shape
 * (the registry) or what the plugins find in it (the references the "Cited by" index collects).
 */
export function statuteOutline(markdown: string, options: RenderOptions): OutlineSubsection[] {
  return statuteTree(markdown, options).outline;
}

export function renderStatute(markdown: string, options: RenderOptions): RenderedStatute {
  const { tree, outline } = statuteTree(markdown, options);

  const subsections: RenderedSubsection[] = [];
  let footnotesHtml = "";
  for (const node of tree.children) {
    if (node.type !== "element") continue;
    const classes = (node.properties?.className as string[] | undefined) ?? [];
    if (classes.includes("subsection")) {
      const entry = outline[subsections.length];
      const paragraph = node.children.find((c): c is Element => c.type === "element" && c.tagName === "p")!;
      const list = node.children.find((c): c is Element => c.type === "element" && c.tagName === "ol");
      const items = (list?.children ?? []).filter((c): c is Element => c.type === "element");
      subsections.push({
        number: entry.number,
        id: entry.id,
        html: toHtml(node),
        afterHtml: "",
        introHtml: toHtml(paragraph),
        text: plainText(paragraph),
        items: entry.items.map((item, i) => ({
          ...item,
          text: plainText(items[i]).replace(/^(?:[a-zæøå]|\d{1,2})\.\s*/, ""),
          html: toHtml(items[i].children.filter((c) => !(c.type === "element" && (c.properties?.className as string[] | undefined)?.includes("pin")))),
        })),
      });
    } else if (node.properties?.dataFootnotes !== undefined) {
      footnotesHtml = toHtml(node);
    } else {
      // statuteTree refused text before the first subsection.
      subsections.at(-1)!.afterHtml += toHtml(node);
    }
  }
  const html = subsections.map((s) => s.html + s.afterHtml).join("") + footnotesHtml;
  return { subsections, footnotesHtml, html };
}

// Renders a short piece of Markdown held in frontmatter or data (an explanation, a note) to HTML,
// with the same citation-target links as the site's MDX: [section 3](pda:3) becomes a site link,
// and a target that does not exist fails the build, naming the source. With `crossReferences` the
// references recognised in the words are linked too ("Article 33(3)"), as on the pages built from MDX.
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Root as HastRoot } from "hast";
import { toString } from "hast-util-to-string";
import type { Root } from "mdast";
import { type Processor, unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import rehypeCrossReferences, { type DocumentContext, type LinkedReference } from "../plugins/rehype-cross-references";
import rehypeTargetLinks, { type TargetLinkOptions } from "../plugins/rehype-target-links";
import { leadOf } from "./decisions/text";
import { type Registry, registry as projectRegistry } from "./refs/registry";

export interface MarkdownOptions extends TargetLinkOptions {
  /** Also link the references in the words, read in this context (which statute a bare "section 16" is). */
  crossReferences?: DocumentContext;
}

/**
 * The processors of renderMarkdown, one per registry and reading context: a processor is made once and
 * used for every text rendered with the same options (the trees, guides and glossary render hundreds of
 * short texts, and making a processor costs about half of rendering one).
 */
const snippetProcessors = new WeakMap<NonNullable<MarkdownOptions["registry"]>, Map<string, Processor>>();
const projectSnippetProcessors = new Map<string, Processor>();

/** `source` names the file and field in errors, e.g. "content/statutes/penal/205.mdx, field explanation". */
export function renderMarkdown(markdown: string, source: string, options: MarkdownOptions = {}): string {
  const { crossReferences, ...targetLinks } = options;
  let byContext = targetLinks.registry ? snippetProcessors.get(targetLinks.registry) : projectSnippetProcessors;
  if (!byContext) snippetProcessors.set(targetLinks.registry!, (byContext = new Map()));
  const context = JSON.stringify(crossReferences ?? null);
  let processor = byContext.get(context);
  if (!processor) {
    const made = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeTargetLinks, targetLinks);
    if (crossReferences) made.use(rehypeCrossReferences, { context: crossReferences, registry: targetLinks.registry, ids: false });
    byContext.set(context, (processor = made.use(rehypeStringify).freeze() as unknown as Processor));
  }
  return String(processor.processSync(new VFile({ value: markdown, path: source })));
}

/** A Markdown page's body as HTML, the references it makes (for the "Cited by" index) and its lead. */
export interface RenderedDocument {
  html: string;
  references: LinkedReference[];
  /** The first paragraph as plain text (lists, feeds and exports show it). */
  lead: string;
}

/** Keeps the lead of the parsed text, so that nothing parses the text again to find it. */
function remarkLead() {
  return (tree: Root, file: VFile) => {
    file.data.lead = leadOf(tree);
  };
}

declare module "vfile" {
  interface DataMap {
    lead: string;
  }
}

/**
 * Ids for a document's headings, made as Astro makes a Markdown page's: the heading's words in lower
 * case, punctuation and symbols dropped, each space a hyphen ("Why it matters" → "why-it-matters"), and
 * a repeat numbered ("facts", "facts-1"). A heading that has an id keeps it.
 */
export function rehypeHeadingIds() {
  return (tree: HastRoot) => {
    const seen = new Map<string, number>();
    visit(tree, "element", (el) => {
      if (!/^h[1-6]$/.test(el.tagName) || typeof el.properties.id === "string") return;
      const base = toString(el)
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-");
      let id = base;
      while (seen.has(id)) {
        const n = seen.get(base)! + 1;
        seen.set(base, n);
        id = `${base}-${n}`;
      }
      seen.set(id, 0);
      el.properties.id = id;
    });
  };
}

const documents = new WeakMap<Registry, { processor: Processor; rendered: Map<string, RenderedDocument> }>();

/**
 * The body of a Markdown content file (a decision) rendered as Astro renders Markdown (GitHub
 * flavour, no smart quotes, headings with ids: rehypeHeadingIds), with its citation targets and references linked
 * (the first link to each target with an id) in the context its path and frontmatter give. Each
 * body is rendered once per process: its page and the "Cited by" index share one parse, which at
 * 10,000 decisions is tens of seconds of build time; so do the lists, feeds and exports, which show its lead. `file` is the file's absolute path.
 */
export function renderDocument(markdown: string, file: string, frontmatter: Record<string, unknown>, reg: Registry = projectRegistry()): RenderedDocument {
  let forRegistry = documents.get(reg);
  if (!forRegistry) {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkLead)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeTargetLinks, { registry: () => reg })
      .use(rehypeCrossReferences, { registry: () => reg })
      .use(rehypeHeadingIds)
      .use(rehypeStringify, { allowDangerousHtml: true }) as unknown as Processor;
    documents.set(reg, (forRegistry = { processor, rendered: new Map() }));
  }
  const body = markdown.trim();
  const key = `${file}\n${body}`;
  let done = forRegistry.rendered.get(key);
  if (!done) {
    const vfile = new VFile({ value: body, path: file, data: { astro: { frontmatter } } });
    const html = String(forRegistry.processor.processSync(vfile));
    forRegistry.rendered.set(key, (done = { html, references: vfile.data.references ?? [], lead: vfile.data.lead ?? "" }));
  }
  return done;
}

// The rehype adapter of the reference-linking engine (src/lib/refs/link.ts): links the references
// in a Markdown/MDX file and reports them on file.data.references for the "Cited by" index.
//
// Statute pages pass the context (which statute and section the text is); for Markdown/MDX content
// it is read from the file's path (see contextFromFile).
import type { Root } from "hast";
import type { VFile } from "vfile";
import { contextFromFile, type DocumentContext, type LinkedReference, linkReferences } from "../lib/refs/link";
import { type Registry, registry as projectRegistry } from "../lib/refs/registry";

export { contextFromFile, type DocumentContext, type LinkedReference, linkReferences };

export interface CrossReferenceOptions {
  /** The context, or how to read it from the file being processed. Default: from the file's path. */
  context?: DocumentContext | ((file: VFile) => DocumentContext);
  /** What exists; defaults to the project's content/ folder. */
  registry?: () => Registry;
  /** Prepended to same-page anchors, on pages that hold many sections ("section-16-"). */
  prefix?: string;
  /** Give the first link to each target an id ("cite-pda-9-2") so that "Cited by" can point at it. Default: when the context comes from the file. */
  ids?: boolean;
}

/** The rehype plugin. */
export default function rehypeCrossReferences(options: CrossReferenceOptions = {}) {
  const getRegistry = options.registry ?? projectRegistry;
  return (tree: Root, file: VFile) => {
    const fromFile = options.context === undefined || typeof options.context === "function";
    const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
    const context = typeof options.context === "function" ? options.context(file) : (options.context ?? contextFromFile(file.path, frontmatter));
    const source = file.path ? file.path.replace(`${process.cwd()}/`, "") : "a Markdown file";
    file.data.references = linkReferences(tree, context, { registry: getRegistry(), prefix: options.prefix, ids: options.ids ?? fromFile, source });
  };
}

declare module "vfile" {
  interface DataMap {
    references: LinkedReference[];
  }
}

// The reference-linking engine: turns the references in an HTML tree into links to the exact
// place: "section 9 second subsection" → /personal-data-act/9/#subsection-2, "Article 9 (2) (a)"
// → /gdpr/article-9/#paragraph-2-a, "arbeidsmiljøloven § 9-1" → /arbeidsmiljoloven/9-1/, "the first
// subsection c" → #subsection-1-c of the same section. What counts as a reference is decided by
// recognise.ts; this walks the tree once, never links inside a link, code or a heading, checks
// that every place it links exists (a reference that does not exist fails the build, naming the
// file and the words; a section an extract does not hold stays plain text, see resolve.shouldLink),
// and returns what it found for the "Cited by" index. src/plugins/rehype-cross-references.ts is
// the rehype adapter; statute models and the Cited by index call linkReferences directly.
import type { Element, ElementContent, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import { anchorId, type Lang } from "../citation";
import { isStatuteKey, type StatuteKey, TARGET_PREFIXES } from "../statute/instruments";
import { url } from "../urls";
import { type Found, type Ref, recognise } from "./recognise";
import type { Registry } from "./registry";
import { citeId, refLabel, refName, refPath, refProblem, shouldLink } from "./resolve";
import { type Excerpt, sentenceAround } from "./sentence";
import { gdprPlaceAnchor, isStatuteTarget, parseTarget, type Target } from "./targets";

/** Where a text stands: its language and the statute, section or GDPR article it belongs to. */
export interface DocumentContext {
  /** Language of the text: links to sections of the Act go to the pages in this language. Default "en". */
  lang?: Lang;
  /** What a bare "section 12" cites: the Personal Data Act (default), another instrument by its key, or nothing (GDPR text). */
  statute?: StatuteKey | null;
  /** The section the text is; "the first subsection c" links to "#subsection-1-c" on the same page. */
  section?: string;
  /** The GDPR article the text is; "paragraph 2" links to "#paragraph-2" on the same page. */
  article?: number;
}

/** One reference found in a text. */
export interface LinkedReference {
  ref: Ref;
  /** The link ends a range that began here: the places between are cited too. */
  rangeFrom?: Ref;
  /** The words of the link. */
  words: string;
  /** The id of the nearest element around the link that has one (a subsection, an item, a paragraph). */
  place?: string;
  /** The link's own id, if it got one. */
  id?: string;
  /** The sentence that holds the reference. */
  excerpt: Excerpt;
  /** Written by hand as a target link ([…](pda:16)) rather than recognised in the text. */
  explicit?: boolean;
}

const SKIP = new Set(["a", "code", "pre", "kbd", "samp", "var", "script", "style", "svg", "math", "textarea", "button", "h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set(["p", "li", "td", "th", "dd", "dt", "figcaption", "caption", "blockquote", "div", "section", "article"]);
const TARGET_HREF = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "gdpr-recital", "decision", "guide", "tree", "glossary"].join("|")}):`);
/** Words that say by themselves what they cite; other link words ("7", "(c)", "VI") get an accessible name. */
const SELF_EXPLANATORY =
  /^(?:§|sections?|articles?|arts?\.|artikkel|artiklene|artikler|chapters?|kapittel|points?|paragraphs?|(?:gdpr\s+)?recitals?|rec\.|betraktning(?:ene|er)?|fortalepunkt(?:ene|er)?)(?![\p{L}])|\s(?:subsections?|ledd)(?![\p{L}])/iu;

/** The accessible name of a link whose words are only a number or letter of a list: it contains the words (WCAG 2.5.3). */
function accessibleName(words: string, ref: Ref, lang: Lang): string | undefined {
  if (SELF_EXPLANATORY.test(words)) return undefined;
  const label = refLabel(ref, lang);
  return label.toLowerCase().includes(words.toLowerCase()) ? label : `${words}: ${label}`;
}

/**
 * The context of Markdown/MDX content, from where its file lies under content/: content/statutes/<key>/<id>.mdx
 * is that instrument's section (content/statutes/pda/9.mdx the Act's section 9, content/statutes/penal/205.mdx
 * Penal Code § 205), content/statutes/<key>/en/<id>.mdx its English translation; anything else cites the
 * Personal Data Act by default.
 */
export function contextFromFile(path: string | undefined, frontmatter: Record<string, unknown> = {}): DocumentContext {
  const lang: Lang = frontmatter.lang === "nb" ? "nb" : "en";
  const m = path && /[\\/]content[\\/]([^\\/]+)[\\/](?:([a-z-]+)[\\/])?(?:(en)[\\/])?([^\\/]+)\.mdx?$/.exec(path);
  if (m?.[1] === "statutes" && m[2] && isStatuteKey(m[2])) return { lang: m[3] ? "en" : "nb", statute: m[2], section: m[4] };
  return { lang, statute: "pda" };
}

interface Block {
  parts: string[];
  length: number;
  text?: string;
}

/**
 * Links the references in a tree, in place, and returns them. Throws, naming `source` and the
 * words, when a reference points at a place that does not exist.
 */
export function linkReferences(
  tree: Root | Element,
  context: DocumentContext,
  options: { registry: Registry; prefix?: string; ids?: boolean; source?: string },
): LinkedReference[] {
  const { registry: reg, prefix = "", ids = false, source = "a text" } = options;
  const lang = context.lang ?? "en";
  const statute = context.statute === undefined ? "pda" : context.statute;
  const exists = (ref: Ref) => refProblem(ref, reg) === undefined;
  const found: (LinkedReference & { block: Block; offset: number })[] = [];
  const given = new Set<string>();

  const hrefOf = (ref: Ref): string => {
    if (ref.kind === statute && ref.section === context.section && ref.subsection) return `#${prefix}${anchorId(ref.subsection, ref.letter)}`;
    if (ref.kind === "gdpr" && ref.article === context.article && ref.paragraph) return `#${gdprPlaceAnchor(ref.article, ref.paragraph, ref.point)}`;
    return url(refPath(ref, lang, reg));
  };
  const idFor = (ref: Ref): string | undefined => {
    if (!ids || ref.kind === "chapter") return undefined;
    const id = citeId(ref);
    if (given.has(id)) return undefined;
    given.add(id);
    return id;
  };
  const check = (ref: Ref, words: string) => {
    const problem = refProblem(ref, reg);
    if (problem) throw new Error(`${source}: the reference "${words}" points nowhere: ${problem}`);
  };

  function linkText(value: string, block: Block, place: string | undefined, paragraph: number | undefined): ElementContent[] | undefined {
    const hits: Found[] = recognise(value, { statute, section: context.section, article: context.article, paragraph, exists }).filter((hit) =>
      shouldLink(hit.ref, reg),
    );
    if (!hits.length) return undefined;
    const out: ElementContent[] = [];
    let last = 0;
    for (const hit of hits) {
      const words = value.slice(hit.start, hit.end);
      check(hit.ref, words);
      if (hit.start > last) out.push({ type: "text", value: value.slice(last, hit.start) });
      const id = idFor(hit.ref);
      const properties: Element["properties"] = { href: hrefOf(hit.ref) };
      const name = accessibleName(words, hit.ref, lang);
      if (name) properties.ariaLabel = name;
      if (hit.ref.kind !== "chapter") properties.dataRef = refName(hit.ref);
      if (id) properties.id = id;
      out.push({ type: "element", tagName: "a", properties, children: [{ type: "text", value: words }] });
      found.push({
        ref: hit.ref,
        rangeFrom: hit.rangeFrom,
        words,
        place,
        id,
        block,
        offset: block.length + hit.start,
        excerpt: { text: "", start: 0, end: 0 },
      });
      last = hit.end;
    }
    if (last < value.length) out.push({ type: "text", value: value.slice(last) });
    return out;
  }

  /** A link written with a target ([…](pda:16)), already resolved by rehype-target-links or not. */
  function explicitLink(el: Element, block: Block, place: string | undefined) {
    const raw = el.properties?.dataTarget ?? el.properties?.href;
    if (typeof raw !== "string" || !TARGET_HREF.test(raw)) return;
    let target: Target;
    try {
      target = parseTarget(decodeURIComponent(raw));
    } catch {
      return; // rehype-target-links reports malformed targets
    }
    const words = toString(el);
    const id = idFor(target);
    if (id && el.properties.id === undefined) el.properties.id = id;
    if (isStatuteTarget(target) || target.kind === "gdpr" || target.kind === "gdpr-recital") el.properties.dataRef = refName(target);
    found.push({ ref: target, words, place, id, block, offset: block.length, explicit: true, excerpt: { text: "", start: 0, end: 0 } });
  }

  function walk(node: Root | Element, block: Block, place: string | undefined, paragraph: number | undefined) {
    const children: (RootContent | ElementContent)[] = [];
    for (const child of node.children) {
      if (child.type === "text") {
        const linked = linkText(child.value, block, place, paragraph);
        block.parts.push(child.value);
        block.length += child.value.length;
        if (linked) children.push(...linked);
        else children.push(child);
        continue;
      }
      children.push(child);
      if (child.type !== "element" && !("children" in child)) continue;
      if (child.type === "element") {
        const skip = SKIP.has(child.tagName) || child.properties?.dataNoRefs !== undefined;
        if (skip) {
          if (child.tagName === "a") explicitLink(child, block, place);
          const text = toString(child);
          block.parts.push(text);
          block.length += text.length;
          continue;
        }
        const id = typeof child.properties?.id === "string" ? child.properties.id : undefined;
        const inner = BLOCKS.has(child.tagName) ? { parts: [], length: 0 } : block;
        const para = id && context.article ? /(?:^|-)paragraph-(\d+)$/.exec(id) : null;
        walk(child, inner, id ?? place, para ? Number(para[1]) : paragraph);
        if (inner !== block) {
          block.parts.push(" ");
          block.length += 1;
        }
      } else {
        walk(child as unknown as Element, block, place, paragraph);
      }
    }
    node.children = children as typeof node.children;
  }

  walk(tree, { parts: [], length: 0 }, undefined, undefined);

  return found.map(({ block, offset, ...rest }) => {
    block.text ??= block.parts.join("");
    return { ...rest, excerpt: tidy(sentenceAround(block.text, offset, offset + rest.words.length)) };
  });
}

/** Collapses runs of white space in an excerpt, keeping the reference's place in it. */
function tidy(e: Excerpt): Excerpt {
  const squeeze = (s: string) => s.replace(/\s+/g, " ");
  const before = squeeze(e.text.slice(0, e.start));
  const words = squeeze(e.text.slice(e.start, e.end));
  return { text: before + words + squeeze(e.text.slice(e.end)), start: before.length, end: before.length + words.length };
}

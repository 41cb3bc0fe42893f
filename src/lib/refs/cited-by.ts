// The "Cited by" index: for every section, Penal Code provision, GDPR article, decision, guide and
// tree, the places on the site that cite it, each with the sentence that does and a link to that
// place. Built in one pass from content/ as the one content reader (lib/content/disk.ts) gives it,
// each file validated with its collection's schema:
//
//   content/statutes/*/*.mdx     statute text, in its instrument's context: references recognised in it
//   content/statutes/*/en/*.mdx    (the same plugin the pages use), and in its English translation where
//                                  held; frontmatter: the section's "see" list
//   content/decisions/*.md       body: recognised references and target links; frontmatter: any value
//   content/guides/*.mdx           that is a target string ("gdpr:33", "decision:grindr-2021")
//   content/trees/*.yaml         any value that is a target string; prose values are read for references
//
// Folders that do not exist are skipped, so collections added later are picked up as they come.
import { join } from "node:path";
import type { Root } from "hast";
import type { z } from "astro/zod";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { contextFromFile, type LinkedReference, linkReferences } from "./link";
import { type Lang, sectionLabel } from "../citation";
import { renderDocument } from "../markdown";
import { type DecisionData, decisionSchema } from "../../schemas/decision";
import { guide } from "../../schemas/guide";
import { statuteSection, statuteTranslation } from "../../schemas/statute";
import { tree } from "../../schemas/tree";
import { dataEntries, type Entry, markdownEntries } from "../content/disk";
import { TRANSLATION_FILE } from "../statute/read";
import { instrument, isStatuteKey, STATUTE_KEYS, type StatuteKey, TARGET_PREFIXES } from "../statute/instruments";
import { statuteOutline } from "../statute/render";
import { paths } from "../urls";
import { type Ref, recognise } from "./recognise";
import { type Registry, registry as projectRegistry } from "./registry";
import { between, documentOf, refName, refProblem, shouldLink } from "./resolve";
import { type Excerpt, plainExcerpt, sentenceAround } from "./sentence";
import { parseTarget, statuteSectionPath, type Target } from "./targets";

const KEY_ORDER: readonly string[] = STATUTE_KEYS;

/** What kind of page cites. */
export type CiterKind = "section" | "penal" | "statute" | "decision" | "guide" | "tree";

export interface Citation {
  /** The place cited, exactly: "pda:9(2)", "gdpr:9(2)(a)", "decision:grindr-2021". */
  target: string;
  kind: CiterKind;
  /** The citing document: "pda:10", "penal:205", "decision:<id>", "guide:<slug>", "tree:<slug>". */
  from: string;
  /** Its title, in the language of the citation where it has two. */
  title: string;
  lang: Lang;
  /** Site path of the citing place, with its anchor where there is one. */
  path: string;
  /** The anchor of the citing place in a statute ("subsection-1-b"), if any. */
  place?: string;
  /** The sentence that cites, or nothing for a bare citation in data (frontmatter, trees). */
  excerpt?: Excerpt;
  /** For ordering: the Act's order of sections, decision dates (newest first), titles. */
  sortKey: string;
}

/** A reference a statute section or Penal Code provision makes, for the data files (/data/<slug>.json). */
export interface Outgoing {
  /** "gdpr:9(2)(a)", "pda:9(2)", "gdpr-chapter:VII", "pda-chapter:6". */
  target: string;
  /** The subsection or item that makes it ("subsection-1", "subsection-2-b"). */
  from?: string;
  /** The words of the reference. */
  words: string;
  ref: Ref;
}

export interface CitationIndex {
  /** What cites a document ("pda:9", "gdpr:9", "penal:205", "decision:<id>" …), sections in `lang` (both if not given). */
  citedBy(document: string, lang?: Lang): Citation[];
  /** The references a statute section ("pda:31", "penal:205") makes in its text in `lang`, in order. */
  outgoing(section: string, lang: Lang): Outgoing[];
}

/** The order in which kinds of citing pages are listed. */
export const KIND_ORDER: CiterKind[] = ["section", "penal", "statute", "decision", "guide", "tree"];

/** A Markdown link whose address is a citation target: [words](target). */
const MD_TARGET_LINK = /\[([^\]]*)\]\(([a-z-]+:(?:[^()\s]|\([^()\s]*\))+)\)/g;
const TARGET_STRING = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "decision", "guide", "tree", "glossary"].join("|")}):\\S+$`);
const sectionSort = (id: string) => `${id.replace(/^(\d+)/, (n) => n.padStart(4, "0"))}`;

/** A key that sorts dates newest first, and undated last. */
const newestFirst = (date: string) => (date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : "~");

/** The decision schema checking citations against `reg`, made once per registry so that the reader validates each file once. */
const decisionSchemas = new WeakMap<Registry, ReturnType<typeof decisionSchema>>();
function decisionSchemaFor(reg: Registry) {
  let schema = decisionSchemas.get(reg);
  if (!schema) decisionSchemas.set(reg, (schema = decisionSchema(() => reg)));
  return schema;
}

/** Every string in a data value, with the path of fields that leads to it and the object holding it. */
function* strings(
  value: unknown,
  field: string[] = [],
  holder?: Record<string, unknown>,
): Generator<{ text: string; field: string; holder?: Record<string, unknown> }> {
  if (typeof value === "string") yield { text: value, field: field.join(".") || "(root)", holder };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...field, String(i)], holder);
  else if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) yield* strings(v, [...field, k], value as Record<string, unknown>);
  }
}

/** The longest prose string beside a target in the same object: the question or answer that cites it. */
function besideText(holder: Record<string, unknown> | undefined, self: string): string | undefined {
  let best: string | undefined;
  for (const v of Object.values(holder ?? {})) {
    if (typeof v === "string" && v !== self && /\s/.test(v) && !TARGET_STRING.test(v) && (!best || v.length > best.length)) best = v;
  }
  return best && sentenceAround(best, 0, 0).text;
}

type Entries<S extends z.ZodType> = Entry<z.infer<S>>[];

/** What the index reads: the citing content of each kind, each file validated with its collection's schema. */
export interface CitingContent {
  statutes: Entries<typeof statuteSection>;
  /** The English translations of statute sections, where held ("pda/en/16"). */
  translations: Entries<typeof statuteTranslation>;
  decisions: Entry<DecisionData>[];
  guides: Entries<typeof guide>;
  trees: Entries<typeof tree>;
}

/** The citing content of the project at `root`, through the one content reader. */
function readCitingContent(root: string, reg: Registry): CitingContent {
  return {
    statutes: markdownEntries("statutes", statuteSection, root, 2),
    translations: markdownEntries("statutes", statuteTranslation, root, 3, TRANSLATION_FILE),
    decisions: markdownEntries("decisions", decisionSchemaFor(reg), root),
    guides: markdownEntries("guides", guide, root),
    trees: dataEntries("trees", tree, root),
  };
}

/** The index of the project at `root`. */
export function buildCitationIndex(root: string = process.cwd(), reg: Registry = projectRegistry()): CitationIndex {
  return indexCitations(readCitingContent(root, reg), reg, root);
}

/** The index of `content`, its references checked against `reg`; `root` only places the files for messages. */
export function indexCitations(content: CitingContent, reg: Registry, root: string = process.cwd()): CitationIndex {
  const byDocument = new Map<string, Citation[]>();
  const seen = new Set<string>();
  const outgoing = new Map<string, Outgoing[]>();

  const citedFrom = new Set<string>();
  /** Files a citation; one from data (frontmatter) is dropped if the text of the same document already cites the place. */
  const add = (c: Citation, fromData = false) => {
    const doc = documentOf(parseTarget(c.target));
    if (doc === c.from) return; // a place citing its own document is not "cited by"
    const key = `${c.path}|${c.target}|${c.lang}`;
    if (seen.has(key) || (fromData && citedFrom.has(`${c.from}|${c.target}`))) return;
    seen.add(key);
    citedFrom.add(`${c.from}|${c.target}`);
    let list = byDocument.get(doc);
    if (!list) byDocument.set(doc, (list = []));
    list.push(c);
  };
  /** A found reference and, for a range, the places inside it. */
  const expand = (r: { ref: Ref; rangeFrom?: Ref }): Target[] => {
    const refs = [r.ref, ...(r.rangeFrom ? between(r.rangeFrom, r.ref, reg) : [])];
    return refs.filter((x): x is Target => x.kind !== "chapter");
  };
  const fromLinked = (refs: LinkedReference[], base: Omit<Citation, "target" | "path" | "place" | "excerpt">, page: string, placeIsAnchor: boolean) => {
    for (const r of refs) {
      const anchor = placeIsAnchor ? r.place : r.id;
      for (const t of expand(r)) {
        add({ ...base, target: refName(t), path: page + (anchor ? `#${anchor}` : ""), place: placeIsAnchor ? r.place : undefined, excerpt: r.excerpt });
      }
    }
  };
  const check = (t: Target, file: string, field: string, words = refName(t)) => {
    const problem = refProblem(t, reg);
    if (problem) throw new Error(`${file}: field "${field}": the reference "${words}" points nowhere: ${problem}`);
  };
  /** Citations in data: target strings anywhere, and (where asked) references in prose strings. */
  const fromData = (data: unknown, file: string, base: Omit<Citation, "target" | "path" | "place" | "excerpt">, page: string, prose: boolean) => {
    for (const { text, field, holder } of strings(data)) {
      if (TARGET_STRING.test(text)) {
        let t: Target;
        try {
          t = parseTarget(text);
        } catch (error) {
          throw new Error(`${file}: field "${field}" = ${JSON.stringify(text)}: ${(error as Error).message}`, { cause: error });
        }
        check(t, file, field);
        const beside = besideText(holder, text);
        add({ ...base, target: refName(t), path: page, excerpt: beside ? plainExcerpt({ text: beside, start: 0, end: 0 }) : undefined }, true);
      } else if (prose && /\s/.test(text) && !text.includes("://")) {
        // Markdown target links ([§ 4](epostforskriften:4)) cite their target; their words are not read again,
        // as on the page, where the words of a link are never linked a second time.
        const plainText = text.replace(MD_TARGET_LINK, (whole, words: string, href: string) => {
          let t: Target | undefined;
          try {
            t = parseTarget(href);
          } catch {
            return whole;
          }
          check(t, file, field, words);
          add(
            { ...base, target: refName(t), path: page, excerpt: plainExcerpt(sentenceAround(text, text.indexOf(whole), text.indexOf(whole) + whole.length)) },
            true,
          );
          return " ".repeat(whole.length);
        });
        for (const hit of recognise(plainText, { statute: "pda", exists: (r) => refProblem(r, reg) === undefined }).filter((h) => shouldLink(h.ref, reg))) {
          for (const t of expand(hit)) {
            check(t, file, field, text.slice(hit.start, hit.end));
            add({ ...base, target: refName(t), path: page, excerpt: plainExcerpt(sentenceAround(text, hit.start, hit.end)) }, true);
          }
        }
      }
    }
  };

  // Statute text: each section of content/statutes/ in each language it is held in, the translations first.
  // A section of an instrument held in two languages (the Act) is cited in each, under its heading in that
  // language; one of an instrument with pages of its own (the Penal Code's) under its own group, by its
  // number; the others' sections under their Norwegian citation and heading.
  const translated = new Set(content.translations.map((e) => e.id.replace("/en/", "/")));
  const headings = new Map(content.statutes.map((e) => [e.id, e.data.heading]));
  for (const lang of ["en", "nb"] as const) {
    for (const e of lang === "en" ? content.translations : content.statutes) {
      const [key, id] = e.id.replace("/en/", "/").split("/");
      if (!isStatuteKey(key)) continue;
      const refs = statuteReferences(e.body, lang, e.filePath, { statute: key, section: id }, reg);
      outgoing.set(
        `${lang}:${key}:${id}`,
        refs.map((r) => ({ target: refName(r.ref), from: r.place, words: r.words, ref: r.ref })),
      );
      const heading = headings.get(`${key}/${id}`);
      const base = translated.has(`${key}/${id}`)
        ? { kind: "section" as const, from: `${key}:${id}`, title: heading?.[lang] ?? "", lang, sortKey: sectionSort(id) }
        : instrument(key).ownPages
          ? { kind: "penal" as const, from: `${key}:${id}`, title: `§ ${id}`, lang: "en" as const, sortKey: sectionSort(id) }
          : {
              kind: "statute" as const,
              from: `${key}:${id}`,
              title: `${instrument(key).name.nb} § ${sectionLabel(id)}. ${heading?.nb ?? ""}`,
              lang,
              sortKey: `${KEY_ORDER.indexOf(key)}|${sectionSort(id)}`,
            };
      fromLinked(refs, base, statuteSectionPath(key, id, lang), true);
      // The frontmatter: its "see" list, each target with the explanation beside it.
      if ("see" in e.data) fromData(e.data, e.filePath, base, statuteSectionPath(key, id, lang), false);
    }
  }

  // Decisions and guides: Markdown bodies and frontmatter.
  const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  const documents = [
    ...content.decisions.map((e) => {
      const title = e.data.title;
      return { e, kind: "decision" as const, id: e.data.id, title, page: paths.decision(e.id), sortKey: `${newestFirst(e.data.decided ?? "")}|${title}` };
    }),
    ...content.guides.map((e) => ({
      e,
      kind: "guide" as const,
      id: e.id,
      title: e.data.title,
      page: paths.guide(e.id),
      sortKey: e.data.title,
    })),
  ];
  for (const { e, kind, id, title, page, sortKey } of documents) {
    const base = { kind, from: `${kind}:${id}`, title, lang: "en" as const, sortKey };
    const path = join(root, e.filePath);
    let refs: LinkedReference[];
    // A decision's page renders its body with renderDocument, once: the index takes the references from that render.
    if (kind === "decision") refs = renderDocument(e.body, path, e.data, reg).references;
    else {
      const vfile = new VFile({ value: e.body, path });
      const tree = markdown.runSync(markdown.parse(vfile), vfile) as Root;
      refs = linkReferences(tree, contextFromFile(path, e.data), { registry: reg, ids: true, source: e.filePath });
    }
    fromLinked(refs, base, page, false);
    fromData(e.data, e.filePath, base, page, false);
  }

  // Decision trees: data files.
  for (const e of content.trees) {
    fromData(e.data, e.filePath, { kind: "tree", from: `tree:${e.id}`, title: e.data.title, lang: "en", sortKey: e.data.title }, paths.tool(e.id), true);
  }

  for (const list of byDocument.values()) list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sortKey.localeCompare(b.sortKey));

  return {
    citedBy: (document, lang) => (byDocument.get(document) ?? []).filter((c) => !lang || c.kind !== "section" || c.lang === lang),
    outgoing: (section, lang) => outgoing.get(`${lang}:${section}`) ?? [],
  };
}

/** The references in a statute section's text, with the subsection or item each sits in. */
function statuteReferences(body: string, lang: Lang, source: string, context: { statute: StatuteKey; section: string }, reg: Registry): LinkedReference[] {
  let refs: LinkedReference[] = [];
  statuteOutline(body, {
    lang,
    source,
    rehypePlugins: [
      () => (tree: Root) => {
        refs = linkReferences(tree, { lang, ...context }, { registry: reg, source });
      },
    ],
  });
  return refs;
}

let cached: CitationIndex | undefined;
/** The index of the project in the working directory, built once per process. */
export function citationIndex(): CitationIndex {
  cached ??= buildCitationIndex();
  return cached;
}

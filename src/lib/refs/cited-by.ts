// The "Cited by" index: for every section, Penal Code provision, GDPR article, decision, guide and
// tree, the places on the site that cite it, each with the sentence that does and a link to that
// place. Built from content/ on disk in one pass, each file read once:
//
//   content/act/{en,nb}/*.mdx    statute text: references recognised in it (the same plugin the pages use)
//   content/penal-code/*.mdx     statute text, Penal Code context
//   content/decisions/*.mdx      body: recognised references and target links; frontmatter: any value
//   content/guides/*.mdx           that is a target string ("gdpr:33", "decision:grindr-2021")
//   content/trees/*.{yaml,json}  any value that is a target string; prose values are read for references
//
// Folders that do not exist are skipped, so collections added later are picked up as they come.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Root } from "hast";
import { load } from "js-yaml";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { contextFromFile, type LinkedReference, linkReferences } from "./link";
import { type Lang, sectionLabel } from "../citation";
import { markdownFiles } from "../content/disk";
import { instrument, isStatuteKey, STATUTE_KEYS, type StatuteKey, TARGET_PREFIXES } from "../statute/instruments";
import { renderStatute } from "../statute/render";
import { paths } from "../urls";
import { type Ref, recognise } from "./recognise";
import { type Registry, registry as projectRegistry } from "./registry";
import { between, documentOf, refName, refProblem, shouldLink } from "./resolve";
import { type Excerpt, sentenceAround } from "./sentence";
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

/** A reference a section of the Act makes, for /data/act.json. */
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
  /** The references a section of the Act makes, in order. */
  outgoing(section: string, lang: Lang): Outgoing[];
}

/** The order in which kinds of citing pages are listed. */
export const KIND_ORDER: CiterKind[] = ["section", "penal", "statute", "decision", "guide", "tree"];

/** A Markdown link whose address is a citation target: [words](target). */
const MD_TARGET_LINK = /\[([^\]]*)\]\(([a-z-]+:(?:[^()\s]|\([^()\s]*\))+)\)/g;
const TARGET_STRING = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "decision", "guide", "tree", "glossary"].join("|")}):\\S+$`);
const files = (dir: string, ext: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => ext.test(f))
        .sort()
    : [];
const stem = (f: string) => f.replace(/\.[^.]+$/, "");
const sectionSort = (id: string) => `${id.replace(/^(\d+)/, (n) => n.padStart(4, "0"))}`;

function titleOf(data: Record<string, unknown>, fallback: string, lang: Lang = "en"): string {
  const t = data.title;
  if (typeof t === "string") return t;
  if (t && typeof t === "object" && typeof (t as Record<string, unknown>)[lang] === "string") return (t as Record<Lang, string>)[lang];
  if (typeof data.entity === "string") return data.entity;
  return fallback;
}

/** A key that sorts dates newest first, and undated last. */
const newestFirst = (date: string) => (date ? date.replace(/\d/g, (d) => String(9 - Number(d))) : "~");

function dateOf(data: Record<string, unknown>): string {
  for (const [key, value] of Object.entries(data)) {
    if (!/date|decided/i.test(key)) continue;
    const v = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  }
  return "";
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

export function buildCitationIndex(root: string = process.cwd(), reg: Registry = projectRegistry()): CitationIndex {
  const content = join(root, "content");
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
        add({ ...base, target: refName(t), path: page, excerpt: beside ? { text: beside, start: 0, end: 0 } : undefined }, true);
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
          add({ ...base, target: refName(t), path: page, excerpt: sentenceAround(text, text.indexOf(whole), text.indexOf(whole) + whole.length) }, true);
          return " ".repeat(whole.length);
        });
        for (const hit of recognise(plainText, { statute: "pda", exists: (r) => refProblem(r, reg) === undefined }).filter((h) => shouldLink(h.ref, reg))) {
          for (const t of expand(hit)) {
            check(t, file, field, text.slice(hit.start, hit.end));
            add({ ...base, target: refName(t), path: page, excerpt: sentenceAround(text, hit.start, hit.end) }, true);
          }
        }
      }
    }
  };

  // The Act, both languages.
  const enTitles = new Map<string, { en: string; nb: string }>();
  for (const lang of ["en", "nb"] as const) {
    const dir = join(content, "act", lang);
    for (const f of files(dir, /\.mdx?$/)) {
      const id = stem(f);
      const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(dir, f), "utf8"));
      if (lang === "en" && frontmatter.title) enTitles.set(id, frontmatter.title as { en: string; nb: string });
      const refs = statuteReferences(body, lang, `content/act/${lang}/${f}`, { statute: "pda", section: id }, reg);
      outgoing.set(
        `${lang}:${id}`,
        refs.map((r) => ({ target: refName(r.ref), from: r.place, words: r.words, ref: r.ref })),
      );
      const title = enTitles.get(id)?.[lang] ?? "";
      fromLinked(refs, { kind: "section", from: `pda:${id}`, title, lang, sortKey: sectionSort(id) }, paths.section(id, lang), true);
    }
  }

  // The Penal Code: Norwegian statute text, read the way the registry reads it.
  const penalDir = join(content, "penal-code");
  for (const f of files(penalDir, /\.mdx?$/)) {
    const id = stem(f);
    const file = `content/penal-code/${f}`;
    const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(penalDir, f), "utf8"));
    const base = { kind: "penal" as const, from: `penal:${id}`, title: titleOf(frontmatter, `§ ${id}`), lang: "en" as const, sortKey: sectionSort(id) };
    fromLinked(statuteReferences(body, "nb", file, { statute: "penal", section: id }, reg), base, paths.penalCode(id), true);
    fromData(frontmatter, file, base, paths.penalCode(id), false);
  }

  // The regulations and other instruments of content/statutes/: Norwegian statute text.
  for (const e of markdownFiles("statutes", root, 2)) {
    const [key, id] = e.id.split("/");
    if (!isStatuteKey(key)) continue;
    const heading = (e.frontmatter.heading as { nb?: string } | undefined)?.nb ?? "";
    const title = `${instrument(key).name.nb} § ${sectionLabel(id)}. ${heading}`;
    const base = { kind: "statute" as const, from: `${key}:${id}`, title, lang: "nb" as const, sortKey: `${KEY_ORDER.indexOf(key)}|${sectionSort(id)}` };
    fromLinked(statuteReferences(e.body, "nb", e.filePath, { statute: key, section: id }, reg), base, statuteSectionPath(key, id), true);
  }

  // Decisions and guides: Markdown bodies and frontmatter.
  const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);
  for (const [folder, kind] of [
    ["decisions", "decision"],
    ["guides", "guide"],
  ] as const) {
    const dir = join(content, folder);
    for (const f of files(dir, /\.mdx?$/)) {
      const slug = stem(f);
      const file = `content/${folder}/${f}`;
      const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(dir, f), "utf8"));
      const id = kind === "decision" ? String(frontmatter.id ?? slug) : slug;
      const page = kind === "decision" ? paths.decision(slug) : paths.guide(slug);
      const date = dateOf(frontmatter);
      const title = titleOf(frontmatter, id);
      const base = { kind, from: `${kind}:${id}`, title, lang: "en" as const, sortKey: kind === "decision" ? `${newestFirst(date)}|${title}` : title };
      const vfile = new VFile({ value: body, path: join(dir, f) });
      const tree = markdown.runSync(markdown.parse(vfile), vfile) as Root;
      const refs = linkReferences(tree, contextFromFile(join(dir, f), frontmatter), { registry: reg, ids: true, source: file });
      fromLinked(refs, base, page, false);
      fromData(frontmatter, file, base, page, false);
    }
  }

  // Decision trees: data files.
  const treeDir = join(content, "trees");
  for (const f of files(treeDir, /\.(ya?ml|json)$/)) {
    const slug = stem(f);
    const file = `content/trees/${f}`;
    const text = readFileSync(join(treeDir, f), "utf8");
    const data = f.endsWith(".json") ? JSON.parse(text) : load(text);
    const title = titleOf((data ?? {}) as Record<string, unknown>, slug);
    fromData(data, file, { kind: "tree", from: `tree:${slug}`, title, lang: "en", sortKey: title }, paths.tool(slug), true);
  }

  for (const list of byDocument.values()) list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sortKey.localeCompare(b.sortKey));

  return {
    citedBy: (document, lang) => (byDocument.get(document) ?? []).filter((c) => !lang || c.kind !== "section" || c.lang === lang),
    outgoing: (section, lang) => outgoing.get(`${lang}:${section}`) ?? [],
  };
}

/** The references in a statute section's text, with the subsection or item each sits in. */
export function statuteReferences(
  body: string,
  lang: Lang,
  source: string,
  context: { statute: StatuteKey; section: string },
  reg: Registry,
): LinkedReference[] {
  let refs: LinkedReference[] = [];
  renderStatute(body, {
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

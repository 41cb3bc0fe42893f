// The one reader of content/ for code that runs where Astro's collections cannot be queried:
// Markdown plugins (the reference registry and the "Cited by" index run inside the Markdown
// pipeline), data endpoints built from the same files, and tests. Each file is read and parsed
// once per process; entries are validated with the same Zod schemas the collections use
// (src/content.config.ts), so a bad file fails here exactly as it fails the build, naming the
// file, the field and the value.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { z } from "astro/zod";
import { load } from "js-yaml";
import { describeIssues, readFrontmatter } from "./strict-loader";

/** A Markdown/MDX file as read: its id (path below the folder, without extension), frontmatter and body. */
export interface RawEntry {
  id: string;
  /** Path relative to the project root, for messages: "content/statutes/penal/205.mdx". */
  filePath: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface Entry<T> {
  id: string;
  filePath: string;
  data: T;
  body: string;
}

const raw = new Map<string, RawEntry[]>();
const parsedMarkdown = new Map<string, { frontmatter: Record<string, unknown>; body: string }>();
const parsedData = new Map<string, unknown>();
const valid = new Map<string, WeakMap<z.ZodType, unknown>>();

const MARKDOWN = /\.mdx?$/;

function walk(dir: string, depth: number): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return depth > 1 ? walk(path, depth - 1) : [];
      return MARKDOWN.test(name) ? [path] : [];
    });
}

/**
 * The Markdown/MDX files of content/<folder>/, each parsed once. `depth` 2 takes the files one folder
 * down as well (content/statutes/<key>/<id>.mdx, id "<key>/<id>"), 3 two (content/statutes/<key>/en/<id>.mdx).
 */
export function markdownFiles(folder: string, root = process.cwd(), depth = 1): RawEntry[] {
  const base = join(root, "content", folder);
  const key = `${base}|${depth}`;
  let entries = raw.get(key);
  if (!entries) {
    entries = walk(base, depth).map((path) => {
      // A file read again from another folder or depth (content/statutes/pda/ for the registry, content/statutes/ for the model) is parsed once.
      let parsed = parsedMarkdown.get(path);
      if (!parsed) parsedMarkdown.set(path, (parsed = readFrontmatter(readFileSync(path, "utf8"))));
      return { id: relative(base, path).replace(MARKDOWN, "").split("\\").join("/"), filePath: relative(root, path), ...parsed };
    });
    raw.set(key, entries);
  }
  return entries;
}

function validated<T>(cacheKey: string, schema: z.ZodType<T>, make: () => T): T {
  let bySchema = valid.get(cacheKey);
  if (!bySchema) valid.set(cacheKey, (bySchema = new WeakMap()));
  if (!bySchema.has(schema)) bySchema.set(schema, make());
  return bySchema.get(schema) as T;
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`Invalid content in ${where}:\n${describeIssues(schema, value)}`);
}

/**
 * The entries of content/<folder>/, their frontmatter validated with `schema` (the collection's);
 * with `only`, those whose id it matches ("pda/en/12a" for the translations under content/statutes/).
 */
export function markdownEntries<T>(folder: string, schema: z.ZodType<T>, root = process.cwd(), depth = 1, only?: RegExp): Entry<T>[] {
  return validated(`md|${root}|${folder}|${depth}|${only}`, schema as z.ZodType<Entry<T>[]>, () =>
    markdownFiles(folder, root, depth)
      .filter((e) => !only || only.test(e.id))
      .map((e) => ({ id: e.id, filePath: e.filePath, body: e.body, data: check(schema, e.frontmatter, e.filePath) })),
  ) as Entry<T>[];
}

/** A YAML or JSON file under content/ ("glossary/terms.yaml"), parsed once; undefined if it does not exist. */
export function dataFile(file: string, root = process.cwd()): unknown {
  const path = join(root, "content", file);
  if (!parsedData.has(path)) {
    const text = existsSync(path) ? readFileSync(path, "utf8") : undefined;
    const json = file.endsWith(".json");
    try {
      parsedData.set(path, text === undefined ? undefined : json ? JSON.parse(text) : load(text));
    } catch (error) {
      throw new Error(`content/${file}: not valid ${json ? "JSON" : "YAML"}: ${(error as Error).message}`, { cause: error });
    }
  }
  return parsedData.get(path);
}

/** One data file under content/ ("gdpr/articles.json") validated with `schema`; a missing file is an error unless `optional`. */
export function dataEntry<T>(file: string, schema: z.ZodType<T>, root?: string): T;
export function dataEntry<T>(file: string, schema: z.ZodType<T>, root: string | undefined, optional: true): T | undefined;
export function dataEntry<T>(file: string, schema: z.ZodType<T>, root = process.cwd(), optional = false): T | undefined {
  const data = dataFile(file, root);
  if (data === undefined) {
    if (optional) return undefined;
    throw new Error(`content/${file}: missing`);
  }
  return validated(`one|${root}|${file}`, schema, () => check(schema, data, `content/${file}`));
}

/** The data files (YAML or JSON) of content/<folder>/ by id, parsed once; `depth` as for markdownFiles. */
export function dataFiles(folder: string, root = process.cwd(), depth = 1, name?: RegExp): { id: string; filePath: string; data: unknown }[] {
  const base = join(root, "content", folder);
  const found: string[] = [];
  const visit = (dir: string, d: number) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (d > 1) visit(path, d - 1);
      } else if (/\.(ya?ml|json)$/.test(entry) && (!name || name.test(entry))) found.push(path);
    }
  };
  visit(base, depth);
  return found.map((path) => ({ id: relative(base, path).replace(/\.(ya?ml|json)$/, ""), filePath: relative(root, path), data: dataFile(relative(join(root, "content"), path), root) }));
}

/** Validated entries of a data file holding a list (the glossary) or of a folder of data files (the trees). */
export function dataEntries<T>(folderOrFile: string, schema: z.ZodType<T>, root = process.cwd(), depth = 1, name?: RegExp): Entry<T>[] {
  return validated(`data|${root}|${folderOrFile}|${depth}|${name}`, schema as z.ZodType<Entry<T>[]>, () => {
    if (/\.(ya?ml|json)$/.test(folderOrFile)) {
      const list = (dataFile(folderOrFile, root) ?? []) as unknown[];
      return list.map((item, i) => ({ id: String((item as { slug?: unknown }).slug ?? i), filePath: `content/${folderOrFile}`, body: "", data: check(schema, item, `content/${folderOrFile}, entry ${i + 1}`) }));
    }
    return dataFiles(folderOrFile, root, depth, name).map((f) => ({ id: f.id, filePath: f.filePath, body: "", data: check(schema, f.data, f.filePath) }));
  }) as Entry<T>[];
}

// Astro's glob() and file() loaders, with schema errors that name the file, the field and the
// value, one line per problem:
//   Invalid content in content/statutes/pda/16.mdx (collection "statutes"):
//     field "chapter" = 4.5: expected a chapter number or the chapter's heading as printed, got 4.5
// Dates are read as written. Astro reads YAML as YAML 1.1, which makes an unquoted 2021-12-13 a Date
// and rolls an impossible one over into a real one (2020-13-45 becomes 14 February 2021), so no
// schema could refuse it; here such a value reaches the schema as the text written.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { file, glob } from "astro/loaders";
import type { z } from "astro/zod";
import { load } from "js-yaml";

/** YAML as YAML 1.2 reads it (js-yaml's core schema): an unquoted date stays the text written. */
const parseYaml = (text: string) => load(text) as Record<string, Record<string, unknown>> | Record<string, unknown>[];

/**
 * The frontmatter block where Astro finds it: "---" at the start of the file (after a byte-order mark or
 * blank lines), the YAML, and the next "---". The body is the file without the block, from the end of the
 * closing "---" on, as Astro hands it over (so that positions in the body keep their lines).
 */
const FRONTMATTER = /^(\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/** A Markdown file's frontmatter, dates as written, and its body. */
export function readFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const block = FRONTMATTER.exec(text);
  if (!block) return { frontmatter: {}, body: text };
  const data = parseYaml(block[2]);
  return { frontmatter: data && typeof data === "object" ? (data as Record<string, unknown>) : {}, body: block[1] + text.slice(block[0].length) };
}

/** `data` with each Date in it (how YAML 1.1 hands over an unquoted date) replaced by the text at the same place in `written`. */
function datesAsWritten(data: unknown, written: unknown): unknown {
  if (data instanceof Date) return typeof written === "string" ? written : data;
  if (Array.isArray(data)) return data.map((value, i) => datesAsWritten(value, Array.isArray(written) ? written[i] : undefined));
  if (data && typeof data === "object") {
    const at = (key: string) => (written && typeof written === "object" ? (written as Record<string, unknown>)[key] : undefined);
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, datesAsWritten(value, at(key))]));
  }
  return data;
}

/** Whether `data` holds a Date anywhere. */
const hasDate = (data: unknown): boolean =>
  data instanceof Date || (Array.isArray(data) ? data.some(hasDate) : !!data && typeof data === "object" && Object.values(data).some(hasDate));

export function describeIssues(schema: z.ZodType, data: unknown): string {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return "";
  return result.error.issues
    .map((issue) => {
      const field = issue.path.map(String).join(".") || "(root)";
      const json = "input" in issue && issue.input !== undefined ? JSON.stringify(issue.input) : undefined;
      const value = json === undefined ? " (missing)" : ` = ${json.length > 80 ? `${json.slice(0, 77)}...` : json}`;
      return `  field "${field}"${value}: ${issue.message}`;
    })
    .join("\n");
}

function strict(
  inner: Loader,
  schema: z.ZodType,
  source: (filePath: string | undefined, id: string) => string,
  readAsWritten?: (filePath: string) => unknown,
): Loader {
  return {
    name: `strict-${inner.name}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (given) => {
          const props = readAsWritten && given.filePath && hasDate(given.data) ? { ...given, data: datesAsWritten(given.data, readAsWritten(given.filePath)) as typeof given.data } : given;
          try {
            return await context.parseData(props);
          } catch (error) {
            const detail = describeIssues(schema, props.data) || `  ${(error as Error).message}`;
            throw new Error(`Invalid content in ${source(props.filePath, props.id)} (collection "${context.collection}"):\n${detail}`, { cause: error });
          }
        },
      }),
  };
}

/** Markdown/MDX files under a folder, one entry per file, dates as written. `inner` replaces Astro's loader in tests. */
export function strictGlob(options: { base: string; pattern: string }, schema: z.ZodType, inner: Loader = glob(options)): Loader {
  return strict(
    inner,
    schema,
    (filePath, id) => (filePath ? relative(process.cwd(), filePath) : `${options.base}/${id}`),
    (filePath) => readFrontmatter(readFileSync(filePath, "utf8")).frontmatter,
  );
}

/** What Astro gives its own loaders besides the documented context: the entry type of each file extension. */
type WithEntryTypes = LoaderContext & { entryTypes: Map<string, object> };

/**
 * Like strictGlob, but Astro does not render the files' Markdown when it loads them: their pages
 * render the body themselves (lib/markdown.ts, renderDocument), once, for the page and the "Cited
 * by" index alike, instead of a second time while the content is loaded. `inner` replaces Astro's loader in tests.
 */
export function strictGlobUnrendered(options: { base: string; pattern: string }, schema: z.ZodType, inner: Loader = glob(options)): Loader {
  return strictGlob(options, schema, {
    ...inner,
    // Astro's glob loader renders a file when the entry type of its extension has a render function.
    load: (context) =>
      inner.load({
        ...context,
        entryTypes: new Map([...(context as WithEntryTypes).entryTypes].map(([extension, type]) => [extension, { ...type, getRenderFunction: undefined }])),
      } as LoaderContext),
  });
}

/** One YAML or JSON data file holding many entries, dates as written. `inner` replaces Astro's loader in tests. */
export function strictFile(path: string, schema: z.ZodType, inner: Loader = file(path, { parser: /\.ya?ml$/.test(path) ? parseYaml : JSON.parse })): Loader {
  return strict(inner, schema, (_filePath, id) => `${path}, entry "${id}"`);
}

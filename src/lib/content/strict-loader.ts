// Astro's glob() and file() loaders, with schema errors that name the file, the field and the
// value, one line per problem:
//   Invalid content in content/act/en/16.mdx (collection "act"):
//     field "chapter" = "four": expected a chapter number, got "four"
import { relative } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { file, glob } from "astro/loaders";
import type { z } from "astro/zod";

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

function strict(inner: Loader, schema: z.ZodType, source: (filePath: string | undefined, id: string) => string): Loader {
  return {
    name: `strict-${inner.name}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
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

/** Markdown/MDX files under a folder, one entry per file. `inner` replaces Astro's loader in tests. */
export function strictGlob(options: { base: string; pattern: string }, schema: z.ZodType, inner: Loader = glob(options)): Loader {
  return strict(inner, schema, (filePath, id) => (filePath ? relative(process.cwd(), filePath) : `${options.base}/${id}`));
}

/** One YAML or JSON data file holding many entries. `inner` replaces Astro's loader in tests. */
export function strictFile(path: string, schema: z.ZodType, inner: Loader = file(path)): Loader {
  return strict(inner, schema, (_filePath, id) => `${path}, entry "${id}"`);
}

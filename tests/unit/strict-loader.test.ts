// The strict loaders' messages and their reading of dates (src/lib/content/strict-loader.ts);
// tests/unit/build-errors.test.ts runs real content files through them.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { afterAll, describe, expect, test } from "vitest";
import { describeIssues, readFrontmatter, strictFile, strictGlob, strictGlobUnrendered } from "../../src/lib/content/strict-loader";
import { isoDate } from "../../src/schemas/common";

const schema = z.strictObject({ title: z.string(), year: z.number().int(), tags: z.array(z.string()).optional() });

describe("describeIssues", () => {
  test("one line per problem, naming the field and the value, or that it is missing", () => {
    expect(describeIssues(schema, { year: 1.5, tags: ["a", 2] }).split("\n")).toEqual([
      '  field "title" (missing): Invalid input: expected string, received undefined',
      '  field "year" = 1.5: Invalid input: expected int, received number',
      '  field "tags.1" = 2: Invalid input: expected string, received number',
    ]);
  });

  test("a value that is not an object is named as the root; long values are shortened", () => {
    expect(describeIssues(schema, "text")).toMatch(/^ {2}field "\(root\)" = "text": /);
    const long = describeIssues(schema, { title: "x".repeat(200), year: "y".repeat(200) });
    expect(long).toMatch(/field "year" = "y{76}\.\.\.: /);
  });

  test("nothing for valid data", () => {
    expect(describeIssues(schema, { title: "T", year: 2024 })).toBe("");
  });
});

describe("the loaders", () => {
  const entry = (data: unknown, filePath?: string): Loader => ({
    name: "fake",
    load: async (context) => void (await context.parseData({ id: "x", data: data as never, filePath })),
  });
  const context = (parse: (data: unknown) => unknown) =>
    ({ collection: "things", parseData: async ({ data }: { data: unknown }) => parse(data) }) as unknown as LoaderContext;

  test("a file entry names the file relative to the project", async () => {
    const loader = strictGlob({ base: "content/things", pattern: "*.md" }, schema, entry({ title: 1, year: 2024 }, `${process.cwd()}/content/things/x.md`));
    await expect(loader.load(context((d) => schema.parse(d)))).rejects.toThrow(
      'Invalid content in content/things/x.md (collection "things"):\n  field "title" = 1:',
    );
  });

  test("an error that is not the schema's keeps its own message and is the cause", async () => {
    const failure = new Error("the id is taken");
    const loader = strictFile("content/things.yaml", schema, entry({ title: "T", year: 2024 }));
    const error = await loader.load(context(() => Promise.reject(failure))).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toBe('Invalid content in content/things.yaml, entry "x" (collection "things"):\n  the id is taken');
    expect(error?.cause).toBe(failure);
  });
});

describe("files whose pages render their own Markdown", () => {
  test("reach Astro's loader with no render function for any extension, and are checked as strictly", async () => {
    const render = async () => () => ({ html: "" });
    const given = { collection: "things", entryTypes: new Map([[".md", { extensions: [".md"], getRenderFunction: render }]]), parseData: async () => ({}) };
    let seen: Map<string, { extensions?: string[]; getRenderFunction?: unknown }> | undefined;
    const inner: Loader = {
      name: "fake",
      load: async (context) => {
        seen = (context as unknown as typeof given).entryTypes;
        await context.parseData({ id: "x", data: { title: 1, year: 2024 } as never, filePath: `${process.cwd()}/content/things/x.md` });
      },
    };
    const loader = strictGlobUnrendered({ base: "content/things", pattern: "*.md" }, schema, inner);
    await expect(loader.load({ ...given, parseData: async ({ data }: { data: unknown }) => schema.parse(data) } as unknown as LoaderContext)).rejects.toThrow(
      'Invalid content in content/things/x.md (collection "things"):\n  field "title" = 1:',
    );
    expect(seen?.get(".md")).toEqual({ extensions: [".md"], getRenderFunction: undefined });
    expect(given.entryTypes.get(".md")?.getRenderFunction).toBe(render);
  });
});

describe("dates are read as written", () => {
  const dated = z.strictObject({ title: z.string(), decided: isoDate });
  const dir = mkdtempSync(join(tmpdir(), "ndpr-dates-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Loads one Markdown file as Astro's glob() hands it over: frontmatter read as YAML 1.1, unquoted dates as Dates. */
  async function loadFile(text: string) {
    const path = join(dir, "x.mdx");
    writeFileSync(path, text);
    const inner: Loader = {
      name: "fake",
      load: async (context) => void (await context.parseData({ id: "x", data: parseFrontmatter(text).frontmatter, filePath: path })),
    };
    let parsed: unknown;
    const context = { collection: "things", parseData: async ({ data }: { data: unknown }) => (parsed = dated.parse(data)) } as unknown as LoaderContext;
    await strictGlob({ base: dir, pattern: "*.mdx" }, dated, inner).load(context);
    return parsed;
  }

  test("YAML 1.1 rolls an impossible unquoted date over into a real one (why the loader reads dates itself)", () => {
    expect(parseFrontmatter("---\ndecided: 2020-13-45\n---\n").frontmatter.decided).toEqual(new Date("2021-02-14"));
  });

  test("an impossible unquoted date fails naming the file, the field and the value", async () => {
    await expect(loadFile("---\ntitle: T\ndecided: 2020-13-45\n---\nText.\n")).rejects.toThrow(
      /Invalid content in .*x\.mdx \(collection "things"\):\n {2}field "decided" = "2020-13-45": expected a real date written YYYY-MM-DD, got "2020-13-45"/,
    );
  });

  test("a real unquoted date reaches the schema as written, in lists and nested fields too", async () => {
    expect(await loadFile("---\ntitle: T\ndecided: 2021-06-01\n---\nText.\n")).toEqual({ title: "T", decided: "2021-06-01" });
    expect(readFrontmatter("---\nversions:\n  - { until: 2021-06-30 }\n---\nBody.\n")).toEqual({
      frontmatter: { versions: [{ until: "2021-06-30" }] },
      body: "\nBody.\n",
    });
  });
});

// The strict loaders' messages (src/lib/content/strict-loader.ts); tests/unit/build-errors.test.ts
// runs real content files through them.
import type { Loader, LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import { describe, expect, test } from "vitest";
import { describeIssues, strictFile, strictGlob } from "../../src/lib/content/strict-loader";

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

// The one reader of content/ outside Astro's collections: each file parsed once, entries validated
// with the collections' schemas, and a bad file failing with its path, field and value.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "astro/zod";
import { afterAll, describe, expect, test } from "vitest";
import { dataEntries, dataEntry, dataFile, markdownEntries, markdownFiles } from "../../src/lib/content/disk";

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-disk-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, "content", path, ".."), { recursive: true });
    writeFileSync(join(dir, "content", path), text);
  }
  return dir;
}

const titled = z.strictObject({ title: z.string().min(1), count: z.number().default(0) });

describe("Markdown entries", () => {
  const root = project({
    "notes/b.mdx": "---\ntitle: Second\n---\nBody of b.\n",
    "notes/a.md": "---\ntitle: First\ncount: 2\n---\nBody of a.\n",
    "notes/skip.txt": "not Markdown",
    "laws/x/1.mdx": "---\ntitle: One\n---\nText.\n",
  });

  test("are read in name order, with ids, paths, frontmatter and body", () => {
    expect(markdownFiles("notes", root).map((e) => [e.id, e.filePath, e.frontmatter.title, e.body.trim()])).toEqual([
      ["a", "content/notes/a.md", "First", "Body of a."],
      ["b", "content/notes/b.mdx", "Second", "Body of b."],
    ]);
  });

  test("are validated with the schema, defaults applied, and the same result is given each time", () => {
    const first = markdownEntries("notes", titled, root);
    expect(first.map((e) => e.data)).toEqual([
      { title: "First", count: 2 },
      { title: "Second", count: 0 },
    ]);
    expect(markdownEntries("notes", titled, root)).toBe(first);
  });

  test("one folder down with depth 2, the id keeping the folder", () => {
    expect(markdownFiles("laws", root, 2).map((e) => e.id)).toEqual(["x/1"]);
    expect(markdownFiles("laws", root)).toEqual([]);
  });

  test("two folders down with depth 3, filtered by id; a file walked again from elsewhere is the same parse", () => {
    const laws = project({ "laws/x/1.mdx": "---\ntitle: One\n---\nText.\n", "laws/x/en/1.mdx": "---\ntitle: Un\n---\nTexte.\n" });
    expect(markdownEntries("laws", titled, laws, 3, /^[^/]+\/en\//).map((e) => [e.id, e.data.title])).toEqual([["x/en/1", "Un"]]);
    expect(markdownEntries("laws", titled, laws, 2).map((e) => e.id)).toEqual(["x/1"]);
    const [once] = markdownFiles("laws/x", laws);
    expect(markdownFiles("laws", laws, 2)[0].frontmatter).toBe(once.frontmatter);
  });

  test("a file the schema refuses fails naming the file, the field and the value", () => {
    const bad = project({ "notes/c.mdx": "---\ntitle: 7\n---\nText.\n" });
    expect(() => markdownEntries("notes", titled, bad)).toThrow(/Invalid content in content\/notes\/c\.mdx:\n {2}field "title" = 7/);
  });

  test("a folder that does not exist has no entries", () => {
    expect(markdownEntries("nothing", titled, root)).toEqual([]);
  });
});

describe("data files", () => {
  const root = project({
    "list.yaml": "- slug: a\n  title: A\n- slug: b\n  title: B\n",
    "one.json": '{ "title": "J" }',
    "trees/t1.yaml": "title: T1\n",
    "trees/t2.yaml": "title: T2\n",
    "broken.json": "{ nope",
  });
  const slugged = z.strictObject({ slug: z.string(), title: z.string() });

  test("a list file gives one entry per item, keyed by slug", () => {
    expect(dataEntries("list.yaml", slugged, root).map((e) => [e.id, e.data.title])).toEqual([
      ["a", "A"],
      ["b", "B"],
    ]);
  });

  test("a folder gives one entry per file", () => {
    expect(dataEntries("trees", titled, root).map((e) => [e.id, e.filePath, e.data.title])).toEqual([
      ["t1", "content/trees/t1.yaml", "T1"],
      ["t2", "content/trees/t2.yaml", "T2"],
    ]);
  });

  test("one file, validated; a missing one is an error unless optional", () => {
    expect(dataEntry("one.json", titled, root)).toEqual({ title: "J", count: 0 });
    expect(dataEntry("none.json", titled, root, true)).toBeUndefined();
    expect(() => dataEntry("none.json", titled, root)).toThrow("content/none.json: missing");
    expect(dataFile("none.yaml", root)).toBeUndefined();
  });

  test("a file that does not parse names the file", () => {
    expect(() => dataFile("broken.json", root)).toThrow(/^content\/broken\.json: not valid JSON/);
  });

  test("an entry the schema refuses names the file and the entry", () => {
    expect(() => dataEntries("list.yaml", z.strictObject({ slug: z.string(), title: z.number() }), root)).toThrow(
      'Invalid content in content/list.yaml, entry 1:\n  field "title" = "A"',
    );
  });
});

// What the build rejects, and how it says so, checked in-process: each case takes a real content
// file, breaks it the way a contributor might, and runs it through the same loader, schema,
// model or Markdown plugin the build uses. The message must name the file, the field and the
// value. tests/unit/build-smoke.test.ts runs two real builds to prove that the build calls them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import type { z } from "astro/zod";
import { load } from "js-yaml";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, test } from "vitest";
import { readFrontmatter, strictFile, strictGlob } from "../../src/lib/content/strict-loader";
import { buildGuides } from "../../src/lib/guides/model";
import { renderMarkdown } from "../../src/lib/markdown";
import { registry } from "../../src/lib/refs/registry";
import { buildStatutes } from "../../src/lib/statute/model";
import { instrumentFacts } from "../../src/lib/statute/read";
import { targetProblem } from "../../src/lib/trees/cites";
import { assertValidTree } from "../../src/lib/trees/validate";
import rehypeCrossReferences from "../../src/plugins/rehype-cross-references";
import rehypeTargetLinks from "../../src/plugins/rehype-target-links";
import { decision } from "../../src/schemas/decision";
import { guide } from "../../src/schemas/guide";
import { statuteSection } from "../../src/schemas/statute";
import { tree, type TreeData } from "../../src/schemas/tree";
import { actFiles, root } from "./helpers/act-files";

/** The text of a content file with one edit applied; the edit must change something. */
function edited(file: string, edit: (text: string) => string): string {
  const before = readFileSync(join(root, file), "utf8");
  const after = edit(before);
  expect(after, `the edit of ${file} changes nothing`).not.toBe(before);
  return after;
}

/** The frontmatter (or YAML data) and body of an edited file, as the build's loaders hand them to the schema (dates as written). */
function parsed(file: string, edit: (text: string) => string): { data: Record<string, unknown>; body: string } {
  const text = edited(file, edit);
  if (file.endsWith(".yaml")) return { data: load(text) as Record<string, unknown>, body: "" };
  const { frontmatter, body } = readFrontmatter(text);
  return { data: frontmatter, body };
}

/** Runs one entry through a strict loader whose inner loader hands it over as Astro's glob() would. */
async function loadEntry(collection: string, file: string, schema: z.ZodType, data: unknown): Promise<string> {
  const id = file.replace(/^.*\//, "").replace(/\.\w+$/, "");
  const inner: Loader = {
    name: "fake",
    load: async (context) => void (await context.parseData({ id, data: data as Record<string, unknown>, filePath: file })),
  };
  const loader = strictGlob({ base: file.replace(/\/[^/]*$/, ""), pattern: "*" }, schema, inner);
  const context = { collection, parseData: async ({ data }: { data: unknown }) => schema.parse(data) } as unknown as LoaderContext;
  try {
    await loader.load(context);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was accepted`);
}

/** The site's Markdown pipeline for MDX bodies: target links, then cross-references. */
function renderBody(file: string, body: string): () => string {
  return () =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeTargetLinks)
        .use(rehypeCrossReferences)
        .use(rehypeStringify)
        .processSync(new VFile({ value: body, path: join(root, file) })),
    );
}

describe("a malformed content file names the file, the field and the value", () => {
  test("a section with no heading", async () => {
    const file = "content/statutes/pda/16.mdx";
    const { data } = parsed(file, (t) => t.replace(/^heading:\n {2}nb: .*\n {2}en: .*\n/m, ""));
    const message = await loadEntry("statutes", file, statuteSection, data);
    expect(message).toContain('Invalid content in content/statutes/pda/16.mdx (collection "statutes")');
    expect(message).toMatch(/field "heading" \(missing\)/);
  });

  test("a malformed field, with its value", async () => {
    const file = "content/statutes/pda/5.mdx";
    const { data } = parsed(file, (t) => t.replace("chapter: 3", "chapter: 3.5"));
    const message = await loadEntry("statutes", file, statuteSection, data);
    expect(message).toContain("Invalid content in content/statutes/pda/5.mdx");
    expect(message).toContain(`field "chapter" = 3.5: expected a chapter number or the chapter's heading as printed, got 3.5`);
  });

  test("a malformed extension field of a section (a Penal Code provision's penalty frame), with its value", async () => {
    const file = "content/statutes/penal/205.mdx";
    const years = parsed(file, (t) => t.replace("imprisonment: { years: 2 }", "imprisonment: { years: two }")).data;
    const message = await loadEntry("statutes", file, statuteSection, years);
    expect(message).toContain('Invalid content in content/statutes/penal/205.mdx (collection "statutes")');
    expect(message).toContain('field "penalty.main.imprisonment.years" = "two": expected a whole number, got "two"');
    const degree = parsed("content/statutes/penal/267a.mdx", (t) => t.replace("degree: gross-negligence", "degree: carelessness")).data;
    const other = await loadEntry("statutes", "content/statutes/penal/267a.mdx", statuteSection, degree);
    expect(other).toContain("Invalid content in content/statutes/penal/267a.mdx");
    expect(other).toMatch(/field "penalty\.negligence\.degree" = "carelessness"/);
  });

  test("an extension field that contradicts the section's text", () => {
    const file = "content/statutes/penal/205.mdx";
    const { data, body } = parsed(file, (t) => t.replace('wording: "bot eller fengsel inntil 2 år"', 'wording: "bot eller fengsel inntil 3 år"'));
    const facts = { id: "penal/instrument", data: instrumentFacts("penal", root), filePath: "content/statutes/penal/instrument.yaml" };
    expect(() => buildStatutes([{ id: "penal/205", data: statuteSection.parse(data), body, filePath: file }], [facts])).toThrow(
      'content/statutes/penal/205.mdx: field "penalty.main.wording" = "bot eller fengsel inntil 3 år": not found verbatim in subsection 1',
    );
  });

  test("a chapter that does not exist", () => {
    const act = actFiles();
    const sections = act.sections.map((e) =>
      e.id === "pda/16" ? { ...e, data: statuteSection.parse(parsed(e.filePath, (t) => t.replace("chapter: 4", "chapter: 12")).data) } : e,
    );
    expect(() => buildStatutes(sections, act.instrument, undefined, act.translations)).toThrow(
      /content\/statutes\/pda\/16\.mdx: field "chapter" = 12: no such chapter/,
    );
  });

  test("a decision with an unknown authority", async () => {
    const file = "content/decisions/2021-12-13-grindr.md";
    const { data } = parsed(file, (t) => t.replace("authority: Datatilsynet", "authority: Datatilsynett"));
    const message = await loadEntry("decisions", file, decision, data);
    expect(message).toContain("Invalid content in content/decisions/2021-12-13-grindr.md");
    expect(message).toContain('field "authority" = "Datatilsynett": unknown authority "Datatilsynett"');
  });

  test("a decision page stating a fact of its own instead of taking it from the dataset", async () => {
    const file = "content/decisions/2023-08-07-meta.md";
    const { data } = parsed(file, (t) => t.replace("authority: Datatilsynet", "authority: Datatilsynet\nrelated: [meta-2023-bann]"));
    const message = await loadEntry("decisions", file, decision, data);
    expect(message).toContain("Invalid content in content/decisions/2023-08-07-meta.md");
    expect(message).toMatch(/related/);
  });

  test("a data file names the entry", async () => {
    const path = "content/glossary/terms.yaml";
    const schema = tree.shape.title;
    const inner: Loader = { name: "fake", load: async (context) => void (await context.parseData({ id: "ledd", data: 42 as never })) };
    const context = { collection: "glossary", parseData: async ({ data }: { data: unknown }) => schema.parse(data) } as unknown as LoaderContext;
    await expect(strictFile(path, schema, inner).load(context)).rejects.toThrow(
      'Invalid content in content/glossary/terms.yaml, entry "ledd" (collection "glossary"):\n  field "(root)" = 42',
    );
  });
});

describe("a broken decision tree names the tree, its file and the node", () => {
  test("an answer that leads to no node", () => {
    const file = "content/trees/dpo-required.yaml";
    const { data } = parsed(file, (t) => t.replace('next: required-core-activities\n      - id: "no"', 'next: nowhere\n      - id: "no"'));
    const reg = registry();
    expect(() => assertValidTree("dpo-required", file, tree.parse(data) as TreeData, (target) => targetProblem(target, reg))).toThrow(
      /^Decision tree "dpo-required" \(content\/trees\/dpo-required\.yaml\) is broken:\n(.*\n)*.*node "monitoring": answer "yes" leads to "nowhere", which is not a node/,
    );
  });

  test("a tree field with the wrong value", async () => {
    const file = "content/trees/dpia-required.yaml";
    const { data } = parsed(file, (t) => t.replace('tone: "no"', "tone: perhaps"));
    const message = await loadEntry("trees", file, tree, data);
    expect(message).toContain("Invalid content in content/trees/dpia-required.yaml");
    expect(message).toContain('field "nodes.not-required.tone" = "perhaps": expected "yes", "no" or "depends", got "perhaps"');
  });
});

describe("a reference to a place that does not exist names the file and the words", () => {
  test("in a decision summary", () => {
    const file = "content/decisions/2021-12-13-grindr.md";
    const { body } = parsed(file, (t) => `${t}\nThe authority also relied on section 35.\n`);
    expect(renderBody(file, body)).toThrow('content/decisions/2021-12-13-grindr.md: the reference "section 35" points nowhere: pda:35: no such section');
  });

  test("a section in a guide's frontmatter list", () => {
    const file = "content/guides/dpia.mdx";
    const { data, body } = parsed(file, (t) => t.replace("  - pda:14\n", "  - pda:14\n  - pda:35\n"));
    expect(() => buildGuides([{ id: "dpia", data: guide.parse(data), body, filePath: file }], registry())).toThrow(
      'content/guides/dpia.mdx: field "cites.4" = "pda:35": pda:35: no such section',
    );
  });

  test("a decision linked in a guide's body", () => {
    const file = "content/guides/transfers.mdx";
    const { body } = parsed(file, (t) => t.replace("(decision:ferde-2021)", "(decision:ferde-2099)"));
    expect(renderBody(file, body)).toThrow(/transfers\.mdx: broken reference decision:ferde-2099: no decision with this id/);
  });

  test("a letter in a Penal Code provision's explanation", () => {
    const file = "content/statutes/penal/204.mdx";
    const { data } = parsed(file, (t) => t.replace("[Article 33(1)](gdpr:33(1))", "[section 205 (e)](penal:205(1)(e))"));
    const { relation } = statuteSection.parse(data);
    expect(() => renderMarkdown(relation!, `${file}, field relation`)).toThrow(
      "content/statutes/penal/204.mdx, field relation: broken reference penal:205(1)(e): no letter e in that subsection",
    );
  });
});

// Reads content/act the way the build does, for tests that run without Astro.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { load } from "js-yaml";
import { actChapter, actSection, actSectionNb } from "../../../src/schemas/act";

export const root = join(import.meta.dirname, "..", "..", "..");
export const shared = join(root, "..", "shared");

export function readEntries(lang: "en" | "nb") {
  const dir = join(root, "content", "act", lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, f), "utf8"));
      const data = (lang === "en" ? actSection : actSectionNb).parse(frontmatter);
      return { id: f.replace(/\.mdx$/, ""), data: data as never, body: content, filePath: `content/act/${lang}/${f}` };
    });
}

export function readChapters() {
  const data = load(readFileSync(join(root, "content", "act", "chapters.yaml"), "utf8")) as Record<string, { title: { en: string; nb: string } }>;
  return Object.entries(data).map(([id, value]) => ({ id, data: actChapter.parse(value) }));
}

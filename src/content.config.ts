// Declares the content collections. Schemas live in src/schemas/, one file per concept; the
// strict loaders make a bad file fail the build naming the file, the field and the value.
import { defineCollection } from "astro:content";
import type { z } from "astro/zod";
import { strictFile, strictGlob, strictGlobUnrendered } from "./lib/content/strict-loader";
import { decision } from "./schemas/decision";
import { glossaryTerm } from "./schemas/glossary";
import { guide } from "./schemas/guide";
import { statuteInstrument, statuteSection, statuteTranslation } from "./schemas/statute";
import { tree } from "./schemas/tree";

const files = <S extends z.ZodType>(base: string, pattern: string, schema: S) => defineCollection({ loader: strictGlob({ base, pattern }, schema), schema });
const entries = <S extends z.ZodType>(path: string, schema: S) => defineCollection({ loader: strictFile(path, schema), schema });

export const collections = {
  // Decision pages render their Markdown themselves (lib/markdown.ts), once for the page and the "Cited by" index.
  decisions: defineCollection({ loader: strictGlobUnrendered({ base: "content/decisions", pattern: "*.md" }, decision), schema: decision }),
  guides: files("content/guides", "*.mdx", guide),
  glossary: entries("content/glossary/terms.yaml", glossaryTerm),
  trees: files("content/trees", "*.yaml", tree),
  statutes: files("content/statutes", "*/*.mdx", statuteSection),
  // The English translation of an instrument's sections, where the site holds one (the Act's).
  translations: files("content/statutes", "*/en/*.mdx", statuteTranslation),
  instruments: files("content/statutes", "*/instrument.yaml", statuteInstrument),
};

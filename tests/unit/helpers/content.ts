// Reads content the way the build does, for tests that run without Astro: MDX entries with
// their frontmatter checked by a schema, and the registry of what exists, with the GDPR's
// paragraphs and points taken from ../shared/sources/gdpr-en.json when the site has no GDPR
// collection yet, so that citations of paragraphs and points are checked too.
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { z } from "astro/zod";
import type { EntryLike } from "../../../src/lib/content/errors";
import { markdownEntries } from "../../../src/lib/content/disk";
import { readRegistry, type Registry } from "../../../src/lib/refs/registry";
import { root, shared } from "./act-files";

export function readMdx<S extends z.ZodType>(folder: string, schema: S): Required<EntryLike<z.infer<S>>>[] {
  return markdownEntries(folder.replace(/^content\//, ""), schema as z.ZodType<z.infer<S>>, root);
}

let cached: Registry | undefined;
export function fullRegistry(): Registry {
  if (cached) return cached;
  const reg = readRegistry(root);
  if (!existsSync(join(root, "content", "gdpr", "articles.json"))) {
    const tmp = mkdtempSync(join(tmpdir(), "ndpr-gdpr-"));
    mkdirSync(join(tmp, "content", "gdpr"), { recursive: true });
    symlinkSync(join(shared, "sources", "gdpr-en.json"), join(tmp, "content", "gdpr", "articles.json"));
    reg.gdpr = readRegistry(tmp).gdpr;
  }
  cached = reg;
  return reg;
}

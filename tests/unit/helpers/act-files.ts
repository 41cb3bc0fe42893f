// Reads content/act the way the build does, for tests that run without Astro, through the one
// content reader (src/lib/content/disk.ts).
import { join } from "node:path";
import { markdownEntries } from "../../../src/lib/content/disk";
import { actSection, actSectionNb } from "../../../src/schemas/act";

export const root = join(import.meta.dirname, "..", "..", "..");
export const shared = join(root, "..", "shared");

export function readEntries(lang: "en" | "nb") {
  return markdownEntries<unknown>(`act/${lang}`, lang === "en" ? actSection : actSectionNb, root).map((e) => ({ ...e, data: e.data as never }));
}

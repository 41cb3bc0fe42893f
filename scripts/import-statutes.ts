// Imports the regulations and neighbouring provisions from ../shared/sources/ (README section 5)
// into content/statutes/<key>/<section>.mdx, verbatim. English headings and explanations are
// taken from the writer's drafts in ../drafts/statute-notes/<key>.yaml where present, and kept
// from the existing content file otherwise.
// Run: node scripts/import-statutes.ts  (review the diff before committing).
// tests/unit/statute-fidelity.test.ts proves the content still matches the sources word for word.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { dump, load } from "js-yaml";
import { parseStatuteSource, type SourceSection } from "./statute-sources.ts";

const root = join(import.meta.dirname, "..");
const shared = join(root, "..", "shared", "sources");
const drafts = join(root, "..", "drafts", "statute-notes");

/** Which source file holds which instrument, and which of its blocks are the instrument's own text. */
export const STATUTE_SOURCES: Record<string, string> = {
  personopplysningsforskriften: "personopplysningsforskriften-no.md",
  kameraovervakingsforskriften: "kameraovervakingsforskriften-no.md",
  epostforskriften: "epostinnsynsforskriften-no.md",
  "overgangsregler-personopplysninger": "overgangsregler-personopplysninger-no.md",
  arbeidsmiljoloven: "arbeidsmiljoloven-kap9-no.md",
  ekomloven: "ekomloven-informasjonskapsler-no.md",
  andsverkloven: "andsverkloven-utdrag-no.md",
  forvaltningsloven: "forvaltningsloven-utdrag-no.md",
};

interface Note {
  section: string;
  heading_en?: string;
  explanation?: string;
}

function draftNotes(key: string): Map<string, Note> {
  const file = join(drafts, `${key}.yaml`);
  if (!existsSync(file)) return new Map();
  const data = load(readFileSync(file, "utf8")) as Note[] | { sections?: Note[] };
  const list = Array.isArray(data) ? data : (data.sections ?? []);
  return new Map(list.map((n) => [String(n.section).replace(/\s+/g, "").toLowerCase(), n]));
}

/** The Markdown body: one paragraph per ledd, items as "- a. …" ("- 1\. …" for numbered ones), then footnotes. */
export function bodyOf(s: SourceSection): string {
  const parts = s.subsections.map((sub) =>
    [sub.text, ...(sub.items.length ? [sub.items.map((i) => `- ${/^\d/.test(i.label) ? `${i.label}\\.` : `${i.label}.`} ${i.text}`).join("\n")] : [])].join(
      "\n\n",
    ),
  );
  const notes = s.footnotes.map((f) => `[^${f.marker}]: ${f.text}`);
  return [...parts, ...notes].join("\n\n") + "\n";
}

function existing(file: string): Record<string, unknown> {
  if (!existsSync(file)) return {};
  return parseFrontmatter(readFileSync(file, "utf8")).frontmatter as Record<string, unknown>;
}

for (const [key, sourceFile] of Object.entries(STATUTE_SOURCES)) {
  const sections = parseStatuteSource(readFileSync(join(shared, sourceFile), "utf8"));
  const own = sections.filter((s) => !s.block);
  const history = sections.filter((s) => s.block && /^Historical/.test(s.block));
  const notes = draftNotes(key);
  const dir = join(root, "content", "statutes", key);
  mkdirSync(dir, { recursive: true });
  for (const s of own) {
    const file = join(dir, `${s.id}.mdx`);
    const before = existing(file);
    const note = notes.get(s.id);
    const repealed = s.heading === "(Opphevet)";
    const front: Record<string, unknown> = {
      section: s.id,
      heading: {
        nb: s.heading,
        ...(note?.heading_en
          ? { en: note.heading_en }
          : (before.heading as { en?: string } | undefined)?.en
            ? { en: (before.heading as { en: string }).en }
            : {}),
      },
      ...(s.chapter ? { chapter: s.chapter } : {}),
      ...(repealed ? { repealed: true } : {}),
      ...(s.notes.length ? { amendmentNotes: s.notes } : {}),
      ...(note?.explanation ? { explanation: note.explanation.trim() } : before.explanation ? { explanation: before.explanation } : {}),
    };
    // The repealed 2003 cookie rule is shown with the section that replaced it.
    if (key === "ekomloven" && s.id === "3-15" && history.length) {
      const h = history[0];
      front.formerRules = [{ act: "LOV-2003-07-04-83", section: h.id, heading: h.heading, repealed: "2025-01-01", text: bodyOf(h).trim() }];
    }
    for (const field of ["versions", "earlierWordingNotInSources"]) if (before[field]) front[field] = before[field];
    writeFileSync(file, `---\n${dump(front, { lineWidth: -1 })}---\n\n${repealed ? "" : bodyOf(s)}`);
  }
  console.log(`${key}: ${own.length} sections${history.length ? `, ${history.length} former` : ""}${notes.size ? `, ${notes.size} notes from drafts` : ""}`);
}

// A registry of citation targets built from the sources themselves, for tests that must not
// depend on which other collections a branch happens to have: the Act from content/statutes/pda, the
// GDPR's paragraphs and points from ../shared/sources/gdpr-en.json, the Penal Code's subsections
// and letters from ../shared/sources/penal-code.md, decision ids from decisions.json and the guide
// slugs fixed in the project's conventions.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readRegistry, type Registry, type SectionShape } from "../../../src/lib/refs/registry";
import { GUIDE_SLUGS } from "../../guide-slugs";
import { root, shared } from "./act-files";

function gdprFromSource(): Registry["gdpr"] {
  const data = JSON.parse(readFileSync(join(shared, "sources", "gdpr-en.json"), "utf8")) as {
    articles: { article: number; paragraphs: { number: string | null; points?: { label: string }[] }[] }[];
  };
  return new Map(
    data.articles.map((a) => [
      a.article,
      new Map(
        a.paragraphs
          .filter((p) => p.number && /^\d+$/.test(p.number))
          .map((p) => [Number(p.number), (p.points ?? []).map((pt) => pt.label.replace(/[()]/g, ""))]),
      ),
    ]),
  );
}

function penalFromSource(): Map<string, SectionShape> {
  const text = readFileSync(join(shared, "sources", "penal-code.md"), "utf8");
  const out = new Map<string, SectionShape>();
  for (const m of text.matchAll(/^## § (\d+)(?: ([a-z]))?\. [^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) {
    const body = m[3]
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !p.startsWith("*") && !p.startsWith(">") && !p.startsWith("#"));
    const shape: string[][] = [];
    for (const block of body) {
      const item = /^- ([a-z])\. /.exec(block);
      if (item) shape.at(-1)!.push(item[1]);
      else shape.push([]);
    }
    out.set(`${m[1]}${m[2] ?? ""}`, { shape });
  }
  return out;
}

export function sourceRegistry(): Registry {
  const reg = readRegistry(root);
  const decisions = JSON.parse(readFileSync(join(shared, "sources", "decisions.json"), "utf8")) as { id: string }[];
  return {
    ...reg,
    gdpr: gdprFromSource(),
    statutes: new Map([...reg.statutes, ["penal", penalFromSource()]]),
    decisions: new Map(decisions.map((d) => [d.id, d.id])),
    guides: new Set(GUIDE_SLUGS),
    trees: new Set(readdirSync(join(root, "content", "trees")).map((f) => f.replace(/\.yaml$/, ""))),
  };
}

// One-off import of the Personal Data Act from ../shared into content/statutes/pda/: each section
// the Norwegian text (<id>.mdx) and its English translation (en/<id>.mdx), as every instrument held
// in two languages has them (src/schemas/statute.ts).
// Run: npm run import:act  (overwrites the sections; earlier wordings, `versions`, are kept by hand:
// review the diff before committing).
// The content files are the source of truth once imported; tests/unit/act-fidelity.test.ts
// proves they still match the English seed and the Norwegian source word for word.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnglishSeed, parseNorwegianSource, shapeOf, type SourceBlock } from "./act-sources.ts";

const shared = join(import.meta.dirname, "..", "..", "shared");
const out = join(import.meta.dirname, "..", "content", "statutes", "pda");

const en = parseEnglishSeed(readFileSync(join(shared, "seeds", "personal-data-act-en.txt"), "utf8"));
const nb = parseNorwegianSource(readFileSync(join(shared, "sources", "personopplysningsloven-no.md"), "utf8"));

if (nb.artefactsRemoved !== 34) throw new Error(`expected to remove 34 conversion artefacts, removed ${nb.artefactsRemoved}`);
if (en.sections.length !== 35 || nb.sections.length !== 35) throw new Error("expected 35 sections in each language");

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mars: "03",
  april: "04",
  mai: "05",
  juni: "06",
  juli: "07",
  aug: "08",
  sep: "09",
  okt: "10",
  nov: "11",
  des: "12",
};
const isoDate = (d: string, m: string, y: string) => `${y}-${MONTHS[m]}-${d.padStart(2, "0")}`;

/** "Endret ved lov 18 juni 2021 nr. 124 (ikr. 1 jan 2022 …)" → structured amendment. */
function amendmentFromNote(note: string) {
  const m = /^(Endret|Tilføyd) ved lov (\d+) (\w+) (\d{4}) nr\. (\d+) \(ikr\. (\d+) (\w+) (\d{4})/.exec(note);
  if (!m) throw new Error(`unrecognised amendment note: ${note}`);
  return {
    by: `LOV-${isoDate(m[2], m[3], m[4])}-${m[5]}`,
    change: m[1] === "Endret" ? "amended" : "added",
    inForce: isoDate(m[6], m[7], m[8]),
    lovdataNote: note,
  };
}

function escapeMarkdown(text: string): string {
  if (/[*_<>{}`\\]|\[(?!\^\d\])/.test(text.replace(/^\*– – –\*$/, ""))) {
    throw new Error(`text needs Markdown escaping, check by hand: ${text}`);
  }
  return text;
}

function body(blocks: SourceBlock[], footnotes: string[]): string {
  const parts = blocks.map((b) => {
    if (b.kind === "items") return b.items.map((i) => `- ${i.letter}. ${escapeMarkdown(i.text)}`).join("\n");
    return escapeMarkdown(b.text);
  });
  footnotes.forEach((f, i) => parts.push(`[^${i + 1}]: ${escapeMarkdown(f)}`));
  return parts.join("\n\n") + "\n";
}

const q = (s: string) => JSON.stringify(s);

mkdirSync(join(out, "en"), { recursive: true });

// The chapters' titles are facts of content/statutes/pda/instrument.yaml (`chapters`), kept by hand: the sources must agree with them.
const facts = readFileSync(join(out, "instrument.yaml"), "utf8");
en.chapters.forEach((c, i) => {
  const line = `  '${c.number}': { nb: ${q(nb.chapters[i].title)}, en: ${q(c.title)} }`;
  if (!facts.includes(line)) throw new Error(`content/statutes/pda/instrument.yaml: chapters should have the line ${line}`);
});

en.sections.forEach((s, i) => {
  const n = nb.sections[i];
  if (n.id !== s.id || n.chapter !== s.chapter) throw new Error(`section order differs at ${s.id}/${n.id}`);
  if (JSON.stringify(shapeOf(s.blocks)) !== JSON.stringify(shapeOf(n.blocks))) {
    throw new Error(`section ${s.id}: subsections or letters differ between languages`);
  }
  const amendments = n.notes.map(amendmentFromNote);
  const amendmentYaml = amendments.length
    ? "amendments:\n" +
      amendments.map((a) => `  - by: ${a.by}\n    change: ${a.change}\n    inForce: ${a.inForce}\n    lovdataNote: ${q(a.lovdataNote)}\n`).join("")
    : "";
  writeFileSync(
    join(out, `${n.id}.mdx`),
    `---\nsection: ${q(n.id)}\nheading:\n  nb: ${q(n.title)}\n  en: ${q(s.title)}\nchapter: ${s.chapter}\n${amendmentYaml}---\n\n${body(n.blocks, n.footnotes)}`,
  );
  writeFileSync(join(out, "en", `${s.id}.mdx`), `---\nsection: ${q(s.id)}\n---\n\n${body(s.blocks, s.footnotes)}`);
});
console.log(`wrote ${en.sections.length} sections in two languages to ${out}; its ${en.chapters.length} chapters agree with instrument.yaml`);

// The Personal Data Act in English as the Markdown pages of a Starlight docs site, one a section,
// for the Starlight comparison of the bench (scripts/bench-starlight.ts). Read from the project's own
// /data/act.json; the text is escaped so that Markdown reads it as the plain text it is.

/** The part of /data/act.json the pages are made from. */
export interface ActData {
  sections: {
    id: string;
    label: string;
    title: { en: string | null };
    subsections: { text: { en: string }; items: { letter: string; text: { en: string } }[] }[];
  }[];
}

export interface StarlightPage {
  /** Where the page goes under src/content/docs/. */
  file: string;
  text: string;
}

/** Plain text as Markdown that shows it unchanged: punctuation Markdown would read is escaped, and so is a line start that would begin a list or heading. */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~&]/g, "\\$&")
    .replace(/^(\d+)([.)])/, "$1\\$2")
    .replace(/^([-+=])/, "\\$1");
}

/** One page a section of the Act (section-<id>.md), in the Act's order, its subsections as paragraphs and their items as a list. */
export function starlightPages(act: ActData): StarlightPage[] {
  if (!Array.isArray(act.sections) || !act.sections.length) throw new Error("act.json: no sections (field `sections`)");
  return act.sections.map((s, i) => {
    if (!s.title?.en) throw new Error(`act.json: section ${s.id} has no English title (field \`title.en\`: ${JSON.stringify(s.title?.en)})`);
    const body = s.subsections.map((sub) => {
      if (typeof sub.text?.en !== "string") throw new Error(`act.json: section ${s.id} has a subsection without English text (field \`text.en\`)`);
      const items = sub.items.map((item) => `- ${item.letter}. ${markdownText(item.text.en)}`);
      return [markdownText(sub.text.en), ...(items.length ? ["", ...items] : [])].join("\n");
    });
    const frontmatter = ["---", `title: ${JSON.stringify(`Section ${s.label} ${s.title.en}`)}`, `sidebar:`, `  order: ${i + 1}`, "---"];
    return { file: `section-${s.id}.md`, text: [...frontmatter, "", body.join("\n\n"), ""].join("\n") };
  });
}

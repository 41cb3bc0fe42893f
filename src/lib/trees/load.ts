// Loads the decision trees from the content collection once per build, checks each one
// (src/lib/trees/validate.ts) and prepares what the pages show: Markdown as HTML and the
// citations as links. A broken tree stops the build with a message naming the tree and the node.
import { getCollection } from "astro:content";
import type { TreeData } from "../../schemas/tree";
import { registry } from "../refs/registry";
import { type Cite, resolveCite, targetProblem } from "./cites";
import { renderMarkdown } from "../markdown";
import { assertValidTree } from "./validate";
import type { Walkable } from "./walk";

export type ShownNode =
  | { id: string; kind: "question"; question: string; helpHtml?: string; answers: { id: string; label: string; next: string }[] }
  | {
      id: string;
      kind: "outcome";
      verdict: string;
      tone: "yes" | "no" | "depends";
      checklist: ShownStep[];
      explanationHtml: string;
      cites: Cite[];
      deadline?: string;
    };

/** One step of an outcome's checklist, with the provisions it comes from. */
export interface ShownStep {
  html: string;
  cites: Cite[];
}

export interface ShownTree {
  slug: string;
  file: string;
  title: string;
  summary: string;
  introHtml?: string;
  checked: string;
  start: string;
  /** In the order of the file. */
  nodes: ShownNode[];
  /** What the island needs to walk the tree. */
  walkable: Walkable;
}

function prepare(slug: string, data: TreeData): ShownTree {
  const file = `content/trees/${slug}.yaml`;
  const reg = registry();
  assertValidTree(slug, file, data, (target) => targetProblem(target, reg));
  // References in the words ("Article 33(3)", "section 16") are links, as on every other page.
  const md = (text: string, node?: string) =>
    renderMarkdown(text, node ? `${file} (node "${node}")` : file, { crossReferences: { lang: "en", statute: "pda" } });
  const nodes: ShownNode[] = Object.entries(data.nodes).map(([id, n]) =>
    n.kind === "question"
      ? { id, kind: "question", question: n.question, helpHtml: n.help ? md(n.help, id) : undefined, answers: n.answers }
      : {
          id,
          kind: "outcome",
          verdict: n.verdict,
          tone: n.tone,
          checklist: (n.checklist ?? []).map((step) => ({ html: md(step.step, id), cites: step.cites.map((c) => resolveCite(c, reg)) })),
          explanationHtml: md(n.explanation, id),
          cites: n.cites.map((c) => resolveCite(c, reg)),
          deadline: n.deadline,
        },
  );
  const walkable: Walkable = {
    start: data.start,
    nodes: Object.fromEntries(
      Object.entries(data.nodes).map(([id, n]) => [
        id,
        n.kind === "question"
          ? { kind: "question", question: n.question, answers: n.answers.map(({ id: a, label, next }) => ({ id: a, label, next })) }
          : { kind: "outcome", verdict: n.verdict, tone: n.tone },
      ]),
    ),
  };
  return {
    slug,
    file,
    title: data.title,
    summary: data.summary,
    introHtml: data.intro ? md(data.intro) : undefined,
    checked: data.checked,
    start: data.start,
    nodes,
    walkable,
  };
}

let trees: Promise<ShownTree[]> | undefined;

/** Every tree, checked, sorted by title. */
export function getTrees(): Promise<ShownTree[]> {
  trees ??= (async () =>
    (await getCollection("trees")).map((entry) => prepare(entry.id, entry.data as TreeData)).sort((a, b) => a.title.localeCompare(b.title, "en")))();
  return trees;
}

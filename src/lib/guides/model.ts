// The guides as the pages use them: grouped and ordered, each checked against what exists and
// against its own body. The frontmatter "cites" list and the links in the body must agree: every
// law or decision the body links is listed (itself or a larger unit: pda:16 covers pda:16(1)(a)),
// and every listed target is linked in the body. Pure; the registry is passed in.
import type { Link, Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { guideGroups, type GuideData } from "../../schemas/guide";
import { ContentError, type EntryLike } from "../content/errors";
import { checkTargets } from "../content/check-targets";
import type { Registry } from "../refs/registry";
import { formatTarget, isStatuteTarget, parseTarget, type Target, targetLabel } from "../refs/targets";
import { TARGET_PREFIXES } from "../statute/instruments";

const LAW = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "decision"].join("|")}):`);
const SITE = new RegExp(`^(${[...TARGET_PREFIXES, "gdpr", "decision", "guide", "tree", "glossary"].join("|")}):`);

export interface LinkedTarget {
  /** The target as written, e.g. "pda:16(1)(a)". */
  target: string;
  /** The link text the first time the body links it. */
  text: string;
}

/** The plain text of a Markdown node. */
const plain = (node: Nodes): string => ("value" in node ? node.value : "children" in node ? node.children.map(plain).join("") : "");

/** Every citation-target link in a Markdown body, in order of first appearance. */
export function linkedTargets(body: string): LinkedTarget[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  const out = new Map<string, LinkedTarget>();
  visit(tree, "link", (node: Link) => {
    const href = decodeURIComponent(node.url);
    if (SITE.test(href) && !out.has(href)) out.set(href, { target: href, text: plain(node) });
  });
  return [...out.values()];
}

/** Whether `outer` is `inner` or a larger unit that contains it (pda:16 ⊇ pda:16(1) ⊇ pda:16(1)(a)). */
export function covers(outer: Target, inner: Target): boolean {
  if (outer.kind !== inner.kind) return false;
  if (isStatuteTarget(outer)) {
    const i = inner as typeof outer;
    return outer.section === i.section && (!outer.subsection || (outer.subsection === i.subsection && (!outer.letter || outer.letter === i.letter)));
  }
  switch (outer.kind) {
    case "gdpr": {
      const i = inner as typeof outer;
      return outer.article === i.article && (!outer.paragraph || (outer.paragraph === i.paragraph && (!outer.point || outer.point === i.point)));
    }
    default:
      return formatTarget(outer) === formatTarget(inner);
  }
}

export interface Citation {
  target: string;
  kind: Target["kind"];
  /** How the citation reads in the list of what the guide rests on. */
  label: string;
}

export interface Guide {
  slug: string;
  data: GuideData;
  file: string;
  /** The "cites" list in order, with labels: law by its citation, decisions by the guide's own link text. */
  citations: Citation[];
}

/** Checks one guide; returns its citations with labels. */
export function checkGuide(file: string, data: GuideData, body: string, reg: Registry): Citation[] {
  const cites = checkTargets(file, "cites", data.cites, reg);
  checkTargets(file, "see", data.see, reg);
  const linked = linkedTargets(body);
  const linkedLaw = linked.filter((l) => LAW.test(l.target));
  checkTargets(
    file,
    "(body links)",
    linked.map((l) => l.target),
    reg,
  );
  for (const l of linkedLaw) {
    const t = parseTarget(l.target);
    if (!cites.some((c) => covers(c, t)))
      throw new ContentError(file, "cites", data.cites, `the body links ${l.target} ("${l.text}"), which the list does not include`);
  }
  const pdaLinks = linkedLaw.filter((l) => l.target.startsWith("pda:"));
  if (!pdaLinks.length) throw new ContentError(file, "(body)", "", "a guide must link at least one section of the Personal Data Act");
  return cites.map((c, i) => {
    const links = linkedLaw.filter((l) => covers(c, parseTarget(l.target)));
    if (!links.length) throw new ContentError(file, `cites.${i}`, data.cites[i], "listed but never linked in the body");
    const label = c.kind === "decision" ? links[0].text : targetLabel(c);
    return { target: data.cites[i], kind: c.kind as Citation["kind"], label };
  });
}

export function buildGuides(entries: EntryLike<GuideData>[], reg: Registry): Guide[] {
  const guides = entries.map((e) => {
    const file = e.filePath ?? `content/guides/${e.id}.mdx`;
    return { slug: e.id, data: e.data, file, citations: checkGuide(file, e.data, e.body ?? "", reg) };
  });
  const rank = (g: Guide) => guideGroups.indexOf(g.data.group) * 1000 + g.data.order;
  return guides.sort((a, b) => rank(a) - rank(b) || a.slug.localeCompare(b.slug));
}

/** The guides under their group headings, in the order of guideGroups. */
export function groupGuides(guides: Guide[]): { group: (typeof guideGroups)[number]; guides: Guide[] }[] {
  return guideGroups.map((group) => ({ group, guides: guides.filter((g) => g.data.group === group) })).filter((g) => g.guides.length);
}

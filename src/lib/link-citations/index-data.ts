// Every place the site can link a citation to, for the citation linker and the /go/ resolver that
// run in the browser: target ("pda:16(1)(c)", "gdpr:6(1)(f)", "decision:<id>") → site path and
// label (statute sections to the letter, GDPR articles to the point, recitals to the paragraph),
// plus decision case numbers → decision. Built from the registry, so it holds exactly what
// the build's own cross-references can link.
import { decisionsByCaseKey } from "../decisions/case-numbers";
import { formatTarget, targetLabel, targetPath, type Target } from "../refs/targets";
import { type Registry, statuteSections } from "../refs/registry";
import { STATUTE_KEYS } from "../statute/instruments";

export interface CitationIndex {
  /** Target → [site path without base, English label]. */
  targets: Record<string, [string, string]>;
  /** Case number key ("case:PVN-2022-3", lib/decisions/case-numbers.ts) → the decisions it names. */
  cases: Record<string, string[]>;
}

export function citationIndex(reg: Registry, decisions: { id: string; caseNumber?: string; authority?: string; title: string }[]): CitationIndex {
  const targets: CitationIndex["targets"] = {};
  const add = (t: Target, label = targetLabel(t, "en")) => (targets[formatTarget(t)] = [targetPath(t, (id) => reg.decisions.get(id)), label]);
  for (const kind of STATUTE_KEYS) {
    for (const [section, { shape }] of statuteSections(reg, kind)) {
      add({ kind, section } as Target);
      shape.forEach((letters, i) => {
        add({ kind, section, subsection: i + 1 } as Target);
        for (const letter of letters) add({ kind, section, subsection: i + 1, letter } as Target);
      });
    }
  }
  for (const [article, paragraphs] of reg.gdpr) {
    add({ kind: "gdpr", article });
    for (const [paragraph, points] of paragraphs) {
      add({ kind: "gdpr", article, paragraph });
      for (const point of points) add({ kind: "gdpr", article, paragraph, point });
    }
  }
  for (const [recital, paragraphs] of reg.gdprRecitals ?? []) {
    add({ kind: "gdpr-recital", recital });
    if (paragraphs > 1) for (let paragraph = 1; paragraph <= paragraphs; paragraph++) add({ kind: "gdpr-recital", recital, paragraph });
  }
  const held = decisions.filter((d) => reg.decisions.has(d.id));
  for (const d of held) add({ kind: "decision", id: d.id }, d.title);
  const cases = Object.fromEntries([...decisionsByCaseKey(held)].map(([key, named]) => [key, named.map((d) => `decision:${d.id}`)]));
  return { targets, cases };
}

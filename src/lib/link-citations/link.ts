// Finds the citations in a text and links those the site holds: the build's own recogniser
// (refs/recognise.ts) for statutes and the GDPR, and the decisions' case numbers in any of their forms.
// Pure and free of Node: it runs in the browser on the tool page and /go/.
import { caseKeys, caseNumberMatches } from "../decisions/case-numbers";
import { escapeHtml } from "../html";
import { recognise } from "../refs/recognise";
import { formatTarget, parseTarget } from "../refs/targets";
import type { CitationIndex } from "./index-data";

export interface Citation {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** "pda:16(1)(c)"; undefined when the words name no place the site knows the form of. */
  target?: string;
  /** Site path (without base) when the site holds the place. */
  path?: string;
  label?: string;
}

export function findCitations(text: string, index: CitationIndex): Citation[] {
  const found: Citation[] = [];
  const resolve = (target: string) => index.targets[target];
  for (const f of recognise(text)) {
    if (f.ref.kind === "chapter") continue;
    let target = formatTarget(f.ref);
    let end = f.end;
    // "§ 16 (1) c": a letter after the subsection, written without brackets, when the place exists.
    // Only where the letter ends the citation ("… (1) c.", "… (1) c and …"), not "(1) a controller".
    const letter = /^\s*([a-zæøå])(?=\s*(?:$|[,.;:)\]]|(?:and|or|og|eller)(?![\p{L}])))/u.exec(text.slice(end));
    if (letter && /\(\d+\)$/.test(target) && resolve(`${target}(${letter[1]})`)) {
      target = `${target}(${letter[1]})`;
      end += letter[0].length;
    }
    const hit = resolve(target);
    found.push({ start: f.start, end, text: text.slice(f.start, end), target, path: hit?.[0], label: hit?.[1] });
  }
  // Citation targets written out ("pda:16(1)(c)") and case numbers.
  for (const m of text.matchAll(/\b(?:[a-z]+(?:-[a-z]+)*):[0-9a-z()-]+/g)) {
    try {
      const target = formatTarget(parseTarget(m[0]));
      const hit = resolve(target);
      if (hit) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], target, path: hit[0], label: hit[1] });
    } catch {
      /* not a target */
    }
  }
  // A case number several decisions print links to the first it names (lib/decisions/case-numbers.ts).
  for (const { start, end, caseNumber } of caseNumberMatches(text)) {
    if (/[/-]/.test(text[start - 1] ?? "") || /[/-]\w/.test(text.slice(end, end + 2))) continue;
    const target = caseKeys(caseNumber)
      .map((key) => index.cases[key]?.[0])
      .find(Boolean);
    const hit = target ? resolve(target) : undefined;
    if (hit) found.push({ start, end, text: text.slice(start, end), target, path: hit[0], label: hit[1] });
  }
  // Earliest first; where two overlap, the longer wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Citation[] = [];
  for (const c of found) if (!kept.length || c.start >= kept.at(-1)!.end) kept.push(c);
  return kept;
}

export type Format = "markdown" | "html" | "confluence" | "list";

/** One character percent-encoded, parentheses too (encodeURIComponent leaves them as they are). */
const percentEncoded = (c: string) => (c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c));

/** The text with every resolved citation linked (absolute URLs from `urlOf`), or a list of the links. */
export function linkText(text: string, citations: Citation[], format: Format, urlOf: (path: string) => string): string {
  const linked = citations.filter((c) => c.path);
  if (format === "list") {
    const seen = new Set<string>();
    return linked
      .filter((c) => !seen.has(c.target!) && seen.add(c.target!))
      .map((c) => `${c.label} – ${urlOf(c.path!)}`)
      .join("\n");
  }
  let out = "";
  let at = 0;
  const plain = (s: string) => (format === "html" ? escapeHtml(s) : s);
  for (const c of linked) {
    out += plain(text.slice(at, c.start));
    const url = urlOf(c.path!);
    // Parentheses and white space would end a Markdown link's address.
    if (format === "markdown") out += `[${c.text.replace(/([[\]])/g, "\\$1")}](${url.replace(/[()\s]/g, percentEncoded)})`;
    else if (format === "html") out += `<a href="${escapeHtml(url)}">${escapeHtml(c.text)}</a>`;
    else out += `[${c.text.replace(/[[\]|]/g, "")}|${url}]`;
    at = c.end;
  }
  out += plain(text.slice(at));
  return format === "html" ? out.replace(/\n/g, "<br>\n") : out;
}

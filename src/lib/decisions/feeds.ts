// Atom feeds of decisions: all of them, per deciding body, and per provision (a GDPR article, a
// section of the Personal Data Act or of another instrument the site holds, whether cited yet or not). Each decision is
// filed under the provisions it cites in one pass, so the feeds grow linearly with the decisions.
// Entries carry the time the decision last changed (ledger.ts), so a reader sees corrections.
import { escapeHtml as xml } from "../html";
import { paths } from "../urls";
import type { Registry } from "../refs/registry";
import { instrumentByPrefix } from "../statute/instruments";
import type { Decision } from "./model";
import { AUTHORITIES, type Authority } from "./vocab";

/**
 * The provision a citation belongs to, at article or section level, under its instrument's key:
 * "gdpr:6(1)(f)" → "gdpr:6", "pda:26(1)" → "pda:26", "straffeloven:205" → "penal:205" (the page's feed).
 */
export function provisionOf(target: string): string | undefined {
  const m = /^([a-z][a-z0-9-]*):([0-9]+(?:-[0-9]+)?[a-z]?)(?:\(|$)/.exec(target);
  if (!m || m[1] === "decision" || m[1] === "guide" || m[1] === "tree" || m[1] === "glossary" || m[1] === "gdpr-recital") return undefined;
  return `${instrumentByPrefix(m[1])?.key ?? m[1]}:${m[2]}`;
}

/** The file name of a provision's feed: "gdpr:6" → "gdpr-6", "arbeidsmiljoloven:9-1" → "arbeidsmiljoloven-9-1". */
export const feedKey = (provision: string) => provision.replace(":", "-");

/** Every Norwegian provision a decision is recorded with: applied (pda, provisions) or named in its record. */
export const norwegianProvisions = (d: Decision) => [...d.pda, ...d.provisions, ...d.named];

/** Every decision citing each provision (GDPR, the Act and other instruments), newest first, each decision once. */
export function decisionsByProvision(all: Decision[]): Map<string, Decision[]> {
  const out = new Map<string, Decision[]>();
  for (const d of all) {
    const provisions = new Set([...d.gdpr, ...norwegianProvisions(d)].map(provisionOf).filter((p): p is string => !!p));
    for (const p of provisions) {
      const list = out.get(p);
      if (list) list.push(d);
      else out.set(p, [d]);
    }
  }
  return out;
}

/**
 * The provisions that have a feed: every GDPR article and every section of each instrument the site
 * holds (`reg`), so that a reader can follow one before any decision cites it, and any other
 * provision a decision cites (`byProvision`).
 */
export function provisionFeeds(reg: Registry, byProvision: Map<string, Decision[]>): Set<string> {
  return new Set([
    ...[...reg.gdpr.keys()].map((n) => `gdpr:${n}`),
    ...[...reg.statutes].flatMap(([key, sections]) => [...sections.keys()].map((s) => `${key}:${s}`)),
    ...byProvision.keys(),
  ]);
}

export const decisionsByAuthority = (all: Decision[]): Map<Authority, Decision[]> => {
  const out = new Map<Authority, Decision[]>();
  for (const d of all) {
    const list = out.get(d.authority);
    if (list) list.push(d);
    else out.set(d.authority, [d]);
  }
  return out;
};

/**
 * Most entries in one feed. A feed reader needs what is new or corrected, not the whole record
 * (that is /decisions/ and the data files): past this many, a feed keeps the entries changed most
 * recently, so a correction to an old decision still reaches subscribers, and every feed stays small
 * however many decisions there are.
 */
export const FEED_ENTRIES = 300;

/** The decisions a feed carries, in the order given: all of them, or the FEED_ENTRIES changed most recently (newest first where equal). */
export function feedEntries(decisions: Decision[]): Decision[] {
  if (decisions.length <= FEED_ENTRIES) return decisions;
  const kept = new Set([...decisions].sort((a, b) => updatedOf(b).localeCompare(updatedOf(a)) || b.sortDate.localeCompare(a.sortDate)).slice(0, FEED_ENTRIES));
  return decisions.filter((d) => kept.has(d));
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Site path of the feed itself and of the page it belongs to. */
  self: string;
  alternate: string;
  siteName: string;
  abs: (path: string) => string;
  /** One line for each entry's summary. */
  summary: (d: Decision) => string;
}

/** When an entry last changed: the ledger's time, or else its date. */
export const updatedOf = (d: Decision) => d.updated ?? `${d.decided ?? "1970-01-01"}T00:00:00Z`;

/** An Atom feed of the given decisions, as listed (newest first), at most FEED_ENTRIES of them (feedEntries). */
export function atomFeed(decisions: Decision[], o: FeedOptions): string {
  const updated = decisions.reduce((latest, d) => (updatedOf(d) > latest ? updatedOf(d) : latest), "1970-01-01T00:00:00Z");
  const entries = feedEntries(decisions).map((d) => {
    const link = o.abs(paths.decision(d.slug));
    return [
      "  <entry>",
      `    <title>${xml(d.title)}</title>`,
      `    <id>${xml(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xml(link)}"/>`,
      ...(d.decided ? [`    <published>${d.decided}T00:00:00Z</published>`] : []),
      `    <updated>${updatedOf(d)}</updated>`,
      `    <category term="${xml(AUTHORITIES[d.authority].key)}" label="${xml(d.authority)}"/>`,
      `    <summary>${xml(o.summary(d))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xml(o.title)}</title>`,
    `  <subtitle>${xml(o.subtitle)}</subtitle>`,
    `  <id>${xml(o.abs(o.self))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(o.abs(o.self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(o.abs(o.alternate))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(o.siteName)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

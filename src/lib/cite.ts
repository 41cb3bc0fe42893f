// What the copy buttons put on the clipboard for a cited place: a link, the citation in either
// language, a Markdown link and a quote with its citation, each as plain text and as HTML (so a
// paste into Confluence, Word, Outlook or Teams gives a titled link). Pure; used by CiteTools.
import type { Lang } from "./citation";
import { escapeHtml } from "./html";

/** A place that can be cited: its citation in both languages and its address. */
export interface CitePlace {
  en: string;
  nb: string;
  /** Site path with the #anchor, base path included ("/personal-data-act/16/#subsection-1-c"). */
  href: string;
}

export interface Copy {
  plain: string;
  html: string;
}
export type CopyKind = "link" | "citation" | "other" | "markdown" | "quote";

/** "[label](url)" with the characters that would end either part escaped. */
export function markdownLink(label: string, url: string): string {
  const safeUrl = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${label.replace(/([[\]\\])/g, "\\$1")}](${safeUrl})`;
}

export interface CopyInput {
  /** The citation in the page's language, and in the other one. */
  citation: string;
  other: string;
  /** Absolute URL. */
  url: string;
  lang: Lang;
  /** The words of the place, for the quote. */
  quote?: string;
  /** "text as of 1 July 2026" (already in the page's language). */
  asOf?: string;
}

export function copies({ citation: cite, other, url, lang, quote, asOf }: CopyInput): Record<CopyKind, Copy> {
  const link = `<a href="${escapeHtml(url)}">${escapeHtml(cite)}</a>`;
  const [open, close] = lang === "nb" ? ["«", "»"] : ["“", "”"];
  const words = quote?.replace(/\s+/g, " ").trim() ?? "";
  const tail = asOf ? ` (${asOf})` : "";
  return {
    link: { plain: url, html: link },
    citation: { plain: cite, html: link },
    other: { plain: other, html: `<a href="${escapeHtml(url)}">${escapeHtml(other)}</a>` },
    markdown: { plain: markdownLink(cite, url), html: link },
    quote: {
      plain: `${open}${words}${close}\n${cite}, ${url}${tail}`,
      html: `<blockquote><p>${escapeHtml(words)}</p></blockquote><p>${link}${escapeHtml(tail)}</p>`,
    },
  };
}

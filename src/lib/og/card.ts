// The link-preview card of a page (og:image): a 1200×630 picture with the page's citation, its
// title and the site's name, drawn as SVG here and turned into PNG at build time
// (src/integrations/og-images.ts). Text is wrapped by the font's own advance widths, so that no
// line runs off the card; a title too long for the card ends in "…". The card is named by its SVG
// with the text as text; the build draws it with the text as the font's glyph outlines (lib/og/font.ts).
import { createHash } from "node:crypto";
import { escapeHtml } from "../html.ts";
import type { Font } from "./font.ts";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The font the card is drawn in (Source Sans 3, shipped by an npm package, never a system font). */
export const CARD_FONT = "Source Sans 3";

export interface Card {
  /** The citation or kind of page, above the title ("personopplysningsloven § 16"). */
  kicker?: string;
  title: string;
}

// Advance widths of Source Sans 3 Bold in thousandths of an em, measured by drawing each character
// between two H's with resvg. A character not listed counts as the widest letter, so lines err short.
const BOLD_CHARS = "0123456789 !\"#$%&'()*+,-./:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~æøåÆØÅ§—–éèüöäÉÜÖÄ«»’‘“”…·×½";
// prettier-ignore
const BOLD_ADVANCES = [
  528, 528, 528, 528, 528, 528, 528, 528, 528, 528, 200, 340, 537, 528, 528, 857, 667, 300, 344, 344, 457, 528, 300, 332, 300, 339, 300, 300, 528, 528, 528, 463, 902, 573, 605, 582, 635, 548, 524, 638, 674, 301, 509, 614, 518, 762, 665, 684, 596, 684, 613, 556, 556, 665, 556, 813, 567, 525, 541, 344, 339, 344, 528, 500, 555, 527, 573, 468, 573, 518, 341, 534, 571, 276, 278, 548, 286, 857, 572, 555, 573, 573, 398, 443, 383, 568, 523, 776, 514, 521, 460, 344, 268, 344, 528, 781, 555, 527, 845, 684, 573, 528, 800, 480, 518, 518, 568, 555, 527, 548, 665, 684, 573, 480, 480, 300, 300, 537, 537, 978, 300, 528, 846
];
const BOLD_WIDTHS = new Map([...BOLD_CHARS].map((c, i) => [c, BOLD_ADVANCES[i]]));
const WIDEST = 902;

/** Width in pixels of `text` in the card's bold face at `size` px. */
export function textWidth(text: string, size: number): number {
  let thousandths = 0;
  for (const c of text) thousandths += BOLD_WIDTHS.get(c) ?? WIDEST;
  return (thousandths * size) / 1000;
}

/** A word wider than the line, cut into pieces that fit (a long case number or address). */
function splitWord(word: string, maxWidth: number, size: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const c of word) {
    if (piece && textWidth(piece + c, size) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += c;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * `text` in lines no wider than `maxWidth` at `size` px, breaking between words; at most
 * `maxLines`, the last one ending in "…" when the text does not fit.
 */
export function wrap(text: string, maxWidth: number, size: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (textWidth(w, size) > maxWidth ? splitWord(w, maxWidth, size) : [w]));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.includes(" ") && textWidth(`${last} …`, size) > maxWidth) last = last.replace(/\s+\S+$/, "");
  kept[maxLines - 1] = textWidth(`${last} …`, size) <= maxWidth ? `${last} …` : `${last.slice(0, -2)}…`;
  return kept;
}

const MARGIN = 80;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
const KICKER_SIZE = 40;
/** The title's sizes, largest first, each with the most lines it may take. */
const TITLE_SIZES = [
  { size: 68, lines: 3 },
  { size: 58, lines: 4 },
  { size: 50, lines: 5 },
];
/** The lowest baseline the title may reach (the site's name sits below it). */
const TITLE_BOTTOM = 490;

export interface CardLayout {
  kicker: string[];
  title: string[];
  titleSize: number;
  /** Baseline of the first line of the kicker and of the title. */
  kickerY: number;
  titleY: number;
}

/** Where the card's lines go: the kicker (two lines at most) then the title at the largest size that fits. */
export function layoutCard(card: Card): CardLayout {
  const kicker = card.kicker ? wrap(card.kicker, TEXT_WIDTH, KICKER_SIZE, 2) : [];
  const kickerY = 120;
  const top = kicker.length ? kickerY + (kicker.length - 1) * KICKER_SIZE * 1.2 + 40 : 90;
  const sizes = TITLE_SIZES.map(({ size, lines }) => ({ size, lines: Math.min(lines, Math.floor((TITLE_BOTTOM - top - size) / (size * 1.15)) + 1) }));
  const { size, lines } = sizes.find(({ size, lines }) => wrap(card.title, TEXT_WIDTH, size, Infinity).length <= lines) ?? sizes.at(-1)!;
  return { kicker, title: wrap(card.title, TEXT_WIDTH, size, lines), titleSize: size, kickerY, titleY: top + size };
}

/**
 * The fonts to draw the card's text from as outlines (lib/og/font.ts), so that the renderer only fills
 * shapes; without them, or for a line they cannot shape, the text is SVG text for the renderer to lay out.
 */
export interface CardFonts {
  regular: Font;
  bold: Font;
}

interface TextRun {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  bold?: boolean;
  fill: string;
  /** Centred on x rather than starting there. */
  middle?: boolean;
  /** Lines, each `lineHeight` below the one before; one line without it. */
  lines: string[];
  lineHeight?: number;
}

function text(run: TextRun, fonts: CardFonts | undefined): string {
  const lineHeight = run.lineHeight ?? 0;
  const font = fonts && (run.bold ? fonts.bold : fonts.regular);
  const outlines = font && run.lines.map((line) => font.outline(line));
  if (font && outlines?.every((o) => o !== undefined)) {
    // A path a line, as the renderer makes of SVG text.
    const scale = run.size / font.unitsPerEm;
    return outlines
      .map(({ d, width }, i) => {
        const x = run.middle ? Math.round((run.x - (width * scale) / 2) * 1000) / 1000 : run.x;
        return `<path fill="${run.fill}" transform="matrix(${scale} 0 0 ${-scale} ${x} ${run.y + i * lineHeight})" d="${d}"/>`;
      })
      .join("");
  }
  const body = run.lineHeight
    ? run.lines.map((line, i) => `<tspan x="${run.x}" dy="${i === 0 ? 0 : lineHeight}">${escapeHtml(line)}</tspan>`).join("")
    : escapeHtml(run.lines.join(" "));
  return `<text x="${run.x}" y="${run.y}" font-family="${CARD_FONT}"${run.bold ? ` font-weight="700"` : ""} font-size="${run.size}" fill="${run.fill}"${run.middle ? ` text-anchor="middle"` : ""}>${body}</text>`;
}

/** The card's text that changes from card to card, the kicker (if any) then the title, in the card's places and inks. */
export function cardText(card: Card): TextRun[] {
  const l = layoutCard(card);
  return [
    ...(l.kicker.length ? [{ x: MARGIN, y: l.kickerY, size: KICKER_SIZE, bold: true, fill: "#0b5cad", lines: l.kicker, lineHeight: KICKER_SIZE * 1.2 }] : []),
    { x: MARGIN, y: l.titleY, size: l.titleSize, bold: true, fill: "#1b1d21", lines: l.title, lineHeight: Math.round(l.titleSize * 1.15) },
  ];
}

/** The card as SVG, 1200×630, in the site's colours; its text drawn from `fonts` where given. */
export function cardSvg(card: Card, siteName: string, fonts?: CardFonts): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="#0b5cad"/>`,
    ...cardText(card).map((run) => text(run, fonts)),
    `<rect x="${MARGIN}" y="530" width="${CARD_WIDTH - 2 * MARGIN}" height="2" fill="#d5d9e0"/>`,
    `<rect x="${MARGIN}" y="550" width="44" height="44" rx="8" fill="#0b5cad"/>`,
    text({ x: MARGIN + 22, y: 584, size: 32, bold: true, fill: "#ffffff", middle: true, lines: ["§"] }, fonts),
    text({ x: MARGIN + 64, y: 583, size: 32, fill: "#4a505b", lines: [siteName] }, fonts),
    `</svg>`,
  ].join("");
}

/** The part of every card that is the same on each (background, bar, rule, badge, site name): the card without its text. */
export const cardFrameSvg = (siteName: string, fonts?: CardFonts) => cardSvg({ title: "" }, siteName, fonts);

/** The card's text as its alternative text: the kicker, then the title (the page's og:title). */
export function cardAlt(card: Card): string {
  return card.kicker ? `${card.kicker} — ${card.title}` : card.title;
}

/** The card a page describes in its head: og:title is the title, og:image:alt adds the kicker in front. */
export function cardFromMeta(title: string, alt: string): Card {
  if (alt === title) return { title };
  const suffix = ` — ${title}`;
  if (alt.endsWith(suffix) && alt.length > suffix.length) return { kicker: alt.slice(0, -suffix.length), title };
  throw new Error(`og:image:alt "${alt}" does not end with the page's og:title "${title}"`);
}

/** Site path of the card's PNG, named by a hash of its SVG: the same card is one file, a changed card a new address. */
export function cardPath(card: Card, siteName: string): string {
  return `/og/${createHash("sha256").update(cardSvg(card, siteName)).digest("hex").slice(0, 16)}.png`;
}

/**
 * Where a build that draws the cards (src/integrations/og-images.ts) listens for them while pages are
 * still being rendered, so that drawing runs beside rendering instead of after it. A symbol known to
 * the whole process: the pages' copy of this module is not the integration's.
 */
export const CARD_LISTENER = Symbol.for("ndpr.og-card");
type Listener = (path: string, card: Card) => void;

/** The card's site path, as cardPath; a build listening for cards is told to draw it. */
export function requestCard(card: Card, siteName: string): string {
  const path = cardPath(card, siteName);
  (globalThis as { [CARD_LISTENER]?: Listener })[CARD_LISTENER]?.(path, card);
  return path;
}

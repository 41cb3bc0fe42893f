// Draws link-preview cards off the main thread, for src/integrations/og-images.ts: each message is
// a card and the file its PNG goes to; a file that is already there (the same card, drawn by an
// earlier build) is not drawn again. The card's text is drawn from the fonts' glyph outlines, read
// once here (lib/og/font.ts): resvg draws the frame every card shares and each glyph once, and the
// painter (lib/og/paint.ts) sets each card's text from those. resvg lays out only text those outlines
// cannot give, drawing that card whole, and loads the fonts only then. Plain Node runs this file (type stripping), so its
// imports name their files in full.
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { cardSvg, type Card, type CardFonts } from "../lib/og/card.ts";
import { readFont } from "../lib/og/font.ts";
import { cardPainter } from "../lib/og/paint.ts";
import { palettePng } from "../lib/og/png.ts";

export interface CardJob {
  id: number;
  card: Card;
  /** Absolute path of the PNG in the card cache. */
  file: string;
}

export type CardDone = { id: number; drawn: boolean } | { id: number; error: string };

export interface CardWorkerData {
  siteName: string;
  /** The card font's regular and bold faces (.ttf), as resvg is given them. */
  fonts: Record<keyof CardFonts, string>;
  render: ResvgRenderOptions;
}

const { siteName, fonts: files, render } = workerData as CardWorkerData;
const fonts: CardFonts = { regular: readFont(readFileSync(files.regular)), bold: readFont(readFileSync(files.bold)) };
const withFonts: ResvgRenderOptions = { ...render, font: { ...render.font, fontFiles: [files.regular, files.bold] } };
// Most cards are set glyph by glyph on the frame they share (lib/og/paint.ts), a fraction of the work of drawing each whole.
const paint = cardPainter(siteName, fonts, (svg) => {
  const image = new Resvg(svg, svg.includes("<text") ? withFonts : render).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
});

/** A card drawn whole by resvg: for text the painter cannot set (a character the fonts lack). */
function drawWhole(card: Card): Buffer {
  const svg = cardSvg(card, siteName, fonts);
  const image = new Resvg(svg, svg.includes("<text") ? withFonts : render).render();
  // A card has a hundred-odd colours: as a palette PNG it is under half the size of resvg's RGBA one.
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}

function draw({ id, card, file }: CardJob): CardDone {
  try {
    if (existsSync(file)) return { id, drawn: false };
    // Written under another name first, so that a build stopped halfway leaves no broken card in the cache.
    writeFileSync(`${file}.part`, paint(card) ?? drawWhole(card));
    renameSync(`${file}.part`, file);
    return { id, drawn: true };
  } catch (error) {
    return { id, error: `${file}: ${(error as Error).message}` };
  }
}

// One card per turn of the event loop: Node frees a drawn picture's native memory (3 MB) only between
// turns, so drawing every waiting card in one go held them all (1.9 GB for 300 cards, 150 MB this way).
const queue: CardJob[] = [];
let scheduled = false;
function drawNext() {
  const job = queue.shift();
  scheduled = job !== undefined;
  if (!job) return;
  parentPort?.postMessage(draw(job));
  setImmediate(drawNext);
}
parentPort?.on("message", (job: CardJob) => {
  queue.push(job);
  if (!scheduled) {
    scheduled = true;
    setImmediate(drawNext);
  }
});

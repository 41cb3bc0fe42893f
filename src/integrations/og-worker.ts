// Draws link-preview cards off the main thread, for src/integrations/og-images.ts: each message is
// a card's SVG and the file its PNG goes to; a file that is already there (the same card, drawn by
// an earlier build) is not drawn again. Plain Node runs this file (type stripping), so its imports
// name their files in full.
import { existsSync, renameSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { palettePng } from "../lib/og/png.ts";

export interface CardJob {
  id: number;
  svg: string;
  /** Absolute path of the PNG in the card cache. */
  file: string;
}

export type CardDone = { id: number; drawn: boolean } | { id: number; error: string };

const options = workerData as ResvgRenderOptions;

function draw({ id, svg, file }: CardJob): CardDone {
  try {
    if (existsSync(file)) return { id, drawn: false };
    const image = new Resvg(svg, options).render();
    // A card has a hundred-odd colours: as a palette PNG it is under half the size of resvg's RGBA one.
    // Written under another name first, so that a build stopped halfway leaves no broken card in the cache.
    writeFileSync(`${file}.part`, palettePng(image.pixels, image.width, image.height) ?? image.asPng());
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

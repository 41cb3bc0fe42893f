// Draws the link-preview card (og:image) of every page: each distinct card (src/lib/og/card.ts) as
// PNG with resvg, its text from the glyph outlines of the font of an npm package (system fonts are
// never loaded, so every machine draws the same picture), in worker threads (og-worker.ts) that start as soon as the first page asks for
// its card, so that drawing runs on the other cores while Astro renders the rest. Once the site is
// built, og:title, og:image and og:image:alt are read back from each page's head and any card not yet
// drawn is drawn. PNGs are kept under node_modules/.cache/og/ by the hash in their name, so a card
// that has not changed is not drawn again. Nothing is fetched from anywhere.
import { existsSync, mkdirSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { CARD_FONT, CARD_LISTENER, cardFromMeta, cardPath, type Card } from "../lib/og/card";
import type { CardDone, CardJob, CardWorkerData } from "./og-worker";
import { site } from "../site";

const require = createRequire(import.meta.url);
const WORKER: CardWorkerData = {
  siteName: site.name,
  fonts: {
    regular: require.resolve("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"),
    bold: require.resolve("@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf"),
  },
  render: { font: { loadSystemFonts: false, defaultFontFamily: CARD_FONT }, fitTo: { mode: "original" } },
};
// A new renderer, font or way of drawing draws differently: its cards are kept apart from the old ones.
const VERSIONS = [require("@resvg/resvg-js/package.json").version, require("@expo-google-fonts/source-sans-3/package.json").version, "glyph-pictures"].join(
  "-",
);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name[0] === "#" ? String.fromCodePoint(Number(name[1] === "x" || name[1] === "X" ? `0${name.slice(1)}` : name.slice(1))) : (ENTITIES[name] ?? whole),
  );

/** The card a built page asks for, or undefined for a page without one (a redirect page). */
export function pageCard(html: string, file: string): { path: string; card: Card } | undefined {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta = new Map([...head.matchAll(/<meta property="(og:[a-z:]+)" content="([^"]*)"/g)].map((m) => [m[1], decode(m[2])]));
  const image = meta.get("og:image");
  if (!image) return undefined;
  const card = cardFromMeta(meta.get("og:title") ?? "", meta.get("og:image:alt") ?? "");
  const path = cardPath(card, site.name);
  if (!new URL(image).pathname.endsWith(path)) throw new Error(`${file}: og:image ${image} is not the card its title and alt describe (${path})`);
  return { path, card };
}

/** Worker threads drawing cards (og-worker.ts), started on the first card not in the cache; each card is drawn once. */
export class CardPool {
  private workers: Worker[] = [];
  private started = 0;
  private next = 0;
  private waiting = new Map<number, { resolve: (drawn: boolean) => void; reject: (error: Error) => void }>();
  private jobs = new Map<string, Promise<boolean>>();
  /** Cards drawn (not found in the cache). */
  drawn = 0;

  constructor(
    private cache: URL,
    private size: number,
  ) {}

  /** Draws the card at site path `path` into the cache unless it is there; true if it was drawn. */
  draw(path: string, card: Card): Promise<boolean> {
    let job = this.jobs.get(path);
    if (!job && existsSync(this.cached(path))) {
      // Drawn by an earlier build: no worker is started for it (a build with a full cache starts none).
      job = Promise.resolve(false);
      this.jobs.set(path, job);
    }
    if (!job) {
      if (!this.workers.length) this.start();
      const id = this.jobs.size;
      job = new Promise<boolean>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
      const message: CardJob = { id, card, file: fileURLToPath(this.cached(path)) };
      this.workers[this.next++ % this.workers.length].postMessage(message);
      this.jobs.set(path, job);
    }
    return job;
  }

  /** Worker threads started (closing the pool does not change the count). */
  get threads(): number {
    return this.started;
  }

  cached(path: string): URL {
    return new URL(path.replace(/^\/og\//, ""), this.cache);
  }

  private start() {
    mkdirSync(this.cache, { recursive: true });
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(new URL("./og-worker.ts", import.meta.url), { workerData: WORKER });
      worker.on("message", (done: CardDone) => {
        const waiting = this.waiting.get(done.id)!;
        this.waiting.delete(done.id);
        if ("error" in done) waiting.reject(new Error(`link-preview card not drawn: ${done.error}`));
        else {
          if (done.drawn) this.drawn++;
          waiting.resolve(done.drawn);
        }
      });
      worker.on("error", (error) => {
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      });
      this.workers.push(worker);
      this.started++;
    }
  }

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

type Listener = (path: string, card: Card) => void;

export default function ogImages(): AstroIntegration {
  let pool: CardPool;
  return {
    name: "og-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        pool = new CardPool(new URL(`node_modules/.cache/og/${VERSIONS}/`, config.root), availableParallelism());
      },
      // Pages ask for their cards as they are rendered (requestCard in lib/og/card.ts): the workers draw
      // them on the other cores meanwhile.
      "astro:build:start": () => {
        (globalThis as { [CARD_LISTENER]?: Listener })[CARD_LISTENER] = (path, card) => void pool.draw(path, card).catch(() => {});
      },
      "astro:build:done": async ({ dir, logger }) => {
        delete (globalThis as { [CARD_LISTENER]?: Listener })[CARD_LISTENER];
        const started = performance.now();
        const drawnBefore = pool.drawn;
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html") && !/^(pagefind|_astro)\//.test(f));
        // Each page's head is read back, so that a page whose card was not asked for (or asked for
        // differently) is still drawn, and the build fails on a head that names the wrong card.
        const cards = new Map<string, Card>();
        for (const file of files) {
          const found = pageCard(await readFile(`${root}${file}`, "utf8"), file);
          if (found) cards.set(found.path, found.card);
        }
        await mkdir(new URL("og/", dir), { recursive: true });
        try {
          await Promise.all(
            [...cards].map(async ([path, card]) => {
              await pool.draw(path, card);
              await copyFile(pool.cached(path), new URL(path.replace(/^\//, ""), dir));
            }),
          );
        } finally {
          await pool.close();
        }
        logger.info(
          `${cards.size} cards for ${files.length} pages (${pool.drawn} drawn, ${drawnBefore} of them while pages were built; ${cards.size - pool.drawn} from the cache; ${pool.threads} drawing threads) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

// Draws the link-preview card (og:image) of every page once the site is built: reads og:title,
// og:image and og:image:alt from each page's head, draws each distinct card (src/lib/og/card.ts) as
// PNG with resvg in the font of an npm package (system fonts are never loaded, so every machine draws
// the same picture), and keeps the PNGs under node_modules/.cache/og/ by the hash in their name, so a
// card that has not changed is not drawn again. Nothing is fetched from anywhere.
import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import type { AstroIntegration } from "astro";
import { CARD_FONT, cardFromMeta, cardPath, cardSvg, type Card } from "../lib/og/card";
import { palettePng } from "../lib/og/png";
import { site } from "../site";

const require = createRequire(import.meta.url);
const RENDER: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [
      require.resolve("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"),
      require.resolve("@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf"),
    ],
    defaultFontFamily: CARD_FONT,
  },
  fitTo: { mode: "original" },
};
// A new renderer or font draws differently: its cards are kept apart from the old ones.
const VERSIONS = [require("@resvg/resvg-js/package.json").version, require("@expo-google-fonts/source-sans-3/package.json").version, "palette"].join("-");

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

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

export default function ogImages(): AstroIntegration {
  let cache: URL;
  return {
    name: "og-images",
    hooks: {
      "astro:config:done": ({ config }) => {
        cache = new URL(`node_modules/.cache/og/${VERSIONS}/`, config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html") && !/^(pagefind|_astro)\//.test(f));
        const cards = new Map<string, Card>();
        for (const file of files) {
          const found = pageCard(await readFile(`${root}${file}`, "utf8"), file);
          if (found) cards.set(found.path, found.card);
        }
        await mkdir(cache, { recursive: true });
        await mkdir(new URL("og/", dir), { recursive: true });
        let drawn = 0;
        await inParallel([...cards], availableParallelism(), async ([path, card]) => {
          const cached = new URL(path.replace(/^\/og\//, ""), cache);
          if (!existsSync(cached)) {
            const image = await renderAsync(cardSvg(card, site.name), RENDER);
            // A card has a hundred-odd colours: as a palette PNG it is under half the size of resvg's RGBA one.
            await writeFile(cached, palettePng(image.pixels, image.width, image.height) ?? image.asPng());
            drawn++;
          }
          await copyFile(cached, new URL(path.replace(/^\//, ""), dir));
        });
        logger.info(
          `${cards.size} cards for ${files.length} pages (${drawn} drawn, ${cards.size - drawn} from the cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}

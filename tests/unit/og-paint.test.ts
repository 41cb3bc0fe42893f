// The card painter (src/lib/og/paint.ts) against resvg drawing the same card whole, pixel for
// pixel: the painter sets each glyph from its own picture on the frame every card shares, so it may
// differ only at the odd edge pixel (a glyph's start rounded to an eighth of a pixel, two glyphs'
// edges sharing a pixel), never in what the card shows.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, test } from "vitest";
import { CARD_FONT, CARD_HEIGHT, CARD_WIDTH, type Card, cardSvg } from "../../src/lib/og/card";
import { readFont } from "../../src/lib/og/font";
import { cardPainter, type Rasterize } from "../../src/lib/og/paint";

const require = createRequire(import.meta.url);
const files = {
  regular: require.resolve("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf"),
};
const fonts = { regular: readFont(readFileSync(files.regular)), bold: readFont(readFileSync(files.bold)) };
const SITE = "Norwegian Data Protection Reference";
let rasterized = 0;
const rasterize: Rasterize = (svg) => {
  rasterized++;
  const image = new Resvg(svg, { font: { loadSystemFonts: false, defaultFontFamily: CARD_FONT }, fitTo: { mode: "original" } }).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
};
const paint = cardPainter(SITE, fonts, rasterize);

/** A palette PNG back as RGB, three bytes a pixel. */
function decode(png: Buffer): { width: number; height: number; rgb: Buffer } {
  const chunks = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    chunks.set(type, Buffer.concat([chunks.get(type) ?? Buffer.alloc(0), png.subarray(at + 8, at + 8 + length)]));
    at += 12 + length;
  }
  const [width, height] = [chunks.get("IHDR")!.readUInt32BE(0), chunks.get("IHDR")!.readUInt32BE(4)];
  const palette = chunks.get("PLTE")!;
  const rows = inflateSync(chunks.get("IDAT")!);
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0, at = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const entry = rows[y * (width + 1) + 1 + x] * 3;
      rgb[at++] = palette[entry];
      rgb[at++] = palette[entry + 1];
      rgb[at++] = palette[entry + 2];
    }
  return { width, height, rgb };
}

/** RGBA pixels as RGB. */
function withoutAlpha(pixels: Uint8Array): Buffer {
  const rgb = Buffer.alloc((pixels.length / 4) * 3);
  for (let p = 0, at = 0; p < pixels.length; p += 4) {
    rgb[at++] = pixels[p];
    rgb[at++] = pixels[p + 1];
    rgb[at++] = pixels[p + 2];
  }
  return rgb;
}

/** The card drawn whole by resvg, as RGB (drawn once per card: the tests only read it). */
const drawnWhole = new Map<Card, Buffer>();
function whole(card: Card): Buffer {
  let rgb = drawnWhole.get(card);
  if (!rgb) drawnWhole.set(card, (rgb = withoutAlpha(rasterize(cardSvg(card, SITE, fonts)).pixels)));
  return rgb;
}

/** Pixels that differ, those that differ by more than `visible` in a colour value, the largest difference, and the pixels with ink. */
function compare(a: Buffer, b: Buffer, visible: number) {
  let [pixels, large, largest, ink] = [0, 0, 0, 0];
  for (let i = 0; i < a.length; i += 3) {
    const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
    if (a[i] !== 255 || a[i + 1] !== 255 || a[i + 2] !== 255) ink++;
    if (d) pixels++;
    if (d > visible) large++;
    largest = Math.max(largest, d);
  }
  return { pixels, large, largest, ink };
}

const cards: Card[] = [
  {
    kicker: "Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18",
    title: "Grindr fined NOK 65 million for sharing user data with advertisers without valid consent",
  },
  { title: "Guides" },
  {
    kicker: "Personvernnemnda, PVN-2022-22 «Ærlig» — “Vågå” … Tøyen",
    title:
      "AVATAR Tøyen «Ærlig» — “Vågå” på § 12, ffi: a title long enough to step down in size and be cut short with an ellipsis after several lines of text on the card",
  },
];

describe("cardPainter", () => {
  test.each(cards.map((c) => [c.title.slice(0, 40), c] as const))("draws what resvg draws whole, up to the odd edge pixel: %s", (_, card) => {
    const painted = decode(paint(card)!);
    expect([painted.width, painted.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    const diff = compare(whole(card), painted.rgb, 32);
    // The card has text: thousands of inked pixels, of which a small share differ, and few visibly.
    expect(diff.ink).toBeGreaterThan(5000);
    expect(diff.pixels).toBeLessThan(diff.ink * 0.05);
    expect(diff.large).toBeLessThan(diff.ink * 0.002);
    expect(diff.largest).toBeLessThanOrEqual(128);
  });

  test("the comparison sees text moved by a third of a pixel, many times what the painter changes", () => {
    const card = cards[0];
    const moved = rasterize(cardSvg(card, SITE, fonts).replace(/(matrix\([^ ]+ 0 0 [^ ]+) 80 /g, "$1 80.33 "));
    const rgb = withoutAlpha(moved.pixels);
    const painted = compare(whole(card), decode(paint(card)!).rgb, 32);
    expect(compare(whole(card), rgb, 32).large).toBeGreaterThan(10 * Math.max(1, painted.large));
  });

  test("draws each glyph once per size and position: the next card of the same letters asks the renderer for nothing", () => {
    paint({ kicker: "Guide", title: "Cameras at work" });
    const before = rasterized;
    paint({ kicker: "Guide", title: "work at Cameras" });
    expect(rasterized).toBe(before);
  });

  test("text the fonts cannot shape is left to resvg, and the next card is drawn as if it had not been tried", () => {
    const card = cards[1];
    const first = paint(card)!;
    expect(paint({ kicker: "Guide", title: "Cameras 日本" })).toBeUndefined();
    expect(paint(card)!.equals(first)).toBe(true);
  });
});

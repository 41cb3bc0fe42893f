// Draws link-preview cards (lib/og/card.ts) without having the renderer lay out and fill a whole
// picture for each. What every card shares (background, bar, rule, badge, site name) is drawn once;
// each card's kicker and title are then set on a copy of it glyph by glyph, from a picture of each
// glyph that the renderer draws once per size and per 64th of a pixel where the glyph starts.
// The renderer (resvg, passed in as `rasterize`) draws the frame and every glyph as it draws them in
// a whole card. The result can differ from a whole-card drawing in two small ways: a glyph starts
// within 1/128 px of where it would (the nearest 64th), and where two glyphs' anti-aliased edges
// share a pixel their coverage is added. tests/unit/og-paint.test.ts compares the two pixel for pixel.
// It works in palette indices from start to end, so the PNG needs no search for colours.
import { type Card, type CardFonts, cardFrameSvg, cardText } from "./card.ts";
import type { Font } from "./font.ts";
import { encodeIndexed, indexColours } from "./png.ts";

/** Draws an SVG as RGBA pixels (resvg in the build). */
export type Rasterize = (svg: string) => { width: number; height: number; pixels: Uint8Array };

/** Positions within a pixel a glyph is drawn at: its start is rounded to the nearest 1/STEPS px. */
const STEPS = 64;

interface GlyphPicture {
  /** Where the picture's top left pixel is, from the glyph's origin rounded down to a pixel. */
  left: number;
  top: number;
  width: number;
  height: number;
  /** The pixels the glyph covers at all: their row and column in the picture, and how much of each (1–255). */
  rows: Uint16Array;
  cols: Uint16Array;
  coverage: Uint8Array;
}

/** A colour "#rrggbb" as its three values. */
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/**
 * A function drawing a card as a palette PNG, or giving undefined when it cannot (text the fonts
 * cannot shape, or more than 256 colours): the caller then draws the whole card with the renderer.
 */
export function cardPainter(siteName: string, fonts: CardFonts, rasterize: Rasterize): (card: Card) => Buffer | undefined {
  const drawn = rasterize(cardFrameSvg(siteName, fonts));
  const frame = indexColours(drawn.pixels, drawn.width, drawn.height);
  if (!frame) return () => undefined;
  const { width, height } = frame;
  const frameIndex = new Map<number, number>();
  for (let i = 0; i < frame.colours; i++) frameIndex.set(colourKey(frame.palette, i * 4), i);

  const pictures = new Map<string, (GlyphPicture | null)[]>();
  /** The glyph at a size, at each of the STEPS positions within a pixel: drawn at once, as a strip of STEPS cells. */
  function picturesOf(font: Font, face: string, glyph: number, size: number): (GlyphPicture | null)[] {
    const key = `${face}${glyph}/${size}`;
    let found = pictures.get(key);
    if (found) return found;
    found = Array.from({ length: STEPS }, () => null);
    const outline = font.glyph(glyph);
    if (outline) {
      const s = size / font.unitsPerEm;
      const left = Math.floor(outline.xMin * s) - 1;
      const top = Math.floor(-outline.yMax * s) - 1;
      const w = Math.ceil(outline.xMax * s) + 2 - left;
      const h = Math.ceil(-outline.yMin * s) + 1 - top;
      const copies = found.map((_, k) => `<path transform="matrix(${s} 0 0 ${-s} ${k * w + k / STEPS} 0)" d="${outline.d}"/>`);
      const { pixels } = rasterize(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${w * STEPS}" height="${h}" viewBox="${left} ${top} ${w * STEPS} ${h}">${copies.join("")}</svg>`,
      );
      found = found.map((_, k) => {
        const [rows, cols, coverage]: number[][] = [[], [], []];
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            const a = pixels[(y * w * STEPS + k * w + x) * 4 + 3];
            if (a) {
              rows.push(y);
              cols.push(x);
              coverage.push(a);
            }
          }
        return { left, top, width: w, height: h, rows: Uint16Array.from(rows), cols: Uint16Array.from(cols), coverage: Uint8Array.from(coverage) };
      });
    }
    pictures.set(key, found);
    return found;
  }

  // Per run of text: each pixel's coverage so far and the palette index below it (valid where `touched` holds
  // the run's number), and which palette index each (index below, coverage) pair became.
  const coverage = new Uint8Array(width * height);
  const below = new Uint8Array(width * height);
  const touched = new Int32Array(width * height);
  const seenIn = new Int32Array(1 << 16);
  const seenAs = new Uint8Array(1 << 16);
  let run = 0;
  // The card being drawn, started as a copy of the frame (compressed before the next card is begun).
  const rows = new Uint8Array(frame.rows.length);
  const palette = new Uint8Array(frame.palette.length);

  return (card) => {
    rows.set(frame.rows);
    palette.set(frame.palette);
    let colours = frame.colours;
    const index = new Map(frameIndex);
    /** The palette index of the ink over palette index `under` with coverage c: source-over as resvg blends it. */
    const mixed = (ink: number[], under: number, c: number): number | undefined => {
      const mix = (i: number, u: number) => (i * c + u * (255 - c) + 255) >> 8;
      const colour = [0, 1, 2, 3].map((k) => mix(k < 3 ? ink[k] : 255, palette[under * 4 + k]));
      const key = colourKey(colour, 0);
      let i = index.get(key);
      if (i === undefined && colours < 256) {
        palette.set(colour, colours * 4);
        index.set(key, (i = colours++));
      }
      return i;
    };
    for (const r of cardText(card)) {
      run++;
      const ink = rgb(r.fill);
      const font = r.bold ? fonts.bold : fonts.regular;
      const face = r.bold ? "b" : "r";
      const s = r.size / font.unitsPerEm;
      for (const [i, line] of r.lines.entries()) {
        const shaped = font.shape(line);
        if (!shaped) return undefined;
        const lineWidth = shaped.reduce((sum, g) => sum + g.advance, 0);
        const x = r.middle ? Math.round((r.x - (lineWidth * s) / 2) * 1000) / 1000 : r.x;
        // Baselines fall on whole pixels (layoutCard); rounding only drops float dust such as 47.99999999999999.
        const baseline = Math.round(r.y + i * (r.lineHeight ?? 0));
        let pen = 0;
        for (const { glyph, advance } of shaped) {
          const at = x + pen * s;
          pen += advance;
          let whole = Math.floor(at);
          let step = Math.round((at - whole) * STEPS);
          if (step === STEPS) [whole, step] = [whole + 1, 0];
          const p = picturesOf(font, face, glyph, r.size)[step];
          if (!p) continue;
          const left = whole + p.left;
          const top = baseline + p.top;
          const inside = left >= 0 && top >= 0 && left + p.width <= width && top + p.height <= height;
          for (let j = 0; j < p.coverage.length; j++) {
            const y = top + p.rows[j];
            const x = left + p.cols[j];
            if (!inside && (y < 0 || y >= height || x < 0 || x >= width)) continue;
            const px = y * width + x;
            // The same pixel in the PNG's rows, each of which starts with its filter byte.
            const out = px + y + 1;
            // Where two glyphs' edges share a pixel, their coverage adds up, as in one path of the whole line.
            let c = p.coverage[j];
            if (touched[px] === run) {
              c += coverage[px];
              if (c > 255) c = 255;
            } else {
              touched[px] = run;
              below[px] = rows[out];
            }
            coverage[px] = c;
            const key = (below[px] << 8) | c;
            if (seenIn[key] !== run) {
              const found = mixed(ink, below[px], c);
              if (found === undefined) return undefined;
              seenIn[key] = run;
              seenAs[key] = found;
            }
            rows[out] = seenAs[key];
          }
        }
      }
    }
    return encodeIndexed({ width, height, rows, palette, colours });
  };
}

/** A colour's four bytes from `at` as one number, to look colours up by. */
function colourKey(bytes: ArrayLike<number>, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 2 ** 24;
}

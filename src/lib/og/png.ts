// A PNG with a palette, for pictures of few colours (a card: white, three inks and their
// anti-aliased edges): a byte a pixel instead of four, so the file is a fraction of the RGBA one.
// Lossless: a picture of more than 256 colours gets no palette (undefined).
import { constants, crc32, deflateSync } from "node:zlib";

/** A picture as palette indices, as a palette PNG holds it before compression. */
export interface IndexedImage {
  width: number;
  height: number;
  /** Each row: its filter byte (0, none: the usual choice for palette images), then a palette index a pixel. */
  rows: Uint8Array;
  /** The colours, four bytes (RGBA) each, in the order of their indices. */
  palette: Uint8Array;
  /** How many colours the palette holds. */
  colours: number;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** `rgba` (width × height × 4 bytes) as palette indices, or undefined if it has more than 256 colours. */
export function indexColours(rgba: Uint8Array, width: number, height: number): IndexedImage | undefined {
  // A pixel's four bytes read as one number, to compare colours at once (a copy if they are not aligned for that).
  const pixels = new Uint32Array(rgba.byteOffset % 4 ? rgba.slice().buffer : rgba.buffer, rgba.byteOffset % 4 ? 0 : rgba.byteOffset, width * height);
  const index = new Map<number, number>();
  const palette = new Uint8Array(256 * 4);
  const rows = Buffer.alloc(height * (width + 1));
  // Most pixels repeat the one before (the background, the inside of a letter): remember it.
  let last = -1;
  let lastIndex = 0;
  const rowBytes = width * 4;
  for (let y = 0, at = 0; y < height; y++) {
    rows[at++] = 0;
    // Most rows of a card are the row above again (margins, the space between lines): copy its indices.
    if (y > 0 && Buffer.compare(rgba.subarray(y * rowBytes, (y + 1) * rowBytes), rgba.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      rows.copyWithin(at, at - width - 1, at - 1);
      at += width;
      continue;
    }
    for (let x = 0; x < width; x++) {
      const colour = pixels[y * width + x];
      if (colour !== last) {
        let i = index.get(colour);
        if (i === undefined) {
          if (index.size === 256) return undefined;
          index.set(colour, (i = index.size));
          palette.set(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), i * 4);
        }
        last = colour;
        lastIndex = i;
      }
      rows[at++] = lastIndex;
    }
  }
  return { width, height, rows, palette, colours: index.size };
}

/** An indexed picture as an 8-bit palette PNG. */
export function encodeIndexed({ width, height, rows, palette, colours }: IndexedImage): Buffer {
  const rgb = Buffer.alloc(colours * 3);
  const alpha = Buffer.alloc(colours);
  for (let i = 0; i < colours; i++) {
    rgb.set(palette.subarray(i * 4, i * 4 + 3), i * 3);
    alpha[i] = palette[i * 4 + 3];
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette, deflate, no filter method variants, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("PLTE", rgb),
    ...(alpha.some((a) => a !== 255) ? [chunk("tRNS", alpha)] : []),
    // Run-length matching only: a card's rows are long runs of one index, and this is four times faster
    // than the default search for a file about a sixth larger (30 KB instead of 26 KB), which counts when thousands of cards are drawn.
    chunk("IDAT", deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk("IEND", new Uint8Array()),
  ]);
}

/** `rgba` (width × height × 4 bytes) as an 8-bit palette PNG, or undefined if it has more than 256 colours. */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const indexed = indexColours(rgba, width, height);
  return indexed && encodeIndexed(indexed);
}

import { crc32, inflateSync } from "node:zlib";
import { expect, test } from "vitest";
import { palettePng } from "../../src/lib/og/png";

/** The chunks of a PNG, each with its CRC checked. */
function chunks(png: Buffer): Map<string, Buffer> {
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
    const type = typeAndData.subarray(0, 4).toString("latin1");
    found.set(type, Buffer.concat([found.get(type) ?? Buffer.alloc(0), typeAndData.subarray(4)]));
    at += 12 + length;
  }
  return found;
}

/** The picture back as RGBA, read from the palette and the rows. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const c = chunks(png);
  const header = c.get("IHDR")!;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  expect([...header.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
  const palette = c.get("PLTE")!;
  const alpha = c.get("tRNS");
  const rows = inflateSync(c.get("IDAT")!);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x++) {
      const i = rows[y * (width + 1) + 1 + x];
      rgba.set([...palette.subarray(i * 3, i * 3 + 3), alpha?.[i] ?? 255], (y * width + x) * 4);
    }
  }
  return { width, height, rgba };
}

/**
 * The same pixels, byte for byte, naming the first pixel that differs. Compared as buffers: a deep
 * equality walks a picture's tens of thousands of bytes one by one, seconds for these tests.
 */
function expectPixels(actual: Buffer, expected: Buffer) {
  expect(actual.length).toBe(expected.length);
  if (actual.equals(expected)) return;
  const at = actual.findIndex((byte, i) => byte !== expected[i]);
  const pixel = Math.floor(at / 4);
  expect([...actual.subarray(pixel * 4, pixel * 4 + 4)], `pixel ${pixel}`).toEqual([...expected.subarray(pixel * 4, pixel * 4 + 4)]);
}

/** A picture of stripes in `n` colours. */
function stripes(width: number, height: number, n: number, alpha = 255): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const k = Math.floor((p % width) / Math.max(1, Math.floor(width / n))) % n;
    rgba.set([k & 0xff, k >> 8, (k * 13) & 0xff, alpha], p * 4);
  }
  return rgba;
}

test("an opaque picture of few colours comes back pixel for pixel, with no transparency chunk", () => {
  const rgba = stripes(300, 40, 87);
  const png = palettePng(rgba, 300, 40)!;
  const decoded = decode(png);
  expect([decoded.width, decoded.height]).toEqual([300, 40]);
  expectPixels(decoded.rgba, rgba);
  expect(chunks(png).has("tRNS")).toBe(false);
  expect(chunks(png).get("PLTE")!.length).toBe(87 * 3);
});

test("transparency is kept in a tRNS chunk", () => {
  const rgba = stripes(64, 8, 4, 128);
  const png = palettePng(rgba, 64, 8)!;
  expect(chunks(png).get("tRNS")).toEqual(Buffer.from([128, 128, 128, 128]));
  expectPixels(decode(png).rgba, rgba);
});

test("256 colours fit; 257 do not, and no palette is made", () => {
  expect(palettePng(stripes(512, 2, 256), 512, 2)).toBeDefined();
  expect(palettePng(stripes(514, 2, 257), 514, 2)).toBeUndefined();
});

test("pixels that do not start on a four-byte boundary are read right", () => {
  const rgba = stripes(10, 3, 5);
  const shifted = Buffer.alloc(rgba.length + 1);
  rgba.copy(shifted, 1);
  expectPixels(decode(palettePng(shifted.subarray(1), 10, 3)!).rgba, rgba);
});

test("rows that repeat the row above and rows that do not come back alike (a card's margins and its lines of text)", () => {
  const [width, height] = [40, 30];
  const rgba = Buffer.alloc(width * height * 4, 255);
  // A dark block on rows 5–9 and a thinner one on rows 20–21, so runs of equal rows alternate with changes.
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if ((y >= 5 && y < 10 && x >= 3 && x < 30) || (y >= 20 && y < 22 && x >= 10 + y - 20 && x < 15)) rgba.set([20, 30, 40, 255], (y * width + x) * 4);
    }
  expectPixels(decode(palettePng(rgba, width, height)!).rgba, rgba);
});

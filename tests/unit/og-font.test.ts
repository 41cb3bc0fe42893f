// The card's font reader (src/lib/og/font.ts) against resvg's own text layout of the same font:
// a line drawn from the reader's outlines must fill the pixels resvg fills when it lays the text out.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, test } from "vitest";
import { CARD_FONT, cardSvg } from "../../src/lib/og/card";
import { readFont } from "../../src/lib/og/font";

const require = createRequire(import.meta.url);
const files = {
  regular: require.resolve("@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf"),
};
const fonts = { regular: readFont(readFileSync(files.regular)), bold: readFont(readFileSync(files.bold)) };
const render = (svg: string) =>
  new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [files.regular, files.bold], defaultFontFamily: CARD_FONT },
    fitTo: { mode: "original" },
  }).render().pixels;
const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="160"><rect width="1200" height="160" fill="#fff"/>${body}</svg>`;

/** Pixels that differ between two pictures, and the largest difference of a colour value. */
function compare(a: Buffer, b: Buffer): { pixels: number; largest: number } {
  let pixels = 0;
  let largest = 0;
  for (let i = 0; i < a.length; i += 4) {
    const d = Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]));
    if (d) pixels++;
    largest = Math.max(largest, d);
  }
  return { pixels, largest };
}

describe("readFont", () => {
  test("shapes as resvg does: pairs kerned, ligatures joined, a space as wide as the font says", () => {
    const bold = fonts.bold;
    const [a, v] = bold.shape("AV")!;
    expect(a.advance).toBeLessThan(bold.shape("A")![0].advance);
    expect(v.advance).toBe(bold.shape("V")![0].advance);
    expect(bold.shape("ffl")!.length).toBeLessThan(3);
    expect(bold.shape(" ")![0].advance).toBeGreaterThan(0);
  });

  test.each([
    ["bold", 68, "AVATAR Tøyen «Ærlig» — “Vågå” på § 12, 3/4 … (ffi)"],
    ["bold", 40, "Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18 (Grindr LLC)"],
    ["regular", 32, "Norwegian Data Protection Reference: Tønsberg, Ålesund, Æsøy, naïve café"],
  ] as const)("a line in %s at %i px fills the pixels resvg's own layout fills: %s", (face, size, line) => {
    const weight = face === "bold" ? ` font-weight="700"` : "";
    const asText = render(
      svg(`<text x="30" y="110" font-family="${CARD_FONT}"${weight} font-size="${size}" fill="#1b1d21">${line.replace(/&/g, "&amp;")}</text>`),
    );
    const font = fonts[face];
    const { d, width } = font.outline(line)!;
    const s = size / font.unitsPerEm;
    const drawn = (x: number) => render(svg(`<path fill="#1b1d21" transform="matrix(${s} 0 0 ${-s} ${x} 110)" d="${d}"/>`));
    const same = compare(asText, drawn(30));
    // Only the odd edge pixel, by rounding in the last place of a coordinate.
    expect(same.pixels).toBeLessThan(40);
    expect(same.largest).toBeLessThanOrEqual(64);
    // The comparison sees a shift of a third of a pixel, far less than a kerning pair or a letter.
    expect(compare(asText, drawn(30.33)).pixels).toBeGreaterThan(500);
    expect(width * s).toBeGreaterThan(line.length * size * 0.3);
  });

  test("text the reader cannot shape is left to resvg: a character the font lacks, a combining mark", () => {
    expect(fonts.bold.outline("日本")).toBeUndefined();
    expect(fonts.bold.outline("cafe\u0301")).toBeUndefined();
    const card = cardSvg({ kicker: "Guide", title: "日本 guide" }, "Site", fonts);
    expect(card.match(/<text/g)).toHaveLength(1);
    expect(card).toContain(">日本 guide</tspan></text>");
    expect(card.match(/<path/g)!.length).toBeGreaterThanOrEqual(3);
  });
});

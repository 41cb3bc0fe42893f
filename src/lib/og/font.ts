// A small reader of TrueType fonts, for drawing the link-preview cards' text as outlines
// (src/lib/og/card.ts): each line becomes one SVG path, so the renderer only fills shapes and
// never lays out text. It reads what the card's text needs and no more: the character map, advance
// widths, glyph outlines (simple and composite), the ligatures of the `liga` feature and the pair
// kerning of the `kern` feature, as a shaper applies them to Latin text by default. Text it cannot
// shape so (a character the font lacks, a combining mark) is reported, so the caller can fall back
// to the renderer's own layout.

type Point = { x: number; y: number; on: boolean };

export interface Shaped {
  glyph: number;
  /** Advance in font units, kerning included. */
  advance: number;
}

export interface Font {
  unitsPerEm: number;
  /** The glyphs of `text` with their advances, or undefined where this reader cannot shape it. */
  shape(text: string): Shaped[] | undefined;
  /**
   * `text` as SVG path data in font units, y up, the line starting at (0, 0), with its width (its
   * advances), or undefined as shape(). Scaled by size / unitsPerEm and flipped, it is the line at that size.
   */
  outline(text: string): { d: string; width: number } | undefined;
  /**
   * One glyph as SVG path data in font units, y up, its origin at (0, 0), and the box its points lie
   * in; undefined for a glyph with no outline (a space). For drawing a line glyph by glyph (lib/og/paint.ts).
   */
  glyph(glyph: number): GlyphOutline | undefined;
}

export interface GlyphOutline {
  d: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The offsets of the lookups a feature of the default script and language (latn, else DFLT) uses. */
function featureLookups(data: Buffer, table: number, tag: string): number[] {
  const u16 = (o: number) => data.readUInt16BE(o);
  const scripts = table + u16(table + 4);
  const features = table + u16(table + 6);
  const lookups = table + u16(table + 8);
  let langSys: number | undefined;
  for (const wanted of ["latn", "DFLT"]) {
    for (let i = 0; i < u16(scripts) && langSys === undefined; i++) {
      if (data.toString("latin1", scripts + 2 + 6 * i, scripts + 6 + 6 * i) !== wanted) continue;
      const script = scripts + u16(scripts + 6 + 6 * i);
      if (u16(script)) langSys = script + u16(script);
    }
    if (langSys !== undefined) break;
  }
  if (langSys === undefined) return [];
  const found: number[] = [];
  for (let i = 0; i < u16(langSys + 4); i++) {
    const index = u16(langSys + 6 + 2 * i);
    if (data.toString("latin1", features + 2 + 6 * index, features + 6 + 6 * index) !== tag) continue;
    const feature = features + u16(features + 6 + 6 * index);
    for (let j = 0; j < u16(feature + 2); j++) found.push(lookups + u16(lookups + 2 + 2 * u16(feature + 4 + 2 * j)));
  }
  return found;
}

/** The subtables of a lookup with their type, extension subtables (GSUB 7, GPOS 9) opened. */
function subtables(data: Buffer, lookup: number, extension: number): { type: number; at: number }[] {
  const type = data.readUInt16BE(lookup);
  return Array.from({ length: data.readUInt16BE(lookup + 4) }, (_, i) => {
    const at = lookup + data.readUInt16BE(lookup + 6 + 2 * i);
    return type === extension ? { type: data.readUInt16BE(at + 2), at: at + data.readUInt32BE(at + 4) } : { type, at };
  });
}

/** The index of the first of `count` records of `size` bytes from `at` whose key is not below `glyph` (keys sorted, as the format requires). */
function search(data: Buffer, at: number, count: number, size: number, glyph: number, key = 0): number {
  let [lo, hi] = [0, count];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (data.readUInt16BE(at + mid * size + key) < glyph) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The coverage index of `glyph`, or -1. */
function coverage(data: Buffer, at: number, glyph: number): number {
  const count = data.readUInt16BE(at + 2);
  if (data.readUInt16BE(at) === 1) {
    const i = search(data, at + 4, count, 2, glyph);
    return i < count && data.readUInt16BE(at + 4 + 2 * i) === glyph ? i : -1;
  }
  // Ranges: the first whose end is not below the glyph.
  const r = at + 4 + 6 * search(data, at + 4, count, 6, glyph, 2);
  return r < at + 4 + 6 * count && glyph >= data.readUInt16BE(r) ? data.readUInt16BE(r + 4) + glyph - data.readUInt16BE(r) : -1;
}

function classOf(data: Buffer, at: number, glyph: number): number {
  const u16 = (o: number) => data.readUInt16BE(o);
  if (u16(at) === 1) {
    const first = u16(at + 2);
    return glyph >= first && glyph < first + u16(at + 4) ? u16(at + 6 + 2 * (glyph - first)) : 0;
  }
  const count = u16(at + 2);
  const r = at + 4 + 6 * search(data, at + 4, count, 6, glyph, 2);
  return r < at + 4 + 6 * count && glyph >= u16(r) ? u16(r + 4) : 0;
}

const bits = (n: number) => n.toString(2).replace(/0/g, "").length;
/** The XAdvance of a value record (format bit 0x4), in font units. */
function xAdvance(data: Buffer, at: number, format: number): number {
  if (!(format & 4)) return 0;
  return data.readInt16BE(at + 2 * bits(format & 3));
}

/** Reads a TrueType font (a .ttf file's bytes). */
export function readFont(data: Buffer): Font {
  const u16 = (o: number) => data.readUInt16BE(o);
  const i16 = (o: number) => data.readInt16BE(o);
  const u32 = (o: number) => data.readUInt32BE(o);
  const tables = new Map<string, number>();
  for (let i = 0; i < u16(4); i++) tables.set(data.toString("latin1", 12 + 16 * i, 16 + 16 * i), u32(20 + 16 * i));
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const head = table("head");
  const unitsPerEm = u16(head + 18);
  const longLoca = i16(head + 50) === 1;
  const numGlyphs = u16(table("maxp") + 4);
  const metrics = u16(table("hhea") + 34);
  const hmtx = table("hmtx");
  const loca = table("loca");
  const glyf = table("glyf");
  const advanceOf = (g: number) => u16(hmtx + 4 * Math.min(g, metrics - 1));

  // Character map: Unicode full repertoire (3,10) format 12, else BMP (3,1 or 0,x) format 4.
  const cmapTable = table("cmap");
  let cmap: ((c: number) => number) | undefined;
  for (let i = 0; i < u16(cmapTable + 2) && !cmap; i++) {
    const rec = cmapTable + 4 + 8 * i;
    const sub = cmapTable + u32(rec + 4);
    if (u16(sub) === 12 && (u16(rec) === 0 || (u16(rec) === 3 && u16(rec + 2) === 10))) {
      cmap = (c) => {
        for (let g = 0; g < u32(sub + 12); g++) {
          const r = sub + 16 + 12 * g;
          if (c >= u32(r) && c <= u32(r + 4)) return u32(r + 8) + c - u32(r);
        }
        return 0;
      };
    }
  }
  for (let i = 0; i < u16(cmapTable + 2) && !cmap; i++) {
    const rec = cmapTable + 4 + 8 * i;
    const sub = cmapTable + u32(rec + 4);
    if (u16(sub) === 4 && (u16(rec) === 0 || (u16(rec) === 3 && u16(rec + 2) === 1))) {
      const segs = u16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + 2 * segs + 2;
      const deltas = starts + 2 * segs;
      const ranges = deltas + 2 * segs;
      cmap = (c) => {
        if (c > 0xffff) return 0;
        for (let s = 0; s < segs; s++) {
          if (c > u16(ends + 2 * s)) continue;
          if (c < u16(starts + 2 * s)) return 0;
          const range = u16(ranges + 2 * s);
          if (!range) return (c + u16(deltas + 2 * s)) & 0xffff;
          const g = u16(ranges + 2 * s + range + 2 * (c - u16(starts + 2 * s)));
          return g ? (g + u16(deltas + 2 * s)) & 0xffff : 0;
        }
        return 0;
      };
    }
  }
  if (!cmap) throw new Error("font has no Unicode character map");
  const glyphOf = new Map<number, number>();
  const charGlyph = (c: number) => {
    let g = glyphOf.get(c);
    if (g === undefined) glyphOf.set(c, (g = cmap(c)));
    return g;
  };

  const gsub = tables.has("GSUB") ? featureLookups(data, table("GSUB"), "liga").flatMap((l) => subtables(data, l, 7)) : [];
  const gpos = tables.has("GPOS") ? featureLookups(data, table("GPOS"), "kern").flatMap((l) => subtables(data, l, 9)) : [];

  /** Replaces ligatures at each position (GSUB type 4), the first listed that matches. */
  function ligatures(glyphs: number[]): number[] {
    for (const { type, at } of gsub) {
      if (type !== 4) continue;
      for (let i = 0; i < glyphs.length; i++) {
        const index = coverage(data, at + u16(at + 2), glyphs[i]);
        if (index < 0) continue;
        const set = at + u16(at + 6 + 2 * index);
        for (let l = 0; l < u16(set); l++) {
          const lig = set + u16(set + 2 + 2 * l);
          const count = u16(lig + 2);
          let match = i + count <= glyphs.length;
          for (let k = 1; k < count && match; k++) match = glyphs[i + k] === u16(lig + 4 + 2 * (k - 1));
          if (match) {
            glyphs.splice(i, count, u16(lig));
            break;
          }
        }
      }
    }
    return glyphs;
  }

  const kerning = new Map<number, number>();
  /** The kerning of a pair (GPOS type 2): the first subtable covering the first glyph decides. */
  function kern(first: number, second: number): number {
    const key = first * 65536 + second;
    let value = kerning.get(key);
    if (value !== undefined) return value;
    value = 0;
    for (const { type, at } of gpos) {
      if (type !== 2) continue;
      const index = coverage(data, at + u16(at + 2), first);
      if (index < 0) continue;
      const [format1, format2] = [u16(at + 4), u16(at + 6)];
      const size = 2 * (bits(format1) + bits(format2));
      if (u16(at) === 1) {
        const set = at + u16(at + 10 + 2 * index);
        let found = false;
        for (let p = 0; p < u16(set) && !found; p++) {
          const rec = set + 2 + p * (2 + size);
          if (u16(rec) === second) {
            value = xAdvance(data, rec + 2, format1);
            found = true;
          }
        }
        if (!found) continue;
      } else {
        const class1 = classOf(data, at + u16(at + 8), first);
        const class2 = classOf(data, at + u16(at + 10), second);
        if (class1 >= u16(at + 12) || class2 >= u16(at + 14)) continue;
        value = xAdvance(data, at + 16 + (class1 * u16(at + 14) + class2) * size, format1);
      }
      break;
    }
    kerning.set(key, value);
    return value;
  }

  function shape(text: string): Shaped[] | undefined {
    const glyphs: number[] = [];
    for (const c of text) {
      const code = c.codePointAt(0)!;
      // A combining mark is placed by the font's mark tables, which this reader does not read.
      if (/\p{M}/u.test(c)) return undefined;
      const g = charGlyph(code);
      if (!g) return undefined;
      glyphs.push(g);
    }
    const shaped = ligatures(glyphs).map((glyph) => ({ glyph, advance: advanceOf(glyph) }));
    for (let i = 0; i + 1 < shaped.length; i++) shaped[i].advance += kern(shaped[i].glyph, shaped[i + 1].glyph);
    return shaped;
  }

  /** A glyph's contours in font units (composite glyphs resolved). */
  function contours(g: number, depth = 0): Point[][] {
    if (g >= numGlyphs || depth > 8) return [];
    const start = glyf + (longLoca ? u32(loca + 4 * g) : 2 * u16(loca + 2 * g));
    const end = glyf + (longLoca ? u32(loca + 4 * g + 4) : 2 * u16(loca + 2 * g + 2));
    if (end <= start) return [];
    const count = i16(start);
    if (count < 0) {
      const out: Point[][] = [];
      let at = start + 10;
      for (let more = true; more;) {
        const flags = u16(at);
        const component = u16(at + 2);
        at += 4;
        const words = flags & 1;
        const dx = words ? i16(at) : data.readInt8(at);
        const dy = words ? i16(at + 2) : data.readInt8(at + 1);
        at += words ? 4 : 2;
        let [a, b, c, d] = [1, 0, 0, 1];
        const f2 = (o: number) => i16(o) / 16384;
        if (flags & 8) {
          a = d = f2(at);
          at += 2;
        } else if (flags & 0x40) {
          [a, d] = [f2(at), f2(at + 2)];
          at += 4;
        } else if (flags & 0x80) {
          [a, b, c, d] = [f2(at), f2(at + 2), f2(at + 4), f2(at + 6)];
          at += 8;
        }
        // Offsets are x/y values (flag 2); matching points (no flag 2) is not used by these fonts.
        const [ox, oy] = flags & 2 ? [dx, dy] : [0, 0];
        for (const contour of contours(component, depth + 1))
          out.push(contour.map((p) => ({ x: a * p.x + c * p.y + ox, y: b * p.x + d * p.y + oy, on: p.on })));
        more = (flags & 0x20) !== 0;
      }
      return out;
    }
    const ends = Array.from({ length: count }, (_, i) => u16(start + 10 + 2 * i));
    const points = count ? ends[count - 1] + 1 : 0;
    let at = start + 10 + 2 * count;
    at += 2 + u16(at);
    const flags: number[] = [];
    while (flags.length < points) {
      const flag = data[at++];
      flags.push(flag);
      if (flag & 8) for (let r = data[at++]; r > 0; r--) flags.push(flag);
    }
    const coords = (short: number, same: number) => {
      let v = 0;
      return flags.map((flag) => {
        if (flag & short) v += flag & same ? data[at++] : -data[at++];
        else if (!(flag & same)) {
          v += i16(at);
          at += 2;
        }
        return v;
      });
    };
    const xs = coords(2, 0x10);
    const ys = coords(4, 0x20);
    return ends.map((last, i) => {
      const first = i ? ends[i - 1] + 1 : 0;
      return Array.from({ length: last - first + 1 }, (_, k) => ({ x: xs[first + k], y: ys[first + k], on: (flags[first + k] & 1) === 1 }));
    });
  }

  const outlines = new Map<number, Point[][]>();
  const outline = (g: number) => {
    let o = outlines.get(g);
    if (!o) outlines.set(g, (o = contours(g)));
    return o;
  };

  /**
   * A glyph's outline as SVG path data in font units (y up), its first point apart so that the glyph
   * can be placed anywhere, the rest relative to it: integers (and halves) that are cheap to write and
   * exact to read. Quadratic segments as TrueType defines them: two off-curve points imply the one between.
   */
  function glyphPath(g: number): { x: number; y: number; rest: string } | undefined {
    let first: { x: number; y: number } | undefined;
    let current = { x: 0, y: 0 };
    let subpath = current;
    let d = "";
    const rel = (p: { x: number; y: number }) => `${p.x - current.x} ${p.y - current.y}`;
    const move = (p: Point) => {
      if (first) d += `m${p.x - subpath.x} ${p.y - subpath.y}`;
      else first = p;
      current = subpath = p;
    };
    const line = (p: Point) => {
      d += `l${rel(p)}`;
      current = p;
    };
    const quad = (c: Point, p: Point) => {
      d += `q${rel(c)} ${rel(p)}`;
      current = p;
    };
    const mid = (p: Point, q: Point): Point => ({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2, on: true });
    for (const points of outline(g)) {
      let start: Point | undefined;
      let firstOff: Point | undefined;
      let lastOff: Point | undefined;
      for (const p of points) {
        if (!start) {
          if (p.on) move((start = p));
          else if (firstOff) {
            move((start = mid(firstOff, p)));
            lastOff = p;
          } else firstOff = p;
        } else if (lastOff) {
          if (p.on) {
            quad(lastOff, p);
            lastOff = undefined;
          } else {
            quad(lastOff, mid(lastOff, p));
            lastOff = p;
          }
        } else if (p.on) line(p);
        else lastOff = p;
      }
      if (!start) continue;
      if (firstOff && lastOff) {
        quad(lastOff, mid(lastOff, firstOff));
        lastOff = undefined;
      }
      if (firstOff) quad(firstOff, start);
      else if (lastOff) quad(lastOff, start);
      d += "z";
      current = subpath;
    }
    return first && { x: first.x, y: first.y, rest: d };
  }

  const paths = new Map<number, ReturnType<typeof glyphPath>>();
  const glyphs = new Map<number, GlyphOutline | undefined>();
  return {
    unitsPerEm,
    shape,
    glyph(g) {
      if (glyphs.has(g)) return glyphs.get(g);
      const p = glyphPath(g);
      const points = outline(g).flat();
      const found = p && {
        d: `M${p.x} ${p.y}${p.rest}`,
        xMin: Math.min(...points.map((q) => q.x)),
        yMin: Math.min(...points.map((q) => q.y)),
        xMax: Math.max(...points.map((q) => q.x)),
        yMax: Math.max(...points.map((q) => q.y)),
      };
      glyphs.set(g, found);
      return found;
    },
    outline(text) {
      const shaped = shape(text);
      if (!shaped) return undefined;
      let pen = 0;
      let d = "";
      for (const { glyph, advance } of shaped) {
        if (!paths.has(glyph)) paths.set(glyph, glyphPath(glyph));
        const p = paths.get(glyph);
        if (p) d += `M${pen + p.x} ${p.y}${p.rest}`;
        pen += advance;
      }
      return { d, width: pen };
    },
  };
}

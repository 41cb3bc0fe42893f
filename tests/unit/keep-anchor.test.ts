// src/scripts/keep-anchor.ts: the anchor a link to the same place in another language or view
// carries. The click listener that sets it (keepAnchors, started by Base.astro) needs a browser.
import { expect, test } from "vitest";
import { parseAnchor, sectionPrefix } from "../../src/lib/citation";
import { carriedAnchor } from "../../src/scripts/keep-anchor";

test("to the same section in the other language: the anchor as it is", () => {
  expect(carriedAnchor("subsection-1-c")).toBe("#subsection-1-c");
  expect(carriedAnchor("subsection-2", "")).toBe("#subsection-2");
});

test("to the side-by-side page, whose ids carry the section: the section's prefix is added", () => {
  expect(carriedAnchor("subsection-1-c", "section-16-")).toBe("#section-16-subsection-1-c");
  expect(carriedAnchor("subsection-3", sectionPrefix("12a"))).toBe("#section-12a-subsection-3");
});

test("an anchor that already has the prefix does not get it twice", () => {
  expect(carriedAnchor("section-16-subsection-1-c", "section-16-")).toBe("#section-16-subsection-1-c");
});

test("the carried anchor reads back as the same place, in the section the prefix names", () => {
  for (const id of ["subsection-1", "subsection-1-c", "subsection-4-b"]) {
    const place = parseAnchor(id)!;
    expect(parseAnchor(carriedAnchor(id, sectionPrefix("9-1")).slice(1))).toEqual({ ...place, section: "9-1" });
    expect(parseAnchor(carriedAnchor(id).slice(1))).toEqual(place);
  }
});

// Where a search result lands (lib/search/deep-link.ts): the anchor that holds the first match.
import { describe, expect, test } from "vitest";
import { landingAnchor } from "../../src/lib/search/deep-link";

describe("where a result lands", () => {
  const anchors = [
    { id: "subsection-1", location: 52, element: "div" },
    { id: "subsection-1-b", location: 111, element: "li" },
    { id: "subsection-1-c", location: 130, element: "li" },
    { id: "subsection-2", location: 224, element: "div" },
    { id: "main", location: 0, element: "main" },
  ];
  test("on the item holding the first match", () => {
    expect(landingAnchor(anchors, [135, 300])).toBe("subsection-1-c");
    expect(landingAnchor(anchors, [240])).toBe("subsection-2");
  });
  test("nowhere when the match is before every anchor or there is none", () => {
    expect(landingAnchor(anchors, [10])).toBeUndefined();
    expect(landingAnchor(anchors, [])).toBeUndefined();
  });
  test("on headings and paragraph anchors too", () => {
    expect(landingAnchor([{ id: "what-to-do", location: 40, element: "h2" }], [50])).toBe("what-to-do");
    expect(landingAnchor([{ id: "paragraph-2-a", location: 40, element: "li" }], [50])).toBe("paragraph-2-a");
  });
  test("on a section's subsection on a page of many sections, a glossary term, and the latest anchor at or before the match", () => {
    expect(landingAnchor([{ id: "section-12a-subsection-2", location: 5, element: "div" }], [9])).toBe("section-12a-subsection-2");
    expect(landingAnchor([{ id: "processing", location: 5, element: "dt" }], [9])).toBe("processing");
    expect(landingAnchor([{ id: "point-4", location: 9, element: "li" }], [9])).toBe("point-4");
    // Neither a plain element with an id nor a top heading is a landing place.
    expect(
      landingAnchor(
        [
          { id: "intro", location: 5, element: "div" },
          { id: "title", location: 6, element: "h1" },
        ],
        [9],
      ),
    ).toBeUndefined();
  });
});

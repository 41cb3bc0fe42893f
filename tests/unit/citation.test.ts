import { describe, expect, test } from "vitest";
import { anchorId, citation, ordinal, parseAnchor, sectionLabel } from "../../src/lib/citation";

describe("citations", () => {
  test("English citation of a lettered item", () => {
    expect(citation({ statute: "pda", section: "16", subsection: 1, letter: "c" }, "en")).toBe("Personal Data Act section 16 first subsection (c)");
  });
  test("Norwegian citation uses the Act's own ordinals", () => {
    expect(citation({ statute: "pda", section: "16", subsection: 1, letter: "c" }, "nb")).toBe("personopplysningsloven § 16 første ledd bokstav c");
    expect(citation({ statute: "pda", section: "9", subsection: 2 }, "nb")).toBe("personopplysningsloven § 9 annet ledd");
    expect(ordinal(5, "nb")).toBe("femte");
    expect(ordinal(6, "en")).toBe("sixth");
  });
  test("a whole section, and a lettered section number", () => {
    expect(citation({ statute: "pda", section: "12a" }, "en")).toBe("Personal Data Act section 12 a");
    expect(citation({ statute: "pda", section: "12a", subsection: 2 }, "nb")).toBe("personopplysningsloven § 12 a annet ledd");
    expect(citation({ statute: "penal-code", section: "267a", subsection: 2 }, "nb")).toBe("straffeloven § 267 a annet ledd");
    expect(sectionLabel("12")).toBe("12");
  });
  test("no ordinal past the tenth subsection", () => {
    expect(() => ordinal(11, "en")).toThrow(RangeError);
  });
});

describe("anchors", () => {
  test("ids with and without a section prefix", () => {
    expect(anchorId(1)).toBe("subsection-1");
    expect(anchorId(1, "c")).toBe("subsection-1-c");
    expect(anchorId(1, "c", "section-16-")).toBe("section-16-subsection-1-c");
  });
  test("ids read back", () => {
    expect(parseAnchor("subsection-2")).toEqual({ section: undefined, subsection: 2, letter: undefined });
    expect(parseAnchor("section-12a-subsection-1-b")).toEqual({ section: "12a", subsection: 1, letter: "b" });
    expect(parseAnchor("section-16")).toEqual({ section: "16", subsection: undefined, letter: undefined });
    expect(parseAnchor("main")).toBeUndefined();
    expect(parseAnchor("subsection-x")).toBeUndefined();
    expect(parseAnchor("")).toBeUndefined();
  });
});

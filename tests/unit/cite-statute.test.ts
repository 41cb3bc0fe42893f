import { describe, expect, it } from "vitest";
import { statutePlaces } from "../../src/lib/cite-places";

describe("statutePlaces", () => {
  const subsections = [{ items: [{ letter: "a" }, { letter: "b" }] }, { items: [] }];
  it("names each subsection and item in both languages with its anchor", () => {
    const places = statutePlaces({ statute: "pda", section: "16" }, subsections, "/personal-data-act/16/");
    expect(Object.keys(places)).toEqual(["subsection-1", "subsection-1-a", "subsection-1-b", "subsection-2"]);
    expect(places["subsection-1-b"]).toEqual({
      en: "Personal Data Act section 16 first subsection (b)",
      nb: "personopplysningsloven § 16 første ledd bokstav b",
      href: "/personal-data-act/16/#subsection-1-b",
    });
  });
  it("on pages holding many sections, ids carry the section and the section itself is a place", () => {
    const places = statutePlaces({ statute: "penal-code", section: "266a" }, subsections, "/penal-code/266a/", "section-266a-");
    expect(places["section-266a"]).toEqual({ en: "Penal Code section 266 a", nb: "straffeloven § 266 a", href: "/penal-code/266a/" });
    expect(places["section-266a-subsection-2"].href).toBe("/penal-code/266a/#subsection-2");
  });
});

import { describe, expect, test } from "vitest";
import { statuteSection, statuteTranslation } from "../../src/schemas/statute";

// A section of the Act as content/statutes/pda/12a.mdx gives it: a chapter by number, the amendment history with Lovdata's notes.
const valid = {
  section: "12a",
  heading: { nb: "Adgang for offentlige myndigheter", en: "Public authorities may disclose personal data" },
  chapter: 3,
  amendments: [{ by: "LOV-2018-12-20-116", change: "added", inForce: "2018-12-20", lovdataNote: "Tilføyd ved lov 20 des 2018 nr. 116." }],
};

const messages = (input: unknown) => {
  const result = statuteSection.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("statute section schema", () => {
  test("accepts a well-formed section, its chapter by number or by heading, and a translation", () => {
    expect(statuteSection.parse(valid)).toMatchObject({ section: "12a", chapter: 3, versions: [], amendmentNotes: [] });
    expect(statuteSection.parse({ ...valid, chapter: "Kapittel 9. Kontrolltiltak i virksomheten", section: "9-1" })).toMatchObject({ section: "9-1" });
    expect(statuteTranslation.parse({ section: "16" })).toEqual({ section: "16" });
  });

  test("a YAML date is read as the calendar date", () => {
    const parsed = statuteSection.parse({ ...valid, amendments: [{ ...valid.amendments[0], inForce: new Date("2018-12-20T00:00:00Z") }] });
    expect(parsed.amendments[0].inForce).toBe("2018-12-20");
  });

  test("missing heading", () => {
    const { heading: _, ...rest } = valid;
    expect(messages(rest)).toEqual([expect.stringMatching(/^heading: /)]);
  });

  test("missing Norwegian heading", () => {
    expect(messages({ ...valid, heading: { en: "x" } })).toEqual([expect.stringMatching(/^heading\.nb: /)]);
  });

  test("malformed fields say what they got", () => {
    expect(messages({ ...valid, section: "12 a" })).toEqual(['section: expected a section id like "6", "12a" or "9-1", got "12 a"']);
    expect(messages({ ...valid, chapter: 3.5 })).toEqual(["chapter: expected a chapter number or the chapter's heading as printed, got 3.5"]);
    expect(messages({ ...valid, chapter: 0 })).toEqual(["chapter: expected a chapter number or the chapter's heading as printed, got 0"]);
    expect(messages({ ...valid, chapter: true })).toEqual(["chapter: expected a chapter number or the chapter's heading as printed, got true"]);
    expect(messages({ ...valid, amendments: [{ ...valid.amendments[0], by: "lov 2018-12-20 nr. 116" }] })).toEqual([
      'amendments.0.by: expected a Lovdata identifier like "LOV-2018-06-15-38", got "lov 2018-12-20 nr. 116"',
    ]);
    expect(messages({ ...valid, amendments: [{ ...valid.amendments[0], inForce: "2018-02-30" }] })).toEqual([
      'amendments.0.inForce: expected a real date written YYYY-MM-DD, got "2018-02-30"',
    ]);
    expect(statuteTranslation.safeParse({ section: "16 a" }).success).toBe(false);
  });

  test("unknown fields are rejected, so typos do not pass silently", () => {
    expect(messages({ ...valid, titel: "x" })).toEqual([expect.stringMatching(/titel/)]);
    expect(statuteTranslation.safeParse({ section: "16", heading: "x" }).success).toBe(false);
  });
});

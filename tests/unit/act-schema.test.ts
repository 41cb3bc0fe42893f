import { describe, expect, test } from "vitest";
import { actSection, actSectionNb } from "../../src/schemas/act";

const valid = {
  section: "12a",
  title: { en: "Public authorities may disclose personal data", nb: "Adgang for offentlige myndigheter" },
  chapter: 3,
  amendments: [{ by: "LOV-2018-12-20-116", change: "added", inForce: "2018-12-20", lovdataNote: "Tilføyd ved lov 20 des 2018 nr. 116." }],
};

const messages = (input: unknown) => {
  const result = actSection.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("act section schema", () => {
  test("accepts a well-formed section", () => {
    expect(actSection.parse(valid)).toMatchObject({ section: "12a", chapter: 3 });
    expect(actSectionNb.parse({ section: "16" })).toEqual({ section: "16" });
  });

  test("a YAML date is read as the calendar date", () => {
    const parsed = actSection.parse({ ...valid, amendments: [{ ...valid.amendments[0], inForce: new Date("2018-12-20T00:00:00Z") }] });
    expect(parsed.amendments[0].inForce).toBe("2018-12-20");
  });

  test("missing title", () => {
    const { title: _, ...rest } = valid;
    expect(messages(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });

  test("missing Norwegian title", () => {
    expect(messages({ ...valid, title: { en: "x" } })).toEqual([expect.stringMatching(/^title\.nb: /)]);
  });

  test("malformed fields say what they got", () => {
    expect(messages({ ...valid, section: "12 a" })).toEqual(['section: expected a section id like "12" or "12a", got "12 a"']);
    expect(messages({ ...valid, chapter: "four" })).toEqual(['chapter: expected a chapter number, got "four"']);
    expect(messages({ ...valid, amendments: [{ ...valid.amendments[0], by: "lov 2018-12-20 nr. 116" }] })).toEqual([
      'amendments.0.by: expected a Lovdata identifier like "LOV-2018-06-15-38", got "lov 2018-12-20 nr. 116"',
    ]);
    expect(messages({ ...valid, amendments: [{ ...valid.amendments[0], inForce: "2018-02-30" }] })).toEqual([
      'amendments.0.inForce: expected a real date written YYYY-MM-DD, got "2018-02-30"',
    ]);
  });

  test("unknown fields are rejected, so typos do not pass silently", () => {
    expect(messages({ ...valid, titel: "x" })).toEqual([expect.stringMatching(/titel/)]);
  });
});

// The table of the deadlines page and /tools/ (src/lib/deadlines/table.ts) against the calculators
// it describes and the sources it lists.
import { describe, expect, test } from "vitest";
import { calculators } from "../../src/lib/deadlines/calculators";
import { sources } from "../../src/lib/deadlines/sources";
import { DEADLINES, deadline } from "../../src/lib/deadlines/table";

describe("the DEADLINES table", () => {
  test("lists every calculator once, with the form fields it reads from the URL", () => {
    expect(DEADLINES.map((d) => d.kind).sort()).toEqual(Object.keys(calculators).sort());
    for (const d of DEADLINES)
      expect(
        d.fields.map((f) => f.name),
        d.kind,
      ).toEqual([...calculators[d.kind].params]);
  });

  test("a field is optional exactly when its calculator can run without it", () => {
    for (const d of DEADLINES) {
      const required = d.fields.filter((f) => !f.optional);
      expect(required.length, d.kind).toBeGreaterThan(0);
      // Without a required field the calculator says what to enter.
      expect(calculators[d.kind].run(new URLSearchParams()).ok, d.kind).toBe(false);
    }
  });

  test("titles name the period, and anchors are the calculator names", () => {
    expect(DEADLINES.map((d) => d.title)).toEqual([
      "Notifying a personal data breach: 72 hours",
      "Appealing to the Privacy Appeals Board: three weeks",
      "Paying an administrative fine: four weeks",
      "Limitation of administrative fines: five years",
    ]);
    expect(deadline("appeal").sources).toContain(sources.fvl29);
    expect(() => deadline("nope" as never)).toThrow('no deadline "nope"');
  });
});

// The table of the deadlines page and /tools/ (src/lib/deadlines/table.ts) against the calculators
// it describes and the sources it lists (src/lib/deadlines/sources.ts).
import { describe, expect, test } from "vitest";
import { calculators } from "../../src/lib/deadlines/calculators";
import { sourceHref, sources } from "../../src/lib/deadlines/sources";
import { DEADLINES, deadline } from "../../src/lib/deadlines/table";
import { missing } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { fullRegistry } from "./helpers/content";

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

describe("the sources of the deadlines", () => {
  test("every citation target exists on the site, every other source is an https address", () => {
    const reg = fullRegistry();
    for (const [name, source] of Object.entries(sources) as [string, { target?: string; href?: string }][]) {
      if (source.target) expect(missing(parseTarget(source.target), reg), name).toBeUndefined();
      else expect(source.href, name).toMatch(/^https:\/\//);
    }
  });

  test("links go to the site's own page for a target, under the base path", () => {
    expect(sourceHref(sources.gdpr33)).toBe("/gdpr/article-33/#paragraph-1");
    expect(sourceHref(sources.fvl29)).toBe("https://lovdata.no/lov/1967-02-10/§29");
  });
});

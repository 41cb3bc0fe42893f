// The sources the deadline calculators rest on (lib/deadlines/sources.ts): where each one links.
import { describe, expect, test } from "vitest";
import { sourceHref, sources } from "../../src/lib/deadlines/sources";
import { missing } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { fullRegistry } from "./helpers/content";

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
  test("a source names a target on the site or an address elsewhere, never both", () => {
    for (const [name, source] of Object.entries(sources) as [string, { target?: string; href?: string }][])
      expect(!!source.target !== !!source.href, name).toBe(true);
    expect(sourceHref({ label: "Personal Data Act section 22 second subsection", target: "pda:22(2)" })).toBe("/personal-data-act/22/#subsection-2");
    expect(() => sourceHref({ label: "bad", target: "pda 22" })).toThrow(/pda 22/);
  });
});

// The rules that span files (lib/decisions/validation.ts): every dataset entry has one page and every
// page an entry, related links are two-way, and a page mirrors its entry's facts exactly. Each broken
// rule names the file (or entry), the field and the value.
import { describe, expect, test } from "vitest";
import { type DataEntry, factsOf } from "../../src/lib/decisions/facts";
import { SCAFFOLD_MARK } from "../../src/lib/decisions/slug";
import { checkPages, mirroredFields } from "../../src/lib/decisions/validation";
import type { DecisionData } from "../../src/schemas/decision";
import { dataEntry as entry, decisionPage as page, sourceEntry } from "./helpers/decision-entry";

const checkAll = (data: DataEntry[]) =>
  checkPages(
    data.map((e) => page(e)),
    data,
  );

describe("rules that span files", () => {
  test("a page whose mirrored facts differ from the dataset fails, naming file, field and value", () => {
    const e = entry({ id: "acme" });
    expect(() => checkPages([page(e, { decided: "2021-01-02" })], [e])).toThrow(
      'content/decisions/2021-01-01-acme.md: field "decided" = "2021-01-02": the dataset says "2021-01-01"',
    );
    expect(() => checkPages([page(e, { caseNumber: "20/9" })], [e])).toThrow(/field "caseNumber" = "20\/9"/);
  });

  test("every entry has one page and every page an entry", () => {
    const a = entry({ id: "a" });
    expect(() => checkPages([], [a])).toThrow(/entry "a".*has no page/);
    expect(() => checkPages([page(a)], [])).toThrow(/field "id" = "a": no entry with this id/);
    expect(() => checkPages([page(a), { ...page(a), id: "copy" }], [a])).toThrow(/duplicate id/);
  });

  test("related links must be two-way", () => {
    expect(() => checkAll([entry({ id: "a", related: ["b"] }), entry({ id: "b" })])).toThrow(/entry "a", field "related" = "b": the link is one-way/);
  });

  test("the dataset's own rules: one entry per id, related entries that exist and are not the entry itself", () => {
    expect(() => checkAll([entry({ id: "a" }), entry({ id: "a" })])).toThrow(
      'data/decision-facts.json: entry "a", field "id" = "a": duplicate id in the dataset',
    );
    expect(() => checkAll([entry({ id: "a", related: ["gone"] })])).toThrow('entry "a", field "related" = "gone": no entry with this id');
    expect(() => checkAll([entry({ id: "a", related: ["a"] })])).toThrow('entry "a", field "related" = "a": an entry cannot be related to itself');
  });

  test("a page still holding the scaffold's placeholder fails", () => {
    const e = entry({ id: "acme" });
    expect(() => checkPages([{ ...page(e), body: `${SCAFFOLD_MARK}.` }], [e])).toThrow(
      `content/decisions/2021-01-01-acme.md: field "(body)" = "${SCAFFOLD_MARK}": the summary is still the scaffold's placeholder`,
    );
  });

  test("pages that mirror their entries pass, and each entry comes back by its id", () => {
    const a = entry({ id: "a", related: ["b"] });
    const b = entry({ id: "b", date: null, related: ["a"] });
    const byId = checkAll([a, b]);
    expect([...byId.keys()]).toEqual(["a", "b"]);
    expect(byId.get("b")).toBe(b);
    // A page without its file path is named by its id.
    const { filePath: _, ...bare } = page(a, { decided: "2020-01-01" });
    expect(() => checkPages([bare, page(b)], [a, b])).toThrow('content/decisions/2021-01-01-a.md: field "decided" = "2020-01-01"');
  });

  test("a list field missing from a cached page counts as empty; a missing optional one as absent", () => {
    const e = entry({ id: "acme", case_number: null });
    const { named: _, caseNumber: __, ...cached } = page(e).data;
    expect(() => checkPages([{ ...page(e), data: cached as DecisionData }], [e])).not.toThrow();
    const named = { ...e, provisions_named: ["straffeloven:205"] };
    expect(() => checkPages([{ ...page(e), data: cached as DecisionData }], [named])).toThrow('field "named" = []: the dataset says ["straffeloven:205"]');
  });
});

describe("what a page mirrors", () => {
  test("the date, authority, articles, the Act's sections that have targets, named provisions and case number", () => {
    const e = factsOf(
      sourceEntry({
        id: "m",
        date: null,
        case_number: null,
        gdpr_articles: ["5(1)(a)", "6"],
        pda_sections: ["§ 26 første ledd", "personopplysningsloven 2000 § 11"],
      }),
      ["kameraovervakingsforskriften:6"],
    );
    expect(mirroredFields(e)).toEqual({
      decided: undefined,
      authority: "Datatilsynet",
      gdpr: ["gdpr:5(1)(a)", "gdpr:6"],
      pda: ["pda:26(1)"],
      named: ["kameraovervakingsforskriften:6"],
      caseNumber: undefined,
    });
  });
});

// Each kind of bad decision file is rejected with a message naming the field and the value.
import { describe, expect, test } from "vitest";
import { describeIssues } from "../../src/lib/content/strict-loader";
import type { Registry } from "../../src/lib/refs/registry";
import { decisionSchema } from "../../src/schemas/decision";

// A small registry: a few sections with their subsections, GDPR articles with paragraphs, two decisions.
const registry: Registry = {
  pda: new Map([
    ["26", { shape: [[], []] }],
    ["29", { shape: [[], []] }],
  ]),
  penal: new Map(),
  gdpr: new Map(
    Array.from({ length: 99 }, (_, i) => [i + 1, new Map<number, string[]>()] as [number, Map<number, string[]>]).map(([n, m]) =>
      n === 6 ? [n, new Map([[1, ["a", "b", "c", "d", "e", "f"]], [2, []], [3, ["a", "b"]], [4, ["a", "b", "c", "d", "e"]]])] : [n, m],
    ),
  ),
  decisions: new Map([
    ["grindr-2021", "2021-12-13-grindr"],
    ["grindr-2023-pvn", "2023-09-27-grindr"],
  ]),
  guides: new Set(),
  trees: new Set(),
  glossary: new Set(),
};
const schema = decisionSchema(() => registry);

const valid = {
  id: "acme-2024",
  title: "Acme AS fined for an unlawful credit check",
  entity: "Acme AS",
  decided: "2024-03-18",
  authority: "Datatilsynet",
  sector: "other-private",
  body: "private",
  outcome: ["fine"],
  penalty: { amount: 150000, currency: "NOK" },
  gdpr: ["gdpr:6(1)(f)", "gdpr:24"],
  pda: ["pda:26(1)"],
  related: ["grindr-2021"],
  sources: ["https://www.datatilsynet.no/example"],
  verified: true,
};

const problems = (input: unknown) => describeIssues(schema, input);

describe("decision schema", () => {
  test("accepts a well-formed decision and fills defaults", () => {
    const parsed = schema.parse(valid);
    expect(parsed).toMatchObject({ stage: "final", penalty: { kind: "fine", confirmed: true }, uncertain: [], conflicts: [], appealed: [] });
  });

  test("accepts dates known only to the month or year, and YAML dates", () => {
    expect(schema.parse({ ...valid, decided: "2022" }).decided).toBe("2022");
    expect(schema.parse({ ...valid, decided: 2022 }).decided).toBe("2022");
    expect(schema.parse({ ...valid, decided: "2022-06" }).decided).toBe("2022-06");
    expect(schema.parse({ ...valid, decided: new Date("2021-12-13T00:00:00Z") }).decided).toBe("2021-12-13");
  });

  test("rejects an unknown authority, naming field and value", () => {
    expect(problems({ ...valid, authority: "Forbrukertilsynet" })).toBe(
      '  field "authority" = "Forbrukertilsynet": unknown authority "Forbrukertilsynet"; expected one of "Datatilsynet", "Personvernnemnda", "Oslo tingrett", "Borgarting lagmannsrett", "Høyesterett", "EDPB"',
    );
  });

  test("rejects a negative amount", () => {
    expect(problems({ ...valid, penalty: { amount: -5, currency: "NOK" } })).toBe('  field "penalty.amount" = -5: an amount cannot be negative, got -5');
    expect(problems({ ...valid, review: { result: "reduced", amount: -1 } })).toContain('field "review.amount" = -1: an amount cannot be negative');
  });

  test("rejects a bad date", () => {
    expect(problems({ ...valid, decided: "2021-02-30" })).toBe('  field "decided" = "2021-02-30": expected a real date written YYYY-MM-DD (or YYYY-MM, YYYY), got "2021-02-30"');
    expect(problems({ ...valid, decided: "13.12.2021" })).toContain('field "decided" = "13.12.2021"');
    expect(problems({ ...valid, decided: "2021-13" })).toContain('field "decided" = "2021-13"');
    expect(problems({ ...valid, published: "2021-12" })).toContain('field "published" = "2021-12": expected a real date written YYYY-MM-DD');
  });

  test("rejects an unknown GDPR article, paragraph or point", () => {
    expect(problems({ ...valid, gdpr: ["gdpr:100"] })).toBe('  field "gdpr.0" = "gdpr:100": unknown GDPR article or place: "gdpr:100" is not a citation target: the GDPR has articles 1 to 99');
    expect(problems({ ...valid, gdpr: ["gdpr:6(9)"] })).toBe('  field "gdpr.0" = "gdpr:6(9)": unknown GDPR article or place: gdpr:6(9): Article 6 has no paragraph 9');
    expect(problems({ ...valid, gdpr: ["gdpr:6(1)(z)"] })).toContain('field "gdpr.0" = "gdpr:6(1)(z)": unknown GDPR article or place');
    expect(problems({ ...valid, gdpr: ["Article 6"] })).toContain('field "gdpr.0" = "Article 6"');
    expect(problems({ ...valid, gdpr: ["pda:26"] })).toContain('field "gdpr.0" = "pda:26": unknown GDPR article or place: expected a gdpr: target');
  });

  test("rejects an unknown Act section or subsection", () => {
    expect(problems({ ...valid, pda: ["pda:99"] })).toBe('  field "pda.0" = "pda:99": unknown Act section or place: pda:99: no such section');
    expect(problems({ ...valid, pda: ["pda:26(3)"] })).toBe('  field "pda.0" = "pda:26(3)": unknown Act section or place: pda:26(3): section 26 has 2 subsection(s)');
  });

  test("rejects a related or reviewed decision that does not exist", () => {
    expect(problems({ ...valid, related: ["grindr-2099"] })).toBe('  field "related.0" = "grindr-2099": no decision with the id "grindr-2099" in content/decisions/');
    expect(problems({ ...valid, penalty: undefined, review: { of: "nav-1999", result: "upheld" } })).toBe(
      '  field "review.of" = "nav-1999": no decision with the id "nav-1999" in content/decisions/',
    );
  });

  test("rejects a decision with no source, or a source that is not an address", () => {
    const { sources: _, ...rest } = valid;
    expect(problems(rest)).toMatch(/field "sources" \(missing\)/);
    expect(problems({ ...valid, sources: [] })).toBe('  field "sources" = []: a decision needs at least one source');
    expect(problems({ ...valid, sources: ["Datatilsynet's website"] })).toContain('field "sources.0" = "Datatilsynet\'s website": expected a web address');
  });

  test("rejects unknown outcomes, sectors, currencies and fields", () => {
    expect(problems({ ...valid, outcome: ["warning"] })).toContain('field "outcome.0" = "warning": unknown outcome "warning"');
    expect(problems({ ...valid, outcome: [] })).toContain('field "outcome" = []: name at least one outcome');
    expect(problems({ ...valid, sector: "banking" })).toContain('field "sector" = "banking": unknown sector "banking"');
    expect(problems({ ...valid, penalty: { amount: 1, currency: "USD" } })).toContain('field "penalty.currency" = "USD": unknown currency "USD"');
    expect(problems({ ...valid, amount: 5 })).toMatch(/amount/);
  });

  test("requires verified, and a disagreement needs two accounts", () => {
    const { verified: _, ...rest } = valid;
    expect(problems(rest)).toMatch(/field "verified" \(missing\): expected true or false/);
    expect(problems({ ...valid, conflicts: [{ about: "date", accounts: [{ source: "A", says: "x" }], follows: "A" }] })).toContain("a disagreement needs at least two accounts");
  });
});

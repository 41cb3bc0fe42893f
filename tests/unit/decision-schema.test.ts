// Each kind of bad decision file is rejected with a message naming the field and the value.
import { describe, expect, test } from "vitest";
import { describeIssues } from "../../src/lib/content/strict-loader";
import { factsOf } from "../../src/lib/decisions/facts";
import type { Registry } from "../../src/lib/refs/registry";
import { dataEntry, decisionSchema } from "../../src/schemas/decision";
import { sourceEntry } from "./helpers/decision-entry";

// A small registry: a few sections with their subsections, GDPR articles with paragraphs, two decisions.
const registry: Registry = {
  statutes: new Map([
    [
      "pda",
      new Map([
        ["26", { shape: [[], []] }],
        ["29", { shape: [[], []] }],
      ]),
    ],
  ]),
  gdpr: new Map(
    Array.from({ length: 99 }, (_, i) => [i + 1, new Map<number, string[]>()] as [number, Map<number, string[]>]).map(([n, m]) =>
      n === 6
        ? [
            n,
            new Map([
              [1, ["a", "b", "c", "d", "e", "f"]],
              [2, []],
              [3, ["a", "b"]],
              [4, ["a", "b", "c", "d", "e"]],
            ]),
          ]
        : [n, m],
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
  sector: "other-private",
  body: "private",
  decided: "2024-03-18",
  authority: "Datatilsynet",
  gdpr: ["gdpr:6(1)(f)", "gdpr:24"],
  pda: ["pda:26(1)"],
};

const entry = factsOf(
  sourceEntry({
    id: "acme-2024",
    date: "2024-03-18",
    amount: 150000,
    gdpr_articles: ["6(1)(f)"],
    case_number: "23/01234",
    sources: ["https://www.datatilsynet.no/example"],
  }),
  ["kameraovervakingsforskriften:3"],
);

const problems = (input: unknown) => describeIssues(schema, input);
const dataProblems = (input: unknown) => describeIssues(dataEntry, input);

describe("decision page schema", () => {
  test("accepts a well-formed page and fills defaults", () => {
    expect(schema.parse(valid)).toMatchObject({ uncertain: [], conflicts: [], provisions: [] });
  });

  test("a page holds no facts of its own: amounts, outcomes, sources and the like are refused", () => {
    for (const field of ["amount", "penalty", "outcome", "sources", "verified", "stage", "review"])
      expect(problems({ ...valid, [field]: 1 }), field).toMatch(field);
  });

  test("rejects an unknown authority, naming field and value", () => {
    expect(problems({ ...valid, authority: "Forbrukertilsynet" })).toContain(
      'field "authority" = "Forbrukertilsynet": unknown authority "Forbrukertilsynet"; expected one of "Datatilsynet"',
    );
  });

  test("rejects a bad date", () => {
    expect(problems({ ...valid, decided: "2021-02-30" })).toBe('  field "decided" = "2021-02-30": expected a real date written YYYY-MM-DD, got "2021-02-30"');
    expect(problems({ ...valid, decided: "13.12.2021" })).toContain('field "decided" = "13.12.2021"');
  });

  test("rejects an unknown GDPR article, paragraph or point", () => {
    expect(problems({ ...valid, gdpr: ["gdpr:100"] })).toBe(
      '  field "gdpr.0" = "gdpr:100": unknown GDPR article or place: "gdpr:100" is not a citation target: the GDPR has articles 1 to 99',
    );
    expect(problems({ ...valid, gdpr: ["gdpr:6(9)"] })).toBe(
      '  field "gdpr.0" = "gdpr:6(9)": unknown GDPR article or place: gdpr:6(9): Article 6 has no paragraph 9',
    );
    expect(problems({ ...valid, gdpr: ["pda:26"] })).toContain('field "gdpr.0" = "pda:26": unknown GDPR article or place: expected a gdpr: target');
  });

  test("rejects an unknown Act section or subsection, and an unknown provision", () => {
    expect(problems({ ...valid, pda: ["pda:99"] })).toBe('  field "pda.0" = "pda:99": unknown Act section or place: pda:99: no such section');
    expect(problems({ ...valid, pda: ["pda:26(3)"] })).toBe(
      '  field "pda.0" = "pda:26(3)": unknown Act section or place: pda:26(3): section 26 has 2 subsection(s)',
    );
    expect(problems({ ...valid, provisions: ["pda:99"] })).toContain('field "provisions.0" = "pda:99": unknown provision');
  });

  test("rejects unknown sectors and a disagreement with one account", () => {
    expect(problems({ ...valid, sector: "banking" })).toContain('field "sector" = "banking": unknown sector "banking"');
    expect(problems({ ...valid, conflicts: [{ about: "date", accounts: [{ source: "A", says: "x" }], follows: "A" }] })).toContain(
      "a disagreement needs at least two accounts",
    );
  });
});

describe("decision facts schema (data/decision-facts.json)", () => {
  test("accepts an entry as the sync writes it", () => {
    expect(dataProblems(entry)).toBe("");
  });

  test("rejects bad values naming field and value", () => {
    expect(dataProblems({ ...entry, date: "2024-02-30" })).toContain('field "date" = "2024-02-30"');
    expect(dataProblems({ ...entry, amount: -1 })).toContain('field "amount" = -1: an amount cannot be negative');
    expect(dataProblems({ ...entry, currency: "USD" })).toContain('field "currency" = "USD": unknown currency "USD"');
    expect(dataProblems({ ...entry, etid: "950" })).toContain('field "etid" = "950": expected a CMS id like "ETid-950"');
    expect(dataProblems({ ...entry, gdpr: ["Art. 6"] })).toContain('field "gdpr.0" = "Art. 6"');
    expect(dataProblems({ ...entry, appeal_status: "maybe" })).toContain('field "appeal_status" = "maybe"');
    expect(dataProblems({ ...entry, notes: "prose" })).toContain('"notes"');
    expect(dataProblems({ ...entry, provisions_named: ["§ 3"] })).toContain('field "provisions_named.0" = "§ 3"');
    expect(dataProblems({ ...entry, stage: "draft" })).toContain('field "stage" = "draft"');
    expect(dataProblems({ ...entry, sources: [] })).toContain("an entry needs at least one source");
  });
});

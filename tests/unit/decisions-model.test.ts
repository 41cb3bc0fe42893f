// The decisions model: facts derived from dataset entries (facts.ts), what stood of a penalty
// (final-status.ts), the rules that span files (validation.ts), the case timeline and the listing.
import { describe, expect, test } from "vitest";
import { citation, contextLine } from "../../src/lib/decisions/cite";
import {
  amountMeaning,
  type DataEntry,
  factsOf,
  outcomeKinds,
  pdaTarget,
  reviewResultOf,
  type SourceEntry,
  statusFromAppealText,
} from "../../src/lib/decisions/facts";
import { buildDecisions, listing, newest, NEWEST_LISTED, timeline } from "../../src/lib/decisions/model";
import { LIST_ALL } from "../../src/lib/decisions/listing";
import { mirroredFields } from "../../src/lib/decisions/validation";
import type { DecisionData } from "../../src/schemas/decision";
import { datasetEntry } from "./helpers/dataset";

/** The dataset's own appeal text of an entry, read at test time (not pasted here: it is the dataset's prose). */
const appealTextOf = (id: string) => datasetEntry(id).appeal_outcome;

const source = (over: Partial<SourceEntry> & { id: string }): SourceEntry => ({
  date: "2021-01-01",
  entity: "Acme AS",
  authority: "Datatilsynet",
  outcome: "fine",
  amount: 400000,
  currency: "NOK",
  gdpr_articles: ["6(1)"],
  sector: "private company",
  summary: "",
  appeal_outcome: null,
  case_number: "20/00001",
  sources: ["https://www.datatilsynet.no/x"],
  verified: true,
  notes: "",
  gdprhub: null,
  etid: null,
  related: [],
  pda_sections: [],
  stage: "final",
  date_kind: "decided",
  ...over,
});
const entry = (over: Partial<SourceEntry> & { id: string }): DataEntry => factsOf(source(over), []);

const page = (e: DataEntry, over: Partial<DecisionData> = {}) => ({
  id: `${e.date ?? "undated"}-${e.id}`,
  data: {
    id: e.id,
    title: `Page for ${e.id}`,
    sector: "other-private",
    body: "private",
    conflicts: [],
    uncertain: [],
    provisions: [],
    ...mirroredFields(e),
    ...over,
  } as DecisionData,
  body: "A summary.",
  filePath: `content/decisions/${e.date ?? "undated"}-${e.id}.md`,
});

const build = (data: DataEntry[]) =>
  buildDecisions(
    data.map((e) => page(e)),
    data,
  );

describe("facts from a dataset entry", () => {
  test("what kind of decision, from the start of each clause and who decided", () => {
    expect(outcomeKinds(entry({ id: "a", outcome: "fine; order to stop camera surveillance" }))).toEqual(["fine", "order"]);
    expect(
      outcomeKinds(entry({ id: "a", outcome: "reprimand (final decision 28 Oct 2024); the NOK 25 million fine notified in May 2021 was not imposed" })),
    ).toEqual(["reprimand"]);
    expect(outcomeKinds(entry({ id: "a", outcome: "coercive fine (tvangsmulkt)" }))).toEqual(["coercive fine"]);
    expect(outcomeKinds(entry({ id: "a", authority: "Personvernnemnda", outcome: "upheld: no right to rectification" }))).toEqual(["appeal decision"]);
    expect(outcomeKinds(entry({ id: "a", authority: "Høyesterett", outcome: "ruling (kjennelse): appeal dismissed" }))).toEqual(["ruling"]);
    expect(outcomeKinds(entry({ id: "a", authority: "Personvernnemnda", outcome: "legal costs awarded: NOK 10 to each company" }))).toEqual(["costs"]);
    expect(() => outcomeKinds(entry({ id: "odd", outcome: "warning" }))).toThrow(/entry "odd", field "outcome" = "warning"/);
  });

  test("what a review did, from its outcome text", () => {
    const r = (outcome: string) => reviewResultOf(entry({ id: "r", authority: "Personvernnemnda", outcome }));
    expect(r("appeal decision (fine reduced)")).toBe("reduced");
    expect(r("appeal decision (coercive fine revoked)")).toBe("annulled");
    expect(r("partly reversed: the reprimand was set aside")).toBe("partly");
    expect(r("judgment (appeal dismissed; fine upheld)")).toBe("upheld");
    expect(r("appeal dismissed: the parent was not a party")).toBe("dismissed");
    expect(r("appeal decision")).toBe("unknown");
  });

  test("what an amount stands for", () => {
    const m = (over: Partial<SourceEntry>) => {
      const e = source({ id: "m", ...over });
      return amountMeaning(e, outcomeKinds(e));
    };
    expect(m({})).toBe("penalty");
    expect(m({ authority: "Personvernnemnda", outcome: "appeal decision (fine upheld)" })).toBe("reviewed");
    expect(m({ authority: "Personvernnemnda", outcome: "appeal decision (fine reduced)" })).toBe("after-review");
    expect(m({ authority: "Oslo tingrett", outcome: "ruling (interim injunction refused)", notes: "Amount field = legal costs awarded to the State" })).toBe(
      "legal-costs",
    );
    expect(m({ authority: "Romerike og Glåmdal tingrett", outcome: "judgment (municipality ordered to pay NOK 90,000 non-pecuniary damages)" })).toBe(
      "damages",
    );
    expect(m({ amount: null })).toBeUndefined();
  });

  test("Act sections as the dataset writes them become targets; the repealed Act has none", () => {
    expect(pdaTarget("§ 26 første ledd")).toBe("pda:26(1)");
    expect(pdaTarget("§ 2 annet ledd bokstav b")).toBe("pda:2(2)(b)");
    expect(pdaTarget("§ 2 andre ledd bokstav a")).toBe("pda:2(2)(a)");
    expect(pdaTarget("§ 29")).toBe("pda:29");
    expect(pdaTarget("personopplysningsloven 2000 § 11 bokstav c")).toBeUndefined();
  });
});

describe("what stood of a penalty", () => {
  test("read conservatively from the appeal text", () => {
    expect(statusFromAppealText(null).status).toBe("no-appeal-recorded");
    expect(statusFromAppealText("Not appealed (GDPRhub).").status).toBe("not-appealed");
    expect(statusFromAppealText("Unknown (GDPRhub).").status).toBe("status-unknown");
    expect(statusFromAppealText("Telenor publicly disagreed; appeal status unknown.").status).toBe("status-unknown");
    expect(statusFromAppealText("Could be appealed within the deadline (EDPB news); outcome unknown.").status).toBe("status-unknown");
    expect(statusFromAppealText("Fee reduced to NOK 250,000 by Personvernnemnda")).toEqual({ status: "reduced", reduced: 250000 });
    expect(statusFromAppealText("Trumf said it would accept the fee; no appeal seen.").status).toBe("not-appealed");
  });

  test("read from the dataset's own appeal texts", () => {
    expect(statusFromAppealText(appealTextOf("spk-2021")).status).toBe("status-unknown");
    expect(statusFromAppealText(appealTextOf("argon-2023")).status).toBe("appealed-unknown");
    // "would accept the fee" outweighs "could be appealed" in the same text.
    expect(statusFromAppealText(appealTextOf("trumf-2021")).status).toBe("not-appealed");
    expect(statusFromAppealText(appealTextOf("email-sickleave-2020"))).toEqual({ status: "reduced", reduced: 250000 });
  });

  test("the facts file keeps the facts and what the notes say as values, not the notes", () => {
    const facts = factsOf(datasetEntry("email-sickleave-2020"), []);
    expect(facts).toMatchObject({ appeal_status: "reduced", appeal_reduced_to: 250000, amount_meaning: "penalty", gdpr: expect.any(Array) });
    for (const prose of ["summary", "notes", "appeal_outcome", "sector", "gdpr_articles"]) expect(facts).not.toHaveProperty(prose);
  });

  test("reviews with pages decide it: upheld, reduced, annulled, unknown", () => {
    const dpa = entry({ id: "dpa", related: ["pvn"] });
    const pvn = (outcome: string, amount: number) => entry({ id: "pvn", date: "2021-06-01", authority: "Personvernnemnda", outcome, amount, related: ["dpa"] });
    expect(build([dpa, pvn("appeal decision (fine upheld)", 400000)]).byId.get("dpa")!.final).toMatchObject({
      status: "upheld",
      amount: 400000,
      counted: true,
      by: { id: "pvn" },
    });
    expect(build([dpa, pvn("appeal decision (fine reduced)", 250000)]).byId.get("dpa")!.final).toMatchObject({
      status: "reduced",
      amount: 250000,
      counted: true,
    });
    expect(build([dpa, pvn("appeal decision (fine annulled)", 400000)]).byId.get("dpa")!.final).toMatchObject({
      status: "annulled",
      amount: 0,
      counted: false,
    });
    expect(build([dpa, pvn("appeal decision", 400000)]).byId.get("dpa")!.final).toMatchObject({ status: "appealed-unknown", counted: false });
  });

  test("notices and unverified amounts never count", () => {
    expect(build([entry({ id: "n", stage: "notice", date_kind: "notice" })]).byId.get("n")!.final).toMatchObject({ status: "notice", counted: false });
    expect(build([entry({ id: "u", verified: false })]).byId.get("u")!.final).toMatchObject({ status: "unconfirmed", counted: false });
  });
});

describe("rules that span files", () => {
  test("a page whose mirrored facts differ from the dataset fails, naming file, field and value", () => {
    const e = entry({ id: "acme" });
    expect(() => buildDecisions([page(e, { decided: "2021-01-02" })], [e])).toThrow(
      'content/decisions/2021-01-01-acme.md: field "decided" = "2021-01-02": the dataset says "2021-01-01"',
    );
    expect(() => buildDecisions([page(e, { caseNumber: "20/9" })], [e])).toThrow(/field "caseNumber" = "20\/9"/);
  });

  test("every entry has one page and every page an entry", () => {
    const a = entry({ id: "a" });
    expect(() => buildDecisions([], [a])).toThrow(/entry "a".*has no page/);
    expect(() => buildDecisions([page(a)], [])).toThrow(/field "id" = "a": no entry with this id/);
    expect(() => buildDecisions([page(a), { ...page(a), id: "copy" }], [a])).toThrow(/duplicate id/);
  });

  test("related links must be two-way", () => {
    expect(() => build([entry({ id: "a", related: ["b"] }), entry({ id: "b" })])).toThrow(/entry "a", field "related" = "b": the link is one-way/);
  });
});

describe("case timeline and listing", () => {
  const data = [
    entry({ id: "dpa", related: ["pvn", "court"] }),
    entry({ id: "pvn", date: "2022-01-01", authority: "Personvernnemnda", outcome: "appeal decision (fine upheld)", related: ["dpa", "court"] }),
    entry({
      id: "court",
      date: null,
      date_kind: null,
      authority: "Oslo tingrett",
      outcome: "judgment (fine upheld)",
      amount: null,
      currency: null,
      related: ["dpa", "pvn"],
    }),
    entry({ id: "other", date: "2023-05-05" }),
  ];
  const ds = build(data);

  test("every stage shows the whole case, oldest first, the undated judgment after the decision it reviews", () => {
    for (const id of ["dpa", "pvn", "court"]) expect(timeline(ds.byId.get(id)!, ds.byId).map((i) => i.decision.id)).toEqual(["dpa", "pvn", "court"]);
    expect(timeline(ds.byId.get("other")!, ds.byId)).toHaveLength(1);
    expect(ds.byId.get("pvn")!.review).toEqual({ of: "dpa", result: "upheld" });
    expect(ds.byId.get("court")!.review).toEqual({ of: "pvn", result: "upheld" });
  });

  test("lists newest first with undated entries last", () => {
    expect(listing(ds.all).listed.map((d) => d.id)).toEqual(["other", "pvn", "dpa", "court"]);
  });

  test("a list longer than LIST_ALL shows its newest NEWEST_LISTED and says it is cut; a shorter one shows all", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...ds.all[0], id: `d${i}` }));
    expect(newest(many(LIST_ALL))).toEqual({ listed: many(LIST_ALL), truncated: false });
    const cut = newest(many(LIST_ALL + 1));
    expect(cut.truncated).toBe(true);
    expect(cut.listed.map((d) => d.id)).toEqual(many(NEWEST_LISTED).map((d) => d.id));
  });
});

describe("citation", () => {
  test("Norwegian and English forms", () => {
    const e = entry({ id: "grindr-2021", date: "2021-12-13", entity: "Grindr LLC (now Grindr Inc.)", case_number: "Datatilsynet 20/02136-18" });
    const d = build([e]).byId.get("grindr-2021")!;
    expect(citation(d, "nb")).toBe("Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18 (Grindr LLC)");
    expect(citation(d, "en")).toBe("Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18 (Grindr LLC)");
  });

  test("a date as precise as the data's, a case number without its note, no date or number when there is none", () => {
    const month = build([entry({ id: "m", date: "2021-12", entity: "X", case_number: "21/01507-25 (PVN number not captured)" })]).byId.get("m")!;
    expect(citation(month, "nb")).toBe("Datatilsynet, vedtak desember 2021, sak 21/01507-25 (X)");
    expect(citation(month, "en")).toBe("Norwegian Data Protection Authority, decision of December 2021, case 21/01507-25 (X)");
    const year = build([entry({ id: "y", date: "2021", entity: "X", case_number: null })]).byId.get("y")!;
    expect(citation(year, "nb")).toBe("Datatilsynet, vedtak 2021 (X)");
    const none = build([entry({ id: "n", date: null, entity: "X", case_number: null })]).byId.get("n")!;
    expect(citation(none, "nb")).toBe("Datatilsynet, vedtak udatert (X)");
    expect(citation(none, "en")).toBe("Norwegian Data Protection Authority, decision undated (X)");
  });

  test("the context line: authority, date, outcome, amount, what stood, and the other provisions recorded", () => {
    const e = entry({ id: "grindr-2021", date: "2021-12-13", amount: 65000000, gdpr_articles: ["6(1)", "9(1)", "83"], pda_sections: ["§ 12"] });
    const d = build([e]).byId.get("grindr-2021")!;
    const line = contextLine(d, "gdpr:6");
    expect(line).toMatch(/^Datatilsynet, 13 December 2021 · Fine of NOK 65,000,000 · /);
    expect(line).toMatch(/ · Other provisions recorded: GDPR Article 9\(1\), GDPR Article 83, Personal Data Act section 12$/);
    expect(line).not.toMatch(/Article 6/);
    expect(contextLine(d, "pda:12")).toMatch(/recorded: GDPR Article 6\(1\), GDPR Article 9\(1\), GDPR Article 83$/);
    const many = build([entry({ id: "many", gdpr_articles: ["5(1)(a)", "6(1)", "9(1)", "13", "15", "83"] })]).byId.get("many")!;
    expect(contextLine(many, "gdpr:5")).toMatch(/recorded: GDPR Article 6\(1\), GDPR Article 9\(1\), GDPR Article 13, GDPR Article 15 and 1 more$/);
    const none = build([entry({ id: "none", gdpr_articles: ["6(1)"] })]).byId.get("none")!;
    expect(contextLine(none, "gdpr:6")).not.toMatch(/Other provisions/);
    // The amount is the fine's, not the order's listed after it.
    const ordered = build([entry({ id: "ordered", date: "2022-08-25", outcome: "fine; order to correct the records", amount: 200000 })]).byId.get("ordered")!;
    expect(contextLine(ordered)).toMatch(/^Datatilsynet, 25 August 2022 · Fine of NOK 200,000, Order · /);
  });
});

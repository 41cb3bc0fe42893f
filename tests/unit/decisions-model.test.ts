// The decisions model (model.ts): what stood of a penalty as the model reads it from the reviews
// with pages, the case timeline, the listing and the citation. The facts of an entry are tested in
// decisions-facts.test.ts, the rules that span files in decisions-validation.test.ts.
import { describe, expect, test } from "vitest";
import { citation, contextLine } from "../../src/lib/decisions/cite";
import { listing, newest, NEWEST_LISTED, timeline } from "../../src/lib/decisions/model";
import { LIST_ALL } from "../../src/lib/decisions/listing";
import { buildFrom as build, dataEntry as entry } from "./helpers/decision-entry";

describe("what stood of a penalty", () => {
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

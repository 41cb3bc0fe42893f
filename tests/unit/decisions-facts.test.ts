// The facts of a decision derived from its dataset entry (lib/decisions/facts.ts): what kind of
// decision it is, what a review did, what an amount stands for, the targets of its articles and
// sections, what the appeal text says, and the errors that name the entry, the field and the value.
import { describe, expect, test } from "vitest";
import {
  amountMeaning,
  authorityOf,
  currencyOf,
  decidesAppeal,
  factsOf,
  gdprTargets,
  newSlug,
  otherSectionLabel,
  outcomeKinds,
  pdaTarget,
  reviewedId,
  reviewResultOf,
  reviews,
  type SourceEntry,
  statusFromAppealText,
} from "../../src/lib/decisions/facts";
import { datasetEntry } from "./helpers/dataset";
import { dataEntry as entry, sourceEntry as source } from "./helpers/decision-entry";

/** The dataset's own appeal text of an entry, read at test time (not pasted here: it is the dataset's prose). */
const appealTextOf = (id: string) => datasetEntry(id).appeal_outcome;

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
  test("a section of the Act with a subsection word the Act does not use, or another form, has no target", () => {
    expect(pdaTarget("§ 26 sjuende ledd")).toBeUndefined();
    expect(pdaTarget("§ 12 a")).toBeUndefined();
    expect(pdaTarget("  § 12a  ")).toBe("pda:12a");
    // A letter needs a subsection to hang on.
    expect(pdaTarget("§ 2 bokstav b")).toBe("pda:2");
    expect(otherSectionLabel("personopplysningsloven 2000 § 11 bokstav c")).toBe("Personal Data Act 2000 (repealed), § 11 bokstav c");
    expect(otherSectionLabel("§ 26")).toBe("§ 26");
  });

  test("GDPR articles become targets; a malformed one fails naming the entry, the field and the value", () => {
    expect(gdprTargets(source({ id: "g", gdpr_articles: ["6", "6(1)", "6(1)(f)", "83"] }))).toEqual(["gdpr:6", "gdpr:6(1)", "gdpr:6(1)(f)", "gdpr:83"]);
    expect(() => gdprTargets(source({ id: "g", gdpr_articles: ["6(1)", "Art. 9"] }))).toThrow(
      'data/decision-facts.json: entry "g", field "gdpr_articles" = "Art. 9": expected an article like "6", "6(1)" or "6(1)(f)"',
    );
    expect(() => gdprTargets(source({ id: "g", gdpr_articles: ["6(f)(1)"] }))).toThrow(/field "gdpr_articles" = "6\(f\)\(1\)"/);
  });

  test("an unknown authority or currency fails naming the entry, the field and the value", () => {
    expect(authorityOf(entry({ id: "a", authority: "Høyesterett" }))).toBe("Høyesterett");
    expect(() => authorityOf({ ...entry({ id: "odd" }), authority: "Tingretten" })).toThrow(
      /^data\/decision-facts\.json: entry "odd", field "authority" = "Tingretten": unknown authority; expected one of Datatilsynet, /,
    );
    expect(currencyOf(entry({ id: "c", currency: "EUR" }))).toBe("EUR");
    expect(currencyOf(entry({ id: "c", currency: null, amount: null }))).toBeUndefined();
    expect(() => currencyOf({ ...entry({ id: "c" }), currency: "SEK" })).toThrow('entry "c", field "currency" = "SEK": expected "NOK" or "EUR"');
  });

  test("reviews and appeal decisions: a court's ruling reviews but decides no appeal", () => {
    expect(reviews(["ruling"])).toBe(true);
    expect(decidesAppeal(["ruling"])).toBe(false);
    expect(reviews(["fine", "order"])).toBe(false);
    expect(outcomeKinds(entry({ id: "o", authority: "Sivilombudet", outcome: "criticism of the ministry" }))).toEqual(["statement"]);
    expect(outcomeKinds(entry({ id: "e", authority: "EDPB", outcome: "binding decision (Art. 65)" }))).toEqual(["binding decision"]);
    expect(outcomeKinds(entry({ id: "b", outcome: "temporary ban - breach of Article 6" }))).toEqual(["ban", "finding"]);
  });
});

describe("what the appeal text says of a penalty", () => {
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

  test("an appeal that was taken without a known outcome, and texts that settle nothing", () => {
    expect(statusFromAppealText("  ")).toEqual({ status: "no-appeal-recorded" });
    expect(statusFromAppealText("Appealed to Personvernnemnda; outcome not found.")).toEqual({ status: "appealed-unknown" });
    expect(statusFromAppealText("Annulled by Personvernnemnda.")).toEqual({ status: "annulled" });
    expect(statusFromAppealText("Upheld by Personvernnemnda in 2022.")).toEqual({ status: "upheld" });
    expect(statusFromAppealText("Final.")).toEqual({ status: "not-appealed" });
    expect(statusFromAppealText("Something else entirely.")).toEqual({ status: "status-unknown" });
    // "Not appealed" next to an appeal that was decided is not a plain "not appealed".
    expect(statusFromAppealText("Not appealed by the company; appealed to the board by the complainant, outcome pending.").status).toBe("appealed-unknown");
  });
});

describe("ids and the stage a review reviews", () => {
  test("a new slug is the date and the id without its year; court and board ids keep theirs", () => {
    expect(newSlug(entry({ id: "miljo-kvalitetsledelse-2021", date: "2021-05-03" }))).toBe("2021-05-03-miljo-kvalitetsledelse");
    expect(newSlug(entry({ id: "pvn-2022-03", date: "2022-06-01" }))).toBe("2022-06-01-pvn-2022-03");
    expect(newSlug(entry({ id: "hr-2013-234", date: null }))).toBe("undated-hr-2013-234");
  });

  test("a review reviews the latest related stage below it, never the Ombud, a costs award or a later stage", () => {
    const dpa = entry({ id: "dpa", date: "2020-01-01", related: ["pvn", "court", "ombud", "costs", "later"] });
    const pvn = entry({ id: "pvn", date: "2021-01-01", authority: "Personvernnemnda", outcome: "appeal decision (fine upheld)", related: ["dpa", "court"] });
    const ombud = entry({ id: "ombud", date: "2021-06-01", authority: "Sivilombudet", outcome: "criticism", related: ["dpa", "court"] });
    const costs = entry({ id: "costs", date: "2021-07-01", authority: "Personvernnemnda", outcome: "legal costs awarded", related: ["dpa", "court"] });
    const later = entry({ id: "later", date: "2023-01-01", related: ["court"] });
    const court = entry({
      id: "court",
      date: "2022-01-01",
      authority: "Oslo tingrett",
      outcome: "judgment (fine upheld)",
      related: ["dpa", "pvn", "ombud", "costs", "later"],
    });
    const byId = new Map([dpa, pvn, ombud, costs, later, court].map((e) => [e.id, e]));
    expect(reviewedId(court, byId)).toBe("pvn");
    expect(reviewedId(pvn, byId)).toBe("dpa");
    expect(reviewedId(dpa, byId)).toBeUndefined();
    expect(reviewedId({ ...court, related: ["dpa", "later"] }, byId)).toBe("dpa");
  });
});

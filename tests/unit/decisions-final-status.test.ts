// What finally became of a penalty (src/lib/decisions/final-status.ts), from the reviews of it.
import { describe, expect, test } from "vitest";
import { finalOf, finalWords, reviewChain } from "../../src/lib/decisions/final-status";
import type { Decision } from "../../src/lib/decisions/model";
import type { ReviewResult } from "../../src/lib/decisions/vocab";

/** A DPA fine of NOK 400,000 with no appeal recorded, unless told otherwise. */
const fine = (over: Partial<Decision> = {}) =>
  ({
    id: "dpa",
    authority: "Datatilsynet",
    decided: "2020-01-01",
    sortDate: "2020-01-01",
    stage: "final",
    verified: true,
    outcome: ["fine"],
    penalty: { amount: 400_000, currency: "NOK", kind: "fine", confirmed: true },
    appealData: { status: "no-appeal-recorded" },
    reviewedBy: [],
    ...over,
  }) as Decision;

/** A review of `of` with its result; the Board unless told otherwise. */
const review = (id: string, of: string, result: ReviewResult, over: Partial<Decision> = {}) =>
  ({
    id,
    authority: "Personvernnemnda",
    decided: "2021-01-01",
    sortDate: "2021-01-01",
    outcome: ["appeal decision"],
    review: { of, result },
    reviewedBy: [],
    ...over,
  }) as Decision;

const index = (...ds: Decision[]) => new Map(ds.map((d) => [d.id, d]));

describe("the reviews of a decision", () => {
  test("up the appeal ladder, a review before the review of it even when the later one has no date", () => {
    const dpa = fine({ reviewedBy: ["board"] });
    const board = review("board", "dpa", "upheld", { reviewedBy: ["court"] });
    const court = review("court", "board", "annulled", { authority: "Oslo tingrett", outcome: ["judgment"], decided: undefined, sortDate: "0000" });
    expect(reviewChain(dpa, index(dpa, board, court)).map((d) => d.id)).toEqual(["board", "court"]);
  });

  test("two reviews on the same step in date order, undated last", () => {
    const dpa = fine({ reviewedBy: ["late", "undated", "early"] });
    const byId = index(
      dpa,
      review("late", "dpa", "upheld", { decided: "2022-01-01", sortDate: "2022-01-01" }),
      review("undated", "dpa", "upheld", { decided: undefined, sortDate: "0000" }),
      review("early", "dpa", "upheld"),
    );
    expect(reviewChain(dpa, byId).map((d) => d.id)).toEqual(["early", "late", "undated"]);
  });
});

describe("what stood", () => {
  test("the last review decides: a court annulling what the Board upheld leaves nothing, though the judgment is undated", () => {
    const dpa = fine({ reviewedBy: ["board"] });
    const board = review("board", "dpa", "upheld", { reviewedBy: ["court"] });
    const court = review("court", "board", "annulled", { authority: "Oslo tingrett", outcome: ["judgment"], decided: undefined, sortDate: "0000" });
    expect(finalOf(dpa, index(dpa, board, court))).toMatchObject({ status: "annulled", amount: 0, counted: false, by: { id: "court" } });
  });

  test("reduced to the amount the review set; upheld afterwards keeps the reduced amount", () => {
    const dpa = fine({ reviewedBy: ["board"] });
    const board = review("board", "dpa", "reduced", {
      amount: { value: 250_000, currency: "NOK", meaning: "after-review", perDay: false, perCompany: false },
      reviewedBy: ["court"],
    });
    const court = review("court", "board", "upheld", { authority: "Oslo tingrett", outcome: ["judgment"], decided: "2022-01-01", sortDate: "2022-01-01" });
    const final = finalOf(dpa, index(dpa, board, court));
    expect(final).toMatchObject({ status: "reduced", amount: 250_000, counted: true, by: { id: "court" } });
    expect(finalWords({ ...dpa, final })).toBe("Reduced to NOK 250,000 by the Oslo District Court on 1 January 2022.");
  });

  test("a ruling that decides no appeal (an interim injunction) does not change what stood", () => {
    const dpa = fine({ reviewedBy: ["injunction"] });
    const ruling = review("injunction", "dpa", "upheld", { authority: "Oslo tingrett", outcome: ["ruling"] });
    expect(finalOf(dpa, index(dpa, ruling))).toMatchObject({ status: "no-appeal-recorded", amount: 400_000, counted: true });
  });

  test("without a review page, what the dataset says of the appeal", () => {
    const reduced = fine({ appealData: { status: "reduced", reducedTo: 250_000 } });
    expect(finalOf(reduced, index(reduced))).toMatchObject({ status: "reduced", amount: 250_000, counted: true });
    const annulled = fine({ appealData: { status: "annulled" } });
    expect(finalOf(annulled, index(annulled))).toMatchObject({ status: "annulled", amount: 0, counted: false });
  });

  test("an advance notice and an unconfirmed amount never count, whatever the reviews", () => {
    const notice = fine({ stage: "notice", reviewedBy: ["board"] });
    expect(finalOf(notice, index(notice, review("board", "dpa", "upheld")))).toMatchObject({ status: "notice", counted: false });
    const unverified = fine({ verified: false });
    expect(finalOf(unverified, index(unverified))).toMatchObject({ status: "unconfirmed", counted: false });
  });
});

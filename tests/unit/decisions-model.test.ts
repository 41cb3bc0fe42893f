// The rules that span decision files, appeal chains, what finally stood, and timelines:
// first on small made-up entries, then on the real content.
import { describe, expect, test } from "vitest";
import { buildDecisions, finalWords, LIST_ALL, leadText, listing, NEWEST_LISTED, penaltyUnderReview, SCAFFOLD_MARK, slugify, timeline } from "../../src/lib/decisions/model";
import type { DecisionData } from "../../src/schemas/decision";
import { readDecisions } from "./helpers/decision-files";

const base: DecisionData = {
  id: "x",
  title: "A decision for the tests",
  entity: "Acme AS",
  decided: "2021-01-10",
  stage: "final",
  authority: "Datatilsynet",
  sector: "other-private",
  body: "private",
  outcome: ["fine"],
  appealed: [],
  gdpr: [],
  pda: [],
  related: [],
  sources: ["https://example.org/"],
  conflicts: [],
  uncertain: [],
  verified: true,
};
const entry = (slug: string, data: Partial<DecisionData>, body = "A summary.") => ({ id: slug, data: { ...base, ...data }, body });
const fine = (amount: number) => ({ amount, currency: "NOK" as const, kind: "fine" as const, confirmed: true });
const pvn = { authority: "Personvernnemnda" as const, outcome: ["appeal decision" as const] };

describe("checks across files", () => {
  test("the file name must be the date decided and an entity slug", () => {
    expect(() => buildDecisions([entry("2021-01-11-acme", { id: "a" })])).toThrow(
      'content/decisions/2021-01-11-acme.mdx: field "decided" = "2021-01-10": the file name must be "<decided>-<entity-slug>.mdx" (got "2021-01-11-acme"), e.g. "2021-01-10-acme-as.mdx"',
    );
    expect(() => buildDecisions([entry("2022-03-01-acme", { id: "a", decided: "2022" })])).toThrow(/field "decided" = "2022"/);
    expect(() => buildDecisions([entry("2021-01-10-", { id: "a" })])).toThrow(/file name must be/);
    expect(buildDecisions([entry("2022-acme", { id: "a", decided: "2022" })]).all[0].slug).toBe("2022-acme");
  });

  test("ids are unique", () => {
    expect(() => buildDecisions([entry("2021-01-10-acme", { id: "a" }), entry("2021-01-10-other", { id: "a" })])).toThrow(
      'content/decisions/2021-01-10-other.mdx: field "id" = "a": duplicate id: also used by content/decisions/2021-01-10-acme.mdx',
    );
  });

  test("a summary is required, and the scaffold's placeholder is refused", () => {
    expect(() => buildDecisions([entry("2021-01-10-acme", { id: "a" }, "  ")])).toThrow(/field "\(body\)" = "": the decision has no summary/);
    expect(() => buildDecisions([entry("2021-01-10-acme", { id: "a" }, `${SCAFFOLD_MARK}: …`)])).toThrow(/still the scaffold's placeholder/);
  });

  test("an unverified entry must say what is uncertain", () => {
    expect(() => buildDecisions([entry("2021-01-10-acme", { id: "a", verified: false })])).toThrow(/field "uncertain" = \[\]: an entry with verified: false must say what is uncertain/);
  });

  test("reviews point backwards in time, to a decision that exists, and carry an amount only when reducing", () => {
    const first = entry("2021-01-10-acme", { id: "a", penalty: fine(100) });
    expect(() => buildDecisions([first, entry("2020-01-01-acme", { id: "b", ...pvn, decided: "2020-01-01", review: { of: "a", earlier: [], result: "upheld" } })])).toThrow(
      /field "review.of" = "a": the reviewed decision \(2021-01-10\) is later than this one/,
    );
    expect(() => buildDecisions([entry("2022-01-01-acme", { id: "b", ...pvn, decided: "2022-01-01", review: { of: "zzz", earlier: [], result: "upheld" } })])).toThrow(/no decision with this id/);
    expect(() => buildDecisions([first, entry("2022-01-01-acme", { id: "b", ...pvn, decided: "2022-01-01", review: { of: "a", earlier: [], result: "reduced" } })])).toThrow(
      /a "reduced" review needs the amount that stood/,
    );
    expect(() => buildDecisions([first, entry("2022-01-01-acme", { id: "b", ...pvn, decided: "2022-01-01", review: { of: "a", earlier: [], result: "upheld", amount: 5 } })])).toThrow(
      /only a "reduced" review has an amount/,
    );
  });

  test("a coercive fine needs the outcome, and a review cannot carry its own penalty", () => {
    expect(() => buildDecisions([entry("2021-01-10-acme", { id: "a", penalty: { ...fine(1), kind: "coercive fine per day" } })])).toThrow(/needs the outcome "coercive fine"/);
    const first = entry("2021-01-10-acme", { id: "a", penalty: fine(100) });
    expect(() => buildDecisions([first, entry("2022-01-01-acme", { id: "b", ...pvn, decided: "2022-01-01", penalty: fine(1), review: { of: "a", earlier: [], result: "upheld" } })])).toThrow(
      /a penalty belongs to the decision that imposed it/,
    );
  });
});

describe("what finally stood", () => {
  const chain = (...results: ("upheld" | "reduced" | "annulled" | "unknown")[]) =>
    buildDecisions([
      entry("2021-01-10-acme", { id: "a", penalty: fine(400000) }),
      ...results.map((result, i) =>
        entry(`202${2 + i}-01-01-acme`, {
          id: `r${i}`,
          ...pvn,
          decided: `202${2 + i}-01-01`,
          review: { of: i ? `r${i - 1}` : "a", earlier: [], result, ...(result === "reduced" ? { amount: 250000 } : {}) },
        }),
      ),
    ]).byId.get("a")!;

  test("no appeal: it stood as decided", () => {
    expect(chain().final).toEqual({ status: "stood", amount: 400000, by: undefined, counted: true });
    expect(finalWords(chain())).toBe("Not changed on appeal as far as our sources show.");
  });
  test("upheld through a chain: stood, last upheld by the latest", () => {
    const d = chain("upheld", "upheld");
    expect(d.final).toMatchObject({ status: "stood", amount: 400000, counted: true, by: { id: "r1" } });
    expect(finalWords(d)).toBe("Upheld, last by the Privacy Appeals Board on 1 January 2023.");
  });
  test("reduced: counts at the reduced amount, even if later upheld", () => {
    expect(chain("reduced").final).toMatchObject({ status: "reduced", amount: 250000, counted: true });
    expect(chain("reduced", "upheld").final).toMatchObject({ status: "reduced", amount: 250000 });
    expect(finalWords(chain("reduced"))).toBe("Reduced to NOK 250,000 by the Privacy Appeals Board on 1 January 2022.");
  });
  test("annulled: nothing stood and it is not counted", () => {
    expect(chain("annulled").final).toMatchObject({ status: "annulled", amount: 0, counted: false });
  });
  test("appealed with an unknown outcome: pending, not counted", () => {
    expect(chain("unknown").final).toMatchObject({ status: "pending", counted: false });
  });
  test("an appeal step without a page, and an appeal decision that carries the penalty itself", () => {
    const stepped = buildDecisions([
      entry("2020-09-25-acme", { id: "a", decided: "2020-09-25", penalty: fine(150000), appealed: [{ authority: "Personvernnemnda", date: "2021-03-09", caseNumber: "PVN-2020-21", result: "unknown", note: "appeal" }] }),
    ]).byId.get("a")!;
    expect(stepped.final).toMatchObject({ status: "pending", by: { authority: "Personvernnemnda", date: "2021-03-09" } });
    expect(finalWords(stepped)).toBe("Appealed: the Privacy Appeals Board decided the appeal on 9 March 2021 (PVN-2020-21), but its outcome is not in our sources.");
    const own = buildDecisions([entry("2021-08-31-coop", { id: "c", ...pvn, decided: "2021-08-31", penalty: fine(400000), review: { earlier: [], result: "annulled" } })]).byId.get("c")!;
    expect(own.final).toMatchObject({ status: "annulled", amount: 0 });
  });
  test("advance notices and unconfirmed amounts are never counted", () => {
    const all = buildDecisions([
      entry("2021-05-02-disqus", { id: "n", decided: "2021-05-02", stage: "notice", penalty: fine(25000000) }),
      entry("2024-grue", { id: "u", decided: "2024", penalty: { ...fine(20800), currency: "EUR", confirmed: false } }),
    ]);
    expect(all.byId.get("n")!.final).toMatchObject({ status: "notice", counted: false });
    expect(all.byId.get("u")!.final).toMatchObject({ status: "unconfirmed", counted: false });
  });
});

describe("helpers", () => {
  test("slugify folds Norwegian letters", () => {
    expect(slugify("Østre Toten kommune")).toBe("ostre-toten-kommune");
    expect(slugify("Rælingen kommune")).toBe("raelingen-kommune");
    expect(slugify("Elektro & Automasjon Systemer AS")).toBe("elektro-automasjon-systemer-as");
  });
  test("leadText keeps link texts and drops the targets", () => {
    expect(leadText("Upheld by the [Board](decision:grindr-2023-pvn) under [Article 6(1)](gdpr:6(1)).\n\nMore.")).toBe("Upheld by the Board under Article 6(1).");
  });
});

describe("the real content", () => {
  const decisions = readDecisions();
  const get = (id: string) => decisions.byId.get(id)!;

  test("at least 40 decisions and rulings, newest first", () => {
    expect(decisions.all.length).toBeGreaterThanOrEqual(40);
    const dates = decisions.all.map((d) => d.sortDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("the Grindr fine stood through three reviews, and its timeline runs 2021 → 2023 → 2024 → 2025", () => {
    expect(get("grindr-2021").final).toMatchObject({ status: "stood", amount: 65000000, by: { id: "grindr-2025-borgarting" } });
    const steps = timeline(get("grindr-2023-pvn"), decisions.byId).map((i) => (i.kind === "decision" ? `${i.decision.authority} ${i.decision.year}` : "step"));
    expect(steps).toEqual(["Datatilsynet 2021", "Personvernnemnda 2023", "Oslo tingrett 2024", "Borgarting lagmannsrett 2025"]);
    expect(penaltyUnderReview(get("grindr-2025-borgarting"), decisions.byId)?.id).toBe("grindr-2021");
  });

  test("the Meta timeline holds the ban, the coercive fine, the court, the EDPB and both Board decisions", () => {
    const items = timeline(get("meta-2023-ban"), decisions.byId);
    const ids = items.map((i) => (i.kind === "decision" ? i.decision.id : `step:${i.step.authority}`));
    expect(ids).toEqual([
      "meta-2023-ban",
      "step:Datatilsynet",
      "meta-2023-coercive",
      "meta-2023-oslo",
      "meta-2023-edpb",
      "meta-2024-pvn-admissibility",
      "meta-2024-pvn-coercive",
    ]);
    expect(get("meta-2023-coercive").final).toMatchObject({ status: "annulled", counted: false });
  });

  test("Legelisten: the steps without pages sit between the Board (2019) and the Supreme Court (2021)", () => {
    const items = timeline(get("legelisten-hr-2021"), decisions.byId).map((i) => (i.kind === "decision" ? i.decision.id : i.step.authority));
    expect(items).toEqual(["Datatilsynet", "legelisten-pvn-2019", "Oslo tingrett", "Borgarting lagmannsrett", "legelisten-hr-2021"]);
  });

  test("fines later annulled or reduced say so", () => {
    expect(get("nav-2024").final).toMatchObject({ status: "annulled", amount: 0 });
    expect(get("email-sickleave-2020").final).toMatchObject({ status: "reduced", amount: 250000 });
    expect(get("coop-finnmark-2021-pvn").final).toMatchObject({ status: "annulled" });
    expect(get("basaren-2021").final).toMatchObject({ status: "annulled" });
    expect(get("ostre-toten-2021").final).toMatchObject({ status: "stood", by: { id: "ostre-toten-2023-pvn" } });
  });

  test("advance notices are marked and dated only as precisely as the sources allow", () => {
    expect(get("disqus-2021")).toMatchObject({ stage: "notice", final: { status: "notice" } });
    expect(get("trumf-2021")).toMatchObject({ decided: "2022", notice: "2021-12-06", slug: "2022-trumf" });
    expect(get("ostre-toten-2021")).toMatchObject({ decided: "2022", notice: "2021-10-19" });
  });
});

describe("what a list page shows", () => {
  const many = (n: number) =>
    buildDecisions(Array.from({ length: n }, (_, i) => entry(`${2018 + (i % 5)}-01-${String(1 + (i % 28)).padStart(2, "0")}-acme-${i}`, { id: `acme-${i}`, decided: `${2018 + (i % 5)}-01-${String(1 + (i % 28)).padStart(2, "0")}` }))).all;

  test("few decisions: all of them, newest first, no year pages needed", () => {
    const { listed, truncated, years } = listing(many(40));
    expect(truncated).toBe(false);
    expect(listed).toHaveLength(40);
    expect(listed[0].year).toBe(2022);
    expect(years.map((y) => y.year)).toEqual([2022, 2021, 2020, 2019, 2018]);
  });

  test("many decisions: only the newest, and every year on a page of its own", () => {
    const all = many(LIST_ALL + 50);
    const { listed, truncated, years } = listing(all);
    expect(truncated).toBe(true);
    expect(listed).toHaveLength(NEWEST_LISTED);
    expect(listed[0].year).toBe(2022);
    expect(listed.every((d, i) => i === 0 || d.sortDate <= listed[i - 1].sortDate)).toBe(true);
    expect(years.reduce((n, y) => n + y.count, 0)).toBe(all.length);
    const year = listing(all, 2019);
    expect(year.truncated).toBe(false);
    expect(year.listed.every((d) => d.year === 2019)).toBe(true);
    expect(year.listed).toHaveLength(years.find((y) => y.year === 2019)!.count);
  });
});

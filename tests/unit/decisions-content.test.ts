// The decision files against their sources: every entry of ../shared/sources/decisions.json is
// here (except one with no date at all), the facts match it unless the file says why not, the
// GDPR citations exist in the GDPR's text, and the secondary overview's known errors are not repeated.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { penaltyUnderReview } from "../../src/lib/decisions/model";
import { parseTarget } from "../../src/lib/refs/targets";
import { shared } from "./helpers/act-files";
import { readDecisions } from "./helpers/decision-files";

interface SourceEntry {
  id: string;
  date: string | null;
  entity: string;
  authority: string;
  amount: number | null;
  currency: string | null;
  verified: boolean;
}
const source: SourceEntry[] = JSON.parse(readFileSync(join(shared, "sources", "decisions.json"), "utf8"));
const gdpr = JSON.parse(readFileSync(join(shared, "sources", "gdpr-en.json"), "utf8")) as {
  articles: { article: number; paragraphs: { number: string | null; points: { label: string }[] }[] }[];
};
const decisions = readDecisions();

/** Left out on purpose: no source gives even the year (said on /decisions/). */
const LEFT_OUT = ["email-forwarding-20-01916"];

describe("decision content", () => {
  test("every sourced entry has a page, and every page an entry", () => {
    expect(decisions.all.map((d) => d.id).sort()).toEqual(source.map((s) => s.id).filter((id) => !LEFT_OUT.includes(id)).sort());
  });

  test("authority, amount and currency match the source; the date matches or the file explains it", () => {
    for (const s of source.filter((e) => !LEFT_OUT.includes(e.id))) {
      const d = decisions.byId.get(s.id)!;
      expect(d.authority, s.id).toBe(s.authority);
      // An appeal decision's amount in the source is the fine it reviewed (or the reduced amount).
      const reviewed = penaltyUnderReview(d, decisions.byId)?.penalty;
      const amount = d.penalty?.amount ?? d.costs?.amount ?? d.review?.amount ?? reviewed?.amount ?? null;
      if (s.amount === null) expect(d.penalty ?? d.costs, s.id).toBeUndefined();
      else expect(amount, s.id).toBe(s.amount);
      if (s.currency) expect(d.penalty?.currency ?? d.costs?.currency ?? reviewed?.currency, s.id).toBe(s.currency);
      if (s.date === d.decided) continue;
      // A different date must be the notice date (final decision known only to the year) or a
      // partial date for an undated entry, and the page must say what the date rests on.
      expect(d.dateNote, `${s.id}: explain the date`).toBeTruthy();
      if (s.date) expect(d.notice, s.id).toBe(s.date);
      expect(d.decided.length, s.id).toBeLessThan(10);
    }
  });

  test("unverified entries are published with their uncertainty", () => {
    for (const s of source.filter((e) => !e.verified)) {
      const d = decisions.byId.get(s.id)!;
      expect(d.verified, s.id).toBe(false);
      expect(d.uncertain.length, s.id).toBeGreaterThan(0);
    }
  });

  test("every GDPR citation names an article, paragraph and point that exist in the Regulation", () => {
    const articles = new Map(gdpr.articles.map((a) => [a.article, a]));
    for (const d of decisions.all) {
      for (const g of d.gdpr) {
        const t = parseTarget(g) as { article: number; paragraph?: number; point?: string };
        const article = articles.get(t.article);
        expect(article, `${d.id} ${g}`).toBeDefined();
        if (!t.paragraph) continue;
        const paragraph = article!.paragraphs.find((p) => p.number === String(t.paragraph));
        expect(paragraph, `${d.id} ${g}: no paragraph`).toBeDefined();
        if (t.point) expect(paragraph!.points.map((p) => p.label), `${d.id} ${g}`).toContain(`(${t.point})`);
      }
    }
  });

  test("advance notices are never presented as final fines", () => {
    expect(decisions.byId.get("disqus-2021")!.stage).toBe("notice");
    for (const d of decisions.all.filter((x) => x.stage === "notice")) expect(d.final?.counted ?? false, d.id).toBe(false);
  });

  test("court-anonymised people stay anonymous", () => {
    const text = decisions.all.map((d) => `${d.entity} ${d.title} ${d.markdown}`).join(" ");
    expect(text).not.toMatch(/Rollstad|Jørn Roar/);
    expect(decisions.byId.get("avfallsservice-hr-2013")!.entity).toBe("A v. Avfallsservice AS");
  });

  test("the overview's wrong facts are not repeated, and the disagreement is shown", () => {
    const legelisten = decisions.byId.get("legelisten-hr-2021")!;
    expect(legelisten.decided).toBe("2021-12-07");
    expect(legelisten.conflicts[0].accounts.map((a) => a.says).join(" ")).toMatch(/7 April 2021/);
    expect(decisions.byId.get("oslo-sykehjem-2019")!.decided).toBe("2019-12-18");
    expect(decisions.byId.get("oslo-ude-2019")!.decided).toBe("2019-10-11");
    expect(decisions.byId.get("grindr-2021")!.penalty).toMatchObject({ amount: 65_000_000, currency: "NOK" });
    expect(decisions.byId.get("trumf-2021")).toMatchObject({ entity: expect.stringMatching(/^Trumf AS/), penalty: { amount: 5_000_000, currency: "NOK" } });
  });

  test("every conflict names what the page follows, and every partial date is explained", () => {
    for (const d of decisions.all) {
      for (const c of d.conflicts) expect(c.follows.length, d.id).toBeGreaterThan(10);
      if (d.decided.length < 10) expect(d.dateNote, d.id).toBeTruthy();
    }
  });
});

// The decision pages against the dataset: the repository's facts are the second edition's,
// every entry has its page, every fact a page uses is the entry's, the appeal statuses follow
// what the sources say (audit findings D1, D3, D4, F2), and anonymised people stay anonymous.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDataFile } from "../../src/lib/decisions/data-file";
import { factsOf } from "../../src/lib/decisions/facts";
import { fineRows } from "../../src/lib/decisions/fines";
import { namedProvisions } from "../../src/lib/decisions/named";
import { summarise } from "../../src/lib/decisions/stats";
import { leadText } from "../../src/lib/decisions/text";
import { renderDocument } from "../../src/lib/markdown";
import { readRegistry, registry } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { root, shared } from "./helpers/act-files";
import { datasetEntries } from "./helpers/dataset";
import { readDecisions } from "./helpers/decision-files";

const data = readDataFile(root);
const decisions = readDecisions();
const gdpr = JSON.parse(readFileSync(join(shared, "sources", "gdpr-en.json"), "utf8")) as {
  articles: { article: number; paragraphs: { number: string | null; points: { label: string }[] }[] }[];
};

describe("decision content", () => {
  test("the facts in the repository are those of the second edition (run npm run decisions:sync)", () => {
    const reg = readRegistry(root);
    expect(data).toEqual(datasetEntries.map((e) => factsOf(e, namedProvisions(e, reg))));
    expect(data).toHaveLength(155);
  });

  test("every entry has a page, and every page an entry", () => {
    expect(decisions.all.map((d) => d.id).sort()).toEqual(data.map((e) => e.id).sort());
  });

  test("date, authority, amount, currency, case number and verified are the dataset's", () => {
    for (const e of data) {
      const d = decisions.byId.get(e.id)!;
      expect([d.decided ?? null, d.authority, d.amount?.value ?? null, d.amount?.currency ?? null, d.caseNumber ?? null, d.verified, d.stage], e.id).toEqual([
        e.date,
        e.authority,
        e.amount,
        e.currency,
        e.case_number,
        e.verified,
        e.stage,
      ]);
      expect(d.gdpr, e.id).toEqual(e.gdpr);
      expect(d.links.sort(), e.id).toEqual([...e.related].sort());
    }
  });

  test("every related link is two-way", () => {
    for (const d of decisions.all) for (const r of d.links) expect(decisions.byId.get(r)!.links, `${d.id} → ${r}`).toContain(d.id);
  });

  test("every GDPR citation names an article, paragraph and point that exist in the Regulation", () => {
    const articles = new Map(gdpr.articles.map((a) => [a.article, a]));
    for (const d of decisions.all) {
      for (const g of d.gdpr) {
        const t = parseTarget(g) as { article: number; paragraph?: number; point?: string };
        const article = articles.get(t.article);
        expect(article, `${d.id} ${g}`).toBeDefined();
        // Article 4 numbers its definitions, not paragraphs: gdpr:4(11) is definition 11.
        if (!t.paragraph || t.article === 4) continue;
        const paragraph = article!.paragraphs.find((p) => p.number === String(t.paragraph));
        expect(paragraph, `${d.id} ${g}: no paragraph`).toBeDefined();
        if (t.point)
          expect(
            paragraph!.points.map((p) => p.label),
            `${d.id} ${g}`,
          ).toContain(`(${t.point})`);
      }
    }
  });

  test("advance notices are never presented as decisions or counted", () => {
    const notices = decisions.all.filter((d) => d.stage === "notice").map((d) => d.id);
    expect(notices.sort()).toEqual(
      data
        .filter((e) => e.stage === "notice")
        .map((e) => e.id)
        .sort(),
    );
    for (const id of notices) expect(decisions.byId.get(id)!.final?.counted ?? false, id).toBe(false);
    const disqus = decisions.byId.get("disqus-2021")!;
    expect([disqus.decided, disqus.outcome, disqus.penalty]).toEqual(["2024-10-28", ["reprimand"], undefined]);
  });

  test("what stood follows the sources (audit D1, D3, D4)", () => {
    const status = (id: string) => decisions.byId.get(id)!.final!.status;
    expect(status("argon-2023")).toBe("appealed-unknown");
    for (const id of ["spk-2021", "telenor-2025", "sats-2023", "gveik-2020", "dragefossen-2021"]) expect(status(id), id).toBe("status-unknown");
    expect(status("grindr-2021")).toBe("upheld");
    expect(decisions.byId.get("grindr-2021")!.final!.by?.id).toBe("grindr-2025-borgarting");
    expect(status("nav-2024")).toBe("annulled");
    expect(decisions.byId.get("email-sickleave-2020")!.final).toMatchObject({ status: "reduced", amount: 250000 });
    expect(decisions.byId.get("pvn-2021-21")!.review).toEqual({ of: "ous-labs-2021", result: "annulled" });
  });

  test("the fines figures follow the stated rule: nothing whose appeal is open is counted (F2)", () => {
    const rows = fineRows(decisions);
    const summary = summarise(rows);
    const counted = rows.filter((r) => r.kind === "fine" && ["upheld", "not-appealed", "no-appeal-recorded", "reduced"].includes(r.status));
    expect(summary.count).toBe(counted.length);
    expect(summary.total).toBe(counted.reduce((s, r) => s + r.final, 0));
    expect(rows.some((r) => r.id === "email-forwarding-20-01916")).toBe(true);
  });

  test("each summary's lead, taken from the render of its page, is its first paragraph as a parse of its own gives it", () => {
    // The page's render: with the project's registry, as the build and the "Cited by" index render it (one render per body and process).
    for (const d of decisions.all) {
      const rendered = renderDocument(d.markdown, join(root, d.file), {}, registry()).lead;
      expect(rendered, d.id).toBe(leadText(d.markdown));
      expect(rendered.length, d.id).toBeGreaterThan(40);
    }
  });

  test("court-anonymised people stay anonymous", () => {
    const text = decisions.all.map((d) => `${d.entity} ${d.title} ${d.markdown}`).join(" ");
    expect(text).not.toMatch(/Rollstad|Jørn Roar/);
  });

  test("every conflict names what the page follows", () => {
    for (const d of decisions.all) for (const c of d.conflicts) expect(c.follows.length, d.id).toBeGreaterThan(10);
  });
});

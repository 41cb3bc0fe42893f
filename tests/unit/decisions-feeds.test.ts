// Feeds per body and per provision, with each decision once, and real <updated> times from the
// ledger, which must be up to date with the pages and the dataset.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readDataFile, readLedger } from "../../src/lib/decisions/data-file";
import {
  atomFeed,
  decisionsByAuthority,
  decisionsByProvision,
  FEED_ENTRIES,
  feedEntries,
  feedKey,
  provisionFeeds,
  provisionOf,
} from "../../src/lib/decisions/feeds";
import { fingerprint } from "../../src/lib/decisions/ledger";
import type { Decision } from "../../src/lib/decisions/model";
import { registry } from "../../src/lib/refs/registry";
import { root } from "./helpers/act-files";
import { decisionsDir, readDecisions } from "./helpers/decision-files";

const decisions = readDecisions();

describe("feeds", () => {
  test("a citation files under its article or section", () => {
    expect(provisionOf("gdpr:6(1)(f)")).toBe("gdpr:6");
    expect(provisionOf("pda:26(1)")).toBe("pda:26");
    expect(provisionOf("arbeidsmiljoloven:9-1(1)")).toBe("arbeidsmiljoloven:9-1");
    expect(provisionOf("kameraovervakingsforskriften:6")).toBe("kameraovervakingsforskriften:6");
    expect(provisionOf("straffeloven:205(1)")).toBe("penal:205");
    expect(provisionOf("decision:grindr-2021")).toBeUndefined();
    expect(feedKey("arbeidsmiljoloven:9-1")).toBe("arbeidsmiljoloven-9-1");
  });

  test("every GDPR article and every section of each instrument held has a feed, cited or not, and so has every provision cited", () => {
    const byProvision = decisionsByProvision(decisions.all);
    const feeds = provisionFeeds(registry(), byProvision);
    for (const p of [
      "gdpr:6",
      "gdpr:99",
      "pda:26",
      "penal:205",
      "penal:267a",
      "kameraovervakingsforskriften:6",
      "arbeidsmiljoloven:9-1",
      "personopplysningsforskriften:5",
    ])
      expect(feeds, p).toContain(p);
    expect(byProvision.has("arbeidsmiljoloven:9-1")).toBe(false);
    for (const p of byProvision.keys()) expect(feeds, p).toContain(p);
    expect(feeds).not.toContain("gdpr:100");
    expect(feeds).not.toContain("arbeidsmiljoloven:1-1");
  });

  test("each decision is listed once per provision, newest first, and every citing decision is there", () => {
    const byProvision = decisionsByProvision(decisions.all);
    for (const [p, list] of byProvision) {
      expect(new Set(list.map((d) => d.id)).size, p).toBe(list.length);
      expect(
        list.map((d) => d.sortDate),
        p,
      ).toEqual([...list.map((d) => d.sortDate)].sort().reverse());
    }
    const article6 = byProvision.get("gdpr:6")!.map((d) => d.id);
    expect(article6).toEqual(decisions.all.filter((d) => d.gdpr.some((g) => /^gdpr:6(\(|$)/.test(g))).map((d) => d.id));
    expect(byProvision.get("pda:26")!.map((d) => d.id)).toContain("ostre-toten-2021");
    const byAuthority = decisionsByAuthority(decisions.all);
    expect([...byAuthority.values()].reduce((n, l) => n + l.length, 0)).toBe(decisions.all.length);
  });

  test("an entry's <updated> is when the decision last changed, and the feed's is the latest of them", () => {
    const [a, b] = decisions.all;
    const feed = atomFeed(
      [
        { ...a, updated: "2026-01-02T03:04:05Z" },
        { ...b, updated: "2026-05-06T07:08:09Z" },
      ],
      {
        title: "T",
        subtitle: "S",
        self: "/decisions/feeds/x.xml",
        alternate: "/decisions/",
        siteName: "Site",
        abs: (p) => `https://example.org${p}`,
        summary: (d) => d.title,
      },
    );
    expect([...feed.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1])).toEqual([
      "2026-05-06T07:08:09Z",
      "2026-01-02T03:04:05Z",
      "2026-05-06T07:08:09Z",
    ]);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/decisions/feeds/x.xml"/>');
  });

  test("a long feed keeps the entries changed most recently, in the order given, so a correction to an old decision is still in it", () => {
    const base = decisions.all[0];
    const many: Decision[] = Array.from({ length: FEED_ENTRIES + 50 }, (_, i) => ({
      ...base,
      id: `d${i}`,
      sortDate: `2020-01-${String((i % 28) + 1).padStart(2, "0")}`,
      updated: "2026-01-01T00:00:00Z",
    }));
    // The oldest decision of the list, corrected last.
    many[many.length - 1] = { ...many[many.length - 1], id: "corrected", updated: "2026-06-01T00:00:00Z" };
    const kept = feedEntries(many);
    expect(kept).toHaveLength(FEED_ENTRIES);
    expect(kept.map((d) => d.id)).toContain("corrected");
    expect(kept.at(-1)!.id).toBe("corrected");
    expect(kept.map((d) => many.indexOf(d))).toEqual([...kept.map((d) => many.indexOf(d))].sort((x, y) => x - y));
    // A short list is the feed as it is.
    expect(feedEntries(many.slice(0, 10))).toEqual(many.slice(0, 10));
  });

  test("the ledger is up to date with every page and dataset entry (run npm run decisions:sync)", () => {
    const ledger = readLedger(root);
    const data = new Map(readDataFile(root).map((e) => [e.id, e]));
    for (const f of readdirSync(decisionsDir).filter((f) => /\.mdx?$/.test(f))) {
      const text = readFileSync(join(decisionsDir, f), "utf8");
      const id = /^id: (\S+)$/m.exec(text)![1];
      expect(ledger[id]?.hash, `content/decisions/${f}`).toBe(fingerprint(data.get(id), text));
    }
  });
});

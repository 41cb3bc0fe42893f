// How a decision's sources are named and ordered (lib/decisions/sources.ts): the publisher and a hint
// of the page, and the deciding body's own documents first, aggregators last.
import { describe, expect, test } from "vitest";
import { orderedSources, sourceKind, sourceLabel } from "../../src/lib/decisions/sources";

describe("source labels", () => {
  test("name the publisher and hint at the page", () => {
    expect(sourceLabel("https://gdprhub.eu/index.php?title=Datatilsynet_(Norway)_-_20/02376&oldid=16745")).toEqual({
      publisher: "GDPRhub",
      hint: "Datatilsynet (Norway) - 20/02376 (gdprhub.eu)",
    });
    expect(sourceLabel("https://www.datatilsynet.no/aktuelt/aktuelle-nyheter-2022/gebyr-til-trumf/")).toEqual({
      publisher: "Datatilsynet",
      hint: "gebyr til trumf (datatilsynet.no)",
    });
    expect(sourceLabel("https://unknown.example.com/a/b-c.html").publisher).toBe("unknown.example.com");
  });
});

describe("source hints at their edges", () => {
  test("a long title is cut at a word, an undecodable path kept as written, a bare address named by its host", () => {
    const long = sourceLabel(`https://gdprhub.eu/index.php?title=${"Datatilsynet_decision_on_camera_surveillance_".repeat(3)}`).hint;
    expect(long).toBe("Datatilsynet decision on camera surveillance Datatilsynet decision … (gdprhub.eu)");
    // Cut inside a word, the part word goes.
    expect(sourceLabel(`https://gdprhub.eu/index.php?title=${"x".repeat(60)}_surveillance`).hint).toBe(`${"x".repeat(60)} … (gdprhub.eu)`);
    expect(sourceLabel("https://www.nrk.no/norge/bot-%E0%A4-x.html").hint).toBe("bot %E0%A4 x (nrk.no)");
    expect(sourceLabel("https://www.vg.no/")).toEqual({ publisher: "VG", hint: "vg.no (vg.no)" });
  });

  test("a subdomain takes its parent's publisher; list words in a path are skipped for a more telling part", () => {
    expect(sourceLabel("https://ekstra.tv2.no/nyheter/12345").publisher).toBe("TV 2");
    expect(sourceLabel("https://www.nrk.no/norge/kommune-bot-1.1234/news").hint).toBe("kommune bot 1.1234 (nrk.no)");
    expect(sourceLabel("https://www.dn.no/a/123").hint).toBe("123 (dn.no)");
  });
});

describe("what kind of source", () => {
  test("the deciding body's own site, another public body's, aggregators, and the rest", () => {
    expect(sourceKind("https://www.datatilsynet.no/x", "Datatilsynet")).toBe("own");
    expect(sourceKind("https://www.datatilsynet.no/x", "Personvernnemnda")).toBe("official");
    expect(sourceKind("https://www.pvn.no/x", "Personvernnemnda")).toBe("own");
    expect(sourceKind("https://www.domstol.no/x", "Oslo tingrett")).toBe("own");
    expect(sourceKind("https://lovdata.no/x", "Datatilsynet")).toBe("official");
    expect(sourceKind("https://gdprhub.eu/x", "Datatilsynet")).toBe("aggregator");
    expect(sourceKind("https://www.nrk.no/x", "Datatilsynet")).toBe("other");
    // A look-alike host is not the body's site.
    expect(sourceKind("https://notdatatilsynet.no/x", "Datatilsynet")).toBe("other");
  });

  test("ordered as a lawyer reads them, keeping the given order within a kind", () => {
    const ordered = orderedSources(
      ["https://gdprhub.eu/a", "https://www.nrk.no/b", "https://www.datatilsynet.no/c", "https://www.vg.no/d", "https://www.regjeringen.no/e"],
      "Datatilsynet",
    );
    expect(ordered).toEqual([
      { address: "https://www.datatilsynet.no/c", kind: "own" },
      { address: "https://www.regjeringen.no/e", kind: "official" },
      { address: "https://www.nrk.no/b", kind: "other" },
      { address: "https://www.vg.no/d", kind: "other" },
      { address: "https://gdprhub.eu/a", kind: "aggregator" },
    ]);
    expect(() => orderedSources(["not an address"], "Datatilsynet")).toThrow();
  });
});

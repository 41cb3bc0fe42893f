// Runs merged into one ranking with relaxation, then filtered, counted and sorted (src/lib/search/merge.ts).
import { describe, expect, test } from "vitest";
import { applyFilters, filterCounts, mergeRuns, rarity, relaxedMessage, sortResults } from "../../src/lib/search/merge";
import type { PageRow } from "../../src/lib/search/pages";

describe("merging runs", () => {
  const concepts = [
    { label: "opptak", alternatives: ["opptak"] },
    { label: "samtale", alternatives: ["samtale", "samtaler"] },
  ];
  test("pages with every concept first, scored by the best alternative of each", () => {
    const m = mergeRuns(concepts, [
      [
        [
          { id: "a", score: 1 },
          { id: "b", score: 2 },
        ],
      ],
      [
        [{ id: "a", score: 1 }],
        [
          { id: "a", score: 3 },
          { id: "c", score: 9 },
        ],
      ],
    ]);
    expect(m.ranked.map((r) => r.id)).toEqual(["a"]);
    expect(m.ranked[0].matched).toEqual([0, 1]);
    expect(m.relaxed).toBeUndefined();
  });
  test("when no page has them all: the pages with the most, and the message says so", () => {
    const m = mergeRuns(concepts, [[[{ id: "b", score: 2 }]], [[{ id: "c", score: 9 }]]]);
    expect(m.ranked.map((r) => r.id)).toEqual(["c", "b"]);
    expect(relaxedMessage(m.relaxed!)).toBe("No page has all of “opptak” and “samtale”; showing pages with 1 of them.");
    const three = [...concepts, { label: "telefon", alternatives: ["telefon"] }];
    const m3 = mergeRuns(three, [[[{ id: "a", score: 1 }]], [[{ id: "a", score: 1 }]], [[{ id: "b", score: 1 }]]]);
    expect(relaxedMessage(m3.relaxed!)).toBe("No page has all of “opptak”, “samtale” and “telefon”; showing pages with “opptak” and “samtale”.");
  });
  test("each alternative is weighed against its own rarity: a rare translation does not outrank the word typed", () => {
    // "consent" is on 60 of 600 pages, "samtykke" on 10: Pagefind scores the rarer word higher for the same use.
    const pages = 600;
    const consent = { label: "consent", alternatives: ["consent", "samtykke"], own: 2, typed: 1 };
    const filler = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, score: 1 }));
    const runs = [
      [
        [{ id: "en", score: 8 * rarity(60, pages) }, ...filler(59, "e")],
        [{ id: "nb", score: 8 * rarity(10, pages) }, ...filler(9, "n")],
      ],
    ];
    expect(rarity(10, pages)).toBeGreaterThan(rarity(60, pages));
    expect(
      mergeRuns([consent], runs, { pages })
        .ranked.slice(0, 2)
        .map((r) => r.id),
    ).toEqual(["en", "nb"]);
    // The rarity of a name may come from the knowledge file instead of the run's length.
    const known = mergeRuns([consent], runs, { pages, rarityOf: (a) => (a === "samtykke" ? rarity(60, pages) : undefined) });
    expect(known.ranked[0].id).toBe("nb");
  });
  test("the pages the glossary names for a concept come first, the first named most", () => {
    const concept = [{ label: "consent", alternatives: ["consent"] }];
    const runs = [
      [
        [
          { id: "title", score: 10 },
          { id: "article", score: 4 },
          { id: "section", score: 5 },
        ],
      ],
    ];
    expect(mergeRuns(concept, runs).ranked.map((r) => r.id)).toEqual(["title", "section", "article"]);
    const places = [
      [
        { id: "article", weight: 1 },
        { id: "section", weight: 0.8 },
        { id: "nowhere", weight: 0.6 },
      ],
    ];
    expect(mergeRuns(concept, runs, { places }).ranked.map((r) => r.id)).toEqual(["article", "section", "title"]);
  });
  test("a page the glossary names for one concept stays listed without the other words, at its score times the square of the share it has", () => {
    const concepts = [
      { label: "arbeidsgiver", alternatives: ["arbeidsgiver"] },
      { label: "politiattest", alternatives: ["criminal convictions"] },
    ];
    const runs = [
      [
        [
          { id: "guide", score: 1 },
          { id: "employment", score: 9 },
        ],
      ],
      [
        [
          { id: "guide", score: 6 },
          { id: "article-10", score: 24 },
          { id: "unnamed", score: 24 },
        ],
      ],
    ];
    // Without the glossary, only pages with both words.
    expect(mergeRuns(concepts, runs).ranked.map((r) => r.id)).toEqual(["guide"]);
    const places = [[], [{ id: "article-10", weight: 1 }]];
    const merged = mergeRuns(concepts, runs, { places });
    expect(merged.ranked.map((r) => r.id)).toEqual(["article-10", "guide"]);
    expect(merged.ranked[0].matched).toEqual([1]);
    expect(merged.relaxed).toBeUndefined();
    // Weakly about the named concept, it stays below the pages with both.
    const weak = [
      runs[0],
      [
        [
          { id: "guide", score: 6 },
          { id: "article-10", score: 2 },
          { id: "unnamed", score: 24 },
        ],
      ],
    ];
    expect(mergeRuns(concepts, weak, { places }).ranked.map((r) => r.id)).toEqual(["guide", "article-10"]);
  });
});

describe("filters, counts and sorting on merged results", () => {
  const row = (id: string, filters: Record<string, string[]>, sort: Record<string, string> = {}): PageRow => ({ id, url: `/${id}/`, title: id, filters, sort });
  const rows = new Map(
    [
      row("d1", { type: ["Decision"], year: ["2021"] }, { date: "2021-12-13", amount: "65000000" }),
      row("d2", { type: ["Decision"], year: ["2023"] }, { date: "2023-09-27" }),
      row("g", { type: ["Guide"] }),
      row("s", { type: ["Act section"] }),
    ].map((r) => [r.id, r]),
  );
  const results = ["s", "d1", "g", "d2"].map((id) => ({ id }));
  test("several values of one filter mean any of them", () => {
    expect(applyFilters(results, rows, { type: ["Decision", "Guide"] }).map((r) => r.id)).toEqual(["d1", "g", "d2"]);
  });
  test("counts for the merged results, each filter under the other chosen filters", () => {
    const counts = filterCounts(results, rows, { type: ["Decision"], year: ["2023"] }, ["type", "year"]);
    expect(counts.type).toEqual({ Decision: 1 });
    expect(counts.year).toEqual({ "2021": 1, "2023": 1 });
  });
  test("newest or largest first, pages without the key last in their rank order", () => {
    expect(sortResults(results, rows, "date").map((r) => r.id)).toEqual(["d2", "d1", "s", "g"]);
    expect(sortResults(results, rows, "amount").map((r) => r.id)).toEqual(["d1", "s", "g", "d2"]);
    expect(sortResults(results, rows, "relevance")).toBe(results);
  });
});

test("a page's weight scales its score (lists rank below what they list)", () => {
  const concepts = [{ label: "guides", alternatives: ["guides"] }];
  const m = mergeRuns(
    concepts,
    [
      [
        [
          { id: "list", score: 3 },
          { id: "guide", score: 2 },
        ],
      ],
    ],
    { weight: (id) => (id === "list" ? 0.3 : 1) },
  );
  expect(m.ranked.map((r) => r.id)).toEqual(["guide", "list"]);
});

test("a list that a concept names as its place is the answer, not weighed down as a list", () => {
  const concepts = [{ label: "biggest", alternatives: ["largest"] }];
  const runs = [
    [
      [
        { id: "article", score: 3 },
        { id: "fines", score: 2 },
      ],
    ],
  ];
  const weight = (id: string) => (id === "fines" ? 0.3 : 1);
  expect(mergeRuns(concepts, runs, { weight }).ranked.map((r) => r.id)).toEqual(["article", "fines"]);
  expect(mergeRuns(concepts, runs, { weight, places: [[{ id: "fines", weight: 1 }]] }).ranked.map((r) => r.id)).toEqual(["fines", "article"]);
});

test("the reader's own word counts more than a synonym", () => {
  const concepts = [{ label: "film", alternatives: ["film", "camera surveillance"], own: 1 }];
  const m = mergeRuns(concepts, [[[{ id: "own", score: 2 }], [{ id: "synonym", score: 3 }]]]);
  expect(m.ranked.map((r) => r.id)).toEqual(["own", "synonym"]);
});

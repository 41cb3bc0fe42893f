// The pure parts of the search engine: words and stopwords, correction against the site's own
// vocabulary, query analysis into concepts, merging runs with relaxation, filters, counts, sorting,
// excerpts and known items.
import { describe, expect, test } from "vitest";
import { analyseQuery, lookupWords } from "../../src/lib/search/analyse";
import { caseKey, caseKeys } from "../../src/lib/search/citation-index";
import { excerpt, isMatch, markTerms } from "../../src/lib/search/excerpt";
import { knownItems } from "../../src/lib/search/known";
import { applyFilters, filterCounts, mergeRuns, relaxedMessage, sortResults } from "../../src/lib/search/merge";
import { type PageRow, pageRow, parseFragment, sortKeysIn } from "../../src/lib/search/pages";
import { engineQuery, fold, isStopword, words } from "../../src/lib/search/text";
import { correct, editDistance, inflections, shardOf, shardVocabulary, vocabularyOf } from "../../src/lib/search/vocabulary";

const vocabulary = vocabularyOf([
  "Fødselsnummer og andre entydige identifikasjonsmidler. National identity numbers.",
  "Datatilsynet er et uavhengig forvaltningsorgan. The Norwegian Data Protection Authority.",
  "personvernforordningen gjelder. Telefonsamtaler og samtaler, samtalen ble tatt opp. Opptak av samtalen.",
  "Camera surveillance at the workplace. The employer may not monitor employees' electronic equipment.",
  "For fødselsnummer se § 12. Job applicants and the storage limitation principle.",
  "Consent was given; consents are recorded.",
]);
const knowledge = {
  vocabulary,
  synonyms: [
    ["fødselsnummer", "national identity number"],
    ["Datatilsynet", "Norwegian Data Protection Authority"],
  ],
  everyday: [
    { words: ["film", "filme", "cctv"], terms: ["camera surveillance"] },
    { words: ["phone", "work phone"], terms: ["electronic equipment"] },
    { words: ["job applications"], terms: ["job applicants"] },
    { words: ["store", "how long"], terms: ["storage limitation"] },
  ],
};

describe("words", () => {
  test("lower case words and numbers; æøå fold to plain letters", () => {
    expect(words("Can my EMPLOYER check § 12 a?")).toEqual(["can", "my", "employer", "check", "12", "a"]);
    expect(fold("Fødselsnummer på Ærø")).toBe("fodselsnummer pa aero");
  });
  test("stopwords in English, bokmål and nynorsk", () => {
    for (const w of ["can", "my", "is", "it", "hvordan", "kan", "jeg", "korleis", "kva", "ikkje"]) expect(isStopword(w), w).toBe(true);
    for (const w of ["employer", "samtale", "film", "opptak"]) expect(isStopword(w), w).toBe(false);
  });
});

test("what Pagefind is asked: content words only, never a stopword alone", () => {
  expect(engineQuery("the Board")).toBe("board");
  expect(engineQuery("Norwegian personal identification number")).toBe("norwegian personal identification number");
  expect(engineQuery("fnr.")).toBe("fnr");
  expect(engineQuery("breach 72 hours")).toBe("breach 72 hours");
  // A phrase of stopwords only is sent as it is rather than as nothing.
  expect(engineQuery("to be")).toBe("to be");
});

describe("the vocabulary and correction", () => {
  test("page counts, shards by folded first letter", () => {
    expect(vocabulary.get("fødselsnummer")).toBe(2);
    expect(shardOf("ørken")).toBe("o");
    expect(shardOf("12")).toBe("_");
    expect(Object.keys(shardVocabulary(vocabulary))).toContain("f");
  });
  test("edit distance counts a swap of neighbours as one", () => {
    expect(editDistance("samtale", "smatale")).toBe(1);
    expect(editDistance("abc", "abcdef", 2)).toBe(3);
  });
  test.each([
    ["fodselsnummer", "fødselsnummer"],
    ["fodselsnumer", "fødselsnummer"],
    ["Datatilsynnet", "datatilsynet"],
    ["personvernforordingen", "personvernforordningen"],
    ["employr", "employer"],
    ["consent", "consent"],
  ])("%s → %s", (typed, right) => expect(correct(typed, vocabulary)).toBe(right));
  test("nothing close, or a word too short to correct, stays uncorrected (never a prefix)", () => {
    expect(correct("xylofon", vocabulary)).toBeUndefined();
    expect(correct("f", vocabulary)).toBeUndefined();
    expect(correct("ab", vocabulary)).toBeUndefined();
  });
  test("Norwegian inflections that the pages use", () => {
    expect(inflections("samtale", vocabulary)).toEqual(expect.arrayContaining(["samtaler", "samtalen"]));
    expect(inflections("samtalen", vocabulary)[0]).toBe("samtalen");
    expect(inflections("consent", vocabulary)).toEqual(["consent", "consents"]);
  });
});

describe("query analysis", () => {
  test("a question is reduced to its content words", () => {
    const a = analyseQuery("can my employer check my work phone", knowledge);
    expect(a.ignored).toEqual(expect.arrayContaining(["can", "my"]));
    expect(a.concepts.map((c) => c.label)).toContain("employer");
    expect(a.concepts.find((c) => c.label === "work phone")?.alternatives).toContain("electronic equipment");
  });
  test("everyday words bring the law's terms; glossary names bring each other", () => {
    expect(analyseQuery("is it legal to film my employees", knowledge).concepts[0].alternatives).toContain("camera surveillance");
    expect(analyseQuery("national identity number", knowledge).concepts[0].alternatives).toContain("fødselsnummer");
  });
  test("phrases with stopwords ('how long') still count; concepts that mean the same merge", () => {
    const a = analyseQuery("how long may we store job applications", knowledge);
    expect(a.concepts.map((c) => c.label)).toEqual(["how long", "job applications"]);
    expect(a.concepts[0].alternatives).toContain("storage limitation");
  });
  test("a misspelt word is corrected and brings the corrected word's synonyms", () => {
    const a = analyseQuery("Datatilsynnet", knowledge);
    expect(a.concepts[0]).toMatchObject({ label: "datatilsynet", correctedFrom: "datatilsynnet" });
    expect(a.concepts[0].alternatives).toContain("Norwegian Data Protection Authority");
  });
  test("inflections: opptak av samtale finds samtalen and samtaler", () => {
    const a = analyseQuery("opptak av samtale", knowledge);
    expect(a.concepts.map((c) => c.label)).toEqual(["opptak", "samtaler"].slice(0, 1).concat(a.concepts[1].label));
    expect(a.concepts[1].alternatives).toEqual(expect.arrayContaining(["samtaler", "samtalen"]));
  });
  test("a word neither used nor close is set aside; a typed word not used is not searched itself", () => {
    const a = analyseQuery("xylofon consent", knowledge);
    expect(a.unknown).toEqual(["xylofon"]);
    expect(a.concepts.map((c) => c.label)).toEqual(["consent"]);
    expect(analyseQuery("cctv", knowledge).concepts[0].alternatives).toEqual(["camera surveillance"]);
    // "filme" is one typo from "film", but the everyday list knows it: no correction is claimed.
    expect(analyseQuery("filme", knowledge).concepts[0]).toEqual({ label: "filme", alternatives: ["camera surveillance"], own: 0, correctedFrom: undefined });
  });
  test("numbers pass through; the words to load vocabulary for", () => {
    expect(
      analyseQuery("breach 72 hours", {
        ...knowledge,
        vocabulary: new Map([
          ["breach", 1],
          ["hours", 1],
        ]),
      }).concepts.map((c) => c.label),
    ).toEqual(["breach", "72", "hours"]);
    expect(lookupWords("Can my employer check § 12")).toEqual(["employer", "check"]);
  });
});

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
    expect(m.ranked[0].score).toBe(4);
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
  test("the whole query's run adds its score to pages that match", () => {
    const m = mergeRuns(
      concepts,
      [
        [
          [
            { id: "a", score: 1 },
            { id: "b", score: 1 },
          ],
        ],
        [
          [
            { id: "a", score: 1 },
            { id: "b", score: 1 },
          ],
        ],
      ],
      [{ id: "b", score: 5 }],
    );
    expect(m.ranked.map((r) => r.id)).toEqual(["b", "a"]);
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

describe("excerpts and marks", () => {
  test("whole words and inflections are marked, never stopwords or pieces of words", () => {
    const terms = markTerms(["to be", "consent", "samtale"]);
    expect(terms).toEqual(["consent", "samtale"]);
    expect(isMatch("consents", terms)).toBe(true);
    expect(isMatch("samtalen", terms)).toBe(true);
    expect(isMatch("con", terms)).toBe(false);
    const segments = excerpt("It has been said. The data subject gave consent, and consents were recorded.", terms, 8);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["consent", "consents"]);
    expect(segments.map((s) => s.text).join("")).toContain("gave consent, and");
  });
});

describe("known items and the page table", () => {
  const rows: PageRow[] = [
    { id: "1", url: "/decisions/grindr/", title: "Privacy Appeals Board upholds the NOK 65 million Grindr fine", filters: { type: ["Decision"] }, sort: {} },
    { id: "2", url: "/personal-data-act/12/", title: "Section 12. Use of national identity numbers", filters: { type: ["Act section"] }, sort: {} },
  ];
  const terms = [{ slug: "tvangsmulkt", term: "tvangsmulkt", english: ["coercive fine"] }];
  test("titles, entity names and glossary terms, the last word as it is typed", () => {
    expect(knownItems("grindr", rows, terms, "/glossary/")[0].url).toBe("/decisions/grindr/");
    expect(knownItems("national identity num", rows, terms, "/glossary/")[0].url).toBe("/personal-data-act/12/");
    expect(knownItems("tvangsmulkt", rows, terms, "/glossary/")).toEqual([
      { url: "/glossary/#tvangsmulkt", title: "tvangsmulkt: coercive fine", type: "Glossary" },
    ]);
    expect(knownItems("how", rows, terms, "/glossary/")).toEqual([]);
  });
  test("rows from Pagefind fragments and the page's sort keys in either form", () => {
    expect(sortKeysIn('<span data-pagefind-sort="date:2024-07-01"></span><span data-pagefind-sort="amount[data-value]" data-value="65000000"></span>')).toEqual(
      { date: "2024-07-01", amount: "65000000" },
    );
    const f = parseFragment('pagefind_dcd{"url":"/a/","filters":{"type":["Guide"]},"meta":{"title":"A"}}');
    expect(pageRow("en_1", f, {})).toEqual({ id: "en_1", url: "/a/", title: "A", filters: { type: ["Guide"] }, sort: {} });
  });
  test("case numbers with or without leading zeros and suffixes", () => {
    expect(caseKey("PVN-2022-03")).toBe("PVN-2022-3");
    expect(caseKeys("hr-2013-00234-a")).toEqual(["case:HR-2013-234-A", "case:HR-2013-234"]);
    expect(caseKeys("20/02136-18")).toEqual(["case:20/2136-18", "case:20/2136"]);
    expect(caseKeys("23-114365TVI-TOSL/08")).toEqual(["case:23-114365TVI-TOSL/8", "case:23-114365TVI-TOSL"]);
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
    [],
    (id) => (id === "list" ? 0.3 : 1),
  );
  expect(m.ranked.map((r) => r.id)).toEqual(["guide", "list"]);
});

test("the reader's own word counts more than a synonym; another form of a word beats a spelling correction", () => {
  const concepts = [{ label: "film", alternatives: ["film", "camera surveillance"], own: 1 }];
  const m = mergeRuns(concepts, [[[{ id: "own", score: 2 }], [{ id: "synonym", score: 3 }]]]);
  expect(m.ranked.map((r) => r.id)).toEqual(["own", "synonym"]);
  expect(
    correct(
      "researchers",
      new Map([
        ["research", 3],
        ["researches", 1],
      ]),
    ),
  ).toBe("research");
  expect(correct("tatt", new Map([["satt", 3]]))).toBeUndefined();
});

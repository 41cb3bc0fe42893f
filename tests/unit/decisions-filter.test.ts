import { describe, expect, test } from "vitest";
import { DEFAULT_STATE, fold, matches, paginate, parseState, sortRows, stateToParams, view } from "../../src/lib/decisions/filter";
import { FILTER_KEYS, ignoredParams } from "../../src/lib/decisions/filter";
import type { FineRow } from "../../src/lib/decisions/fines";
import { fineRow } from "./helpers/fine-row";

const rows = [
  fineRow({
    id: "grindr",
    entity: "Grindr LLC",
    nok: 65_000_000,
    amount: 65_000_000,
    year: 2021,
    sortDate: "2021-12-13",
    sector: "online-services",
    articles: [6, 9, 83],
  }),
  fineRow({
    id: "nav",
    entity: "NAV",
    nok: 20_000_000,
    year: 2024,
    sortDate: "2024-03-18",
    body: "public",
    sector: "central-government",
    status: "annulled",
    articles: [5, 24, 32],
  }),
  fineRow({
    id: "ostre",
    entity: "Østre Toten kommune",
    nok: 4_000_000,
    year: 2022,
    sortDate: "2022-01-01",
    body: "public",
    sector: "municipality",
    articles: [5, 24, 32],
  }),
  fineRow({
    id: "coop",
    entity: "Coop Finnmark SA",
    nok: 400_000,
    year: 2021,
    sortDate: "2021-08-31",
    authority: "Personvernnemnda",
    authorityKey: "personvernnemnda",
    status: "annulled",
  }),
  fineRow({ id: "gveik", entity: "Gveik AS", nok: 75_000, year: 2020, sortDate: "2020-12-07" }),
];
const q = (s: string) => parseState(new URLSearchParams(s));

describe("reading the query string", () => {
  test("defaults: sorted by amount, largest first, page 1", () => {
    expect(q("")).toEqual(DEFAULT_STATE);
    expect(DEFAULT_STATE).toEqual({ sort: "amount", order: "desc", page: 1 });
  });

  test("reads every filter", () => {
    expect(
      q(
        "from=2020&to=2022&authority=datatilsynet&sector=municipality&outcome=annulled&article=32&body=public&min=1000&max=5000000&q=toten&sort=date&order=asc&page=2",
      ),
    ).toEqual({
      from: 2020,
      to: 2022,
      authority: "datatilsynet",
      sector: "municipality",
      outcome: "annulled",
      article: 32,
      body: "public",
      min: 1000,
      max: 5_000_000,
      q: "toten",
      sort: "date",
      order: "asc",
      page: 2,
    });
  });

  test("unknown parameters are ignored, and garbage resets to the default", () => {
    expect(q("utm_source=wiki&foo=bar")).toEqual(DEFAULT_STATE);
    expect(q("from=abc&to=20x1&authority=nobody&sector=%00&outcome=maybe&article=100&body=both&min=-5&max=1e9&sort=size&order=up&page=0")).toEqual(
      DEFAULT_STATE,
    );
    expect(q("%%%&&==&from")).toEqual(DEFAULT_STATE);
  });

  test("an inverted range is put the right way round; a sort key brings its natural order", () => {
    expect(q("from=2024&to=2020")).toMatchObject({ from: 2020, to: 2024 });
    expect(q("min=500&max=100")).toMatchObject({ min: 100, max: 500 });
    expect(q("sort=entity")).toMatchObject({ sort: "entity", order: "asc" });
    expect(q("sort=date")).toMatchObject({ sort: "date", order: "desc" });
  });

  test("text is trimmed and capped", () => {
    expect(q("q=%20%20grindr%20%20llc%20").q).toBe("grindr llc");
    expect(q(`q=${"a".repeat(300)}`).q).toHaveLength(100);
  });
});

describe("writing the query string", () => {
  test("only what differs from the default, in a fixed order", () => {
    expect(stateToParams(DEFAULT_STATE).toString()).toBe("");
    expect(stateToParams({ ...DEFAULT_STATE, from: 2021, to: 2021, q: "Østre" }).toString()).toBe("from=2021&to=2021&q=%C3%98stre");
    expect(stateToParams({ ...DEFAULT_STATE, sort: "entity", order: "asc" }).toString()).toBe("sort=entity");
    expect(stateToParams({ ...DEFAULT_STATE, order: "asc", page: 3 }).toString()).toBe("order=asc&page=3");
  });

  test("round trip", () => {
    const s = "from=2020&authority=personvernnemnda&outcome=annulled&article=6&min=100&q=coop&sort=date&order=asc&page=2";
    expect(stateToParams(q(s)).toString()).toBe(s);
  });

  test("parameters the page does not own are kept", () => {
    expect(stateToParams({ ...DEFAULT_STATE, from: 2022 }, new URLSearchParams("utm=x&from=1999&sort=bad")).toString()).toBe("utm=x&from=2022");
  });
});

describe("filtering, sorting, paging", () => {
  const ids = (list: FineRow[]) => list.map((r) => r.id);

  test("each filter", () => {
    const only = (s: string) => ids(rows.filter((r) => matches(r, q(s))));
    expect(only("from=2021&to=2021")).toEqual(["grindr", "coop"]);
    expect(only("from=2022")).toEqual(["nav", "ostre"]);
    expect(only("authority=personvernnemnda")).toEqual(["coop"]);
    expect(only("sector=municipality")).toEqual(["ostre"]);
    expect(only("outcome=annulled")).toEqual(["nav", "coop"]);
    expect(only("article=32")).toEqual(["nav", "ostre"]);
    expect(only("body=public")).toEqual(["nav", "ostre"]);
    expect(only("min=400000&max=20000000")).toEqual(["nav", "ostre", "coop"]);
    expect(only("q=ostre")).toEqual(["ostre"]);
    expect(only("q=GRINDR")).toEqual(["grindr"]);
  });

  test("fold makes Norwegian letters searchable in plain ASCII", () => {
    expect(fold("Østre Toten")).toBe("ostre toten");
    expect(fold("Rælingen")).toBe("raelingen");
    expect(fold("Høyesterett")).toBe("hoyesterett");
  });

  test("sorts by amount, date or entity, either way", () => {
    expect(ids(sortRows(rows, "amount", "desc"))).toEqual(["grindr", "nav", "ostre", "coop", "gveik"]);
    expect(ids(sortRows(rows, "amount", "asc"))).toEqual(["gveik", "coop", "ostre", "nav", "grindr"]);
    expect(ids(sortRows(rows, "date", "desc"))).toEqual(["nav", "ostre", "grindr", "coop", "gveik"]);
    expect(ids(sortRows(rows, "entity", "asc"))).toEqual(["coop", "grindr", "gveik", "nav", "ostre"]);
  });

  test("pages are clamped to what exists", () => {
    expect(paginate([1, 2, 3, 4, 5], 2, 2)).toEqual({ rows: [3, 4], page: 2, pages: 3, first: 3, last: 4, total: 5 });
    expect(paginate([1, 2, 3], 9, 2)).toMatchObject({ rows: [3], page: 2 });
    expect(paginate([], 1, 50)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  test("10,000 rows: a filtered, sorted page holds one page of rows, largest first (its speed is the benchmark's to measure)", () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      fineRow({
        id: `r${i}`,
        entity: `Company ${i}`,
        nok: (i * 7919) % 1_000_003,
        year: 2018 + (i % 8),
        sortDate: `${2018 + (i % 8)}-01-01`,
        articles: [(i % 99) + 1],
      }),
    );
    const { filtered, page } = view(many, q("from=2020&to=2023&sort=amount"), 50);
    expect(filtered).toHaveLength(5000);
    expect(page.rows).toHaveLength(50);
    for (let i = 1; i < page.rows.length; i++) expect(page.rows[i - 1].nok).toBeGreaterThanOrEqual(page.rows[i].nok);
    expect(page.rows.every((r) => r.year >= 2020 && r.year <= 2023)).toBe(true);
  });
});

describe("what was breached", () => {
  test("the breach filter keeps rows of that kind and lives in the address", () => {
    const state = parseState(new URLSearchParams("breach=security"));
    expect(state.breach).toBe("security");
    expect(rows.filter((r) => matches(r, state)).map((r) => r.id)).toEqual(rows.filter((r) => r.articles.includes(32)).map((r) => r.id));
    expect(stateToParams(state).toString()).toBe("breach=security");
    expect(parseState(new URLSearchParams("breach=theft")).breach).toBeUndefined();
  });
});

describe("addresses", () => {
  test("the form's fields are the filtering parameters", () => {
    expect(FILTER_KEYS).toEqual(["from", "to", "authority", "sector", "outcome", "article", "breach", "body", "min", "max", "q"]);
  });

  test("unknown or malformed values are named so the page can say what it ignored", () => {
    expect(ignoredParams(new URLSearchParams("min=abc&sort=zzz&article=999&authority=datatilsynet&breach=theft"))).toEqual([
      { key: "article", value: "999" },
      { key: "breach", value: "theft" },
      { key: "min", value: "abc" },
      { key: "sort", value: "zzz" },
    ]);
    expect(ignoredParams(new URLSearchParams("from=2021&to=2022&sort=date&order=asc&page=2&q=kommune&outcome=upheld"))).toEqual([]);
  });
});

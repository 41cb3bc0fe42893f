// The pages the shared routes give the instruments (lib/statute/routes.ts), from the site's own
// instruments as the build reads them: each language an instrument is held in has its slug, every
// section a page in each, one data file each, and /legislation/ lists them in its groups.
import { expect, test } from "vitest";
import { dataRoutes, inLanguages, instrumentRoutes, legislationRows, sectionRoutes } from "../../src/lib/statute/routes";
import { builtStatutes } from "./helpers/built";

const statutes = builtStatutes();

test("an instrument held in two languages has pages under each slug; the others under one", () => {
  const held = inLanguages(statutes);
  expect(held.filter((h) => h.statute.key === "pda").map((h) => [h.lang, h.slug])).toEqual([
    ["nb", "personopplysningsloven"],
    ["en", "personal-data-act"],
  ]);
  expect(held.filter((h) => h.statute.key === "epostforskriften").map((h) => [h.lang, h.slug])).toEqual([["nb", "epostforskriften"]]);
  expect(instrumentRoutes(held).map((r) => r.params.instrument)).toContain("personal-data-act");
});

test("every section has a page in each language its instrument is held in", () => {
  const routes = sectionRoutes(inLanguages(statutes));
  const count = statutes.reduce((n, s) => n + s.sections.length * s.languages.length, 0);
  expect(routes).toHaveLength(count);
  expect(routes.map((r) => `${r.params.instrument}/${r.params.section}`)).toEqual(
    expect.arrayContaining(["personopplysningsloven/12a", "personal-data-act/12a", "arbeidsmiljoloven/9-1"]),
  );
});

test("one data file per instrument, the Act's under its old name", () => {
  const names = dataRoutes(statutes).map((r) => r.params.instrument);
  expect(names).toHaveLength(statutes.length);
  expect(names).toEqual(expect.arrayContaining(["act", "penal-code", "kameraovervakingsforskriften"]));
});

test("/legislation/ lists the Acts held whole, then the regulations, then the extracts, each with its facts", () => {
  const rows = legislationRows(statutes);
  expect(rows.map((r) => r.identifier)).toEqual([
    "LOV-2018-06-15-38",
    "FOR-2018-06-15-876",
    "FOR-2018-07-02-1107",
    "FOR-2018-07-02-1108",
    "FOR-2018-06-15-877",
    "LOV-2005-05-20-28",
    "LOV-2005-06-17-62",
    "LOV-2024-12-13-76",
    "LOV-2018-06-15-40",
    "LOV-1967-02-10",
  ]);
  const penal = rows.find((r) => r.identifier === "LOV-2005-05-20-28")!;
  expect(penal).toMatchObject({ path: "/penal-code/", textAsOf: "2026-04-15" });
  expect(penal.holds).toMatch(/only: an extract$/);
});

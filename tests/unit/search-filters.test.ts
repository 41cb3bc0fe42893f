// The search page's filters (src/scripts/search/filters.ts): built once from every value on the site,
// then updated in place from each search's counts. Node has no DOM: a tiny fake document stands in
// (helpers/fake-dom.ts); the e2e test search.spec.ts checks the real page, the keyboard and the drawer.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import type { Facets } from "../../src/scripts/search/engine";
import { buildFilters, OPTIONS_PER_TASK, renderFilters } from "../../src/scripts/search/filters";
import { type FakeElement, fakeDocument } from "./helpers/fake-dom";

const doc = fakeDocument();
beforeAll(() => vi.stubGlobal("document", doc));
afterAll(() => vi.unstubAllGlobals());

const articles = Array.from({ length: 99 }, (_, i) => `Article ${99 - i}`);
const values: Facets["values"] = { type: ["Guide", "Decision"], year: ["2021", "2024"], article: articles, sector: [] };

async function built() {
  const box = doc.createElement("div");
  await buildFilters(box as unknown as HTMLElement, { type: "Type" }, { counts: {}, values });
  return box;
}

test("a fieldset per filter with values, in the filters' order, each option an unlabelled checkbox", async () => {
  const box = await built();
  const legends = box.querySelectorAll("legend");
  // Filters without a label keep their name; one with no values on the site has no fieldset.
  expect(legends.map((l) => l.textContent)).toEqual(["Type", "year", "article"]);
  expect(legends.map((l) => l.dataset.filter)).toEqual(["type", "year", "article"]);
  const years = box.querySelectorAll("fieldset")[1].querySelectorAll("input");
  expect(years.map((i) => [i.name, i.value, i.type])).toEqual([
    ["year", "2024", "checkbox"],
    ["year", "2021", "checkbox"],
  ]);
  const fieldsets = box.querySelectorAll("fieldset");
  expect(fieldsets[2].className).toBe("compact");
  expect(fieldsets[2].querySelectorAll("input")[0].value).toBe("Article 1");
  // Hidden until renderFilters has counts for them.
  expect(fieldsets.every((f) => f.hidden)).toBe(true);
});

test("the options are made in several tasks, not in one", async () => {
  const timer = vi.spyOn(globalThis, "setTimeout");
  await built();
  expect(timer.mock.calls.length).toBe(Math.floor((2 + 2 + 99) / OPTIONS_PER_TASK));
  timer.mockRestore();
});

test("counts, checked boxes and hidden options follow the search; the summary counts the chosen values", async () => {
  const box = await built();
  const summary = doc.createElement("summary");
  const state = { q: "x", sort: "relevance" as const, filters: { year: ["2021"] } };
  const counts = { type: { Guide: 3 }, year: { 2024: 2 }, article: {} };
  renderFilters(box as unknown as HTMLElement, summary as unknown as HTMLElement, state, { counts, values }, (n) => `Filters (${n})`);
  const labels = (i: number) => box.querySelectorAll("fieldset")[i].querySelectorAll("label");
  expect(labels(0).map((l) => [l.textContent, l.hidden])).toEqual([
    [" Decision (0)", true],
    [" Guide (3)", false],
  ]);
  // A chosen value stays shown at zero, and checked.
  expect(labels(1).map((l) => [l.textContent, l.hidden, (l.querySelector("input") as FakeElement).checked])).toEqual([
    [" 2024 (2)", false, false],
    [" 2021 (0)", false, true],
  ]);
  // A filter with no option shown is hidden whole.
  expect(box.querySelectorAll("fieldset").map((f) => f.hidden)).toEqual([false, false, true]);
  expect(summary.textContent).toBe("Filters (1)");
});

test("the focused option stays shown at zero, so the box the reader toggled keeps its place", async () => {
  const box = await built();
  const guide = box.querySelectorAll("input").find((i) => i.value === "Guide")!;
  doc.activeElement = guide;
  renderFilters(
    box as unknown as HTMLElement,
    doc.createElement("summary") as unknown as HTMLElement,
    { q: "", sort: "relevance", filters: {} },
    { counts: {}, values },
    String,
  );
  doc.activeElement = null;
  expect(
    box
      .querySelectorAll("label")
      .filter((l) => !l.hidden)
      .map((l) => l.dataset.value),
  ).toEqual(["Guide"]);
});

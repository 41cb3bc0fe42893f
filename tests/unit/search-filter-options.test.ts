// The filter options' order, words and visibility, and the number chosen (src/lib/search/filter-options.ts).
import { expect, test } from "vitest";
import { chosenCount, optionOrder, optionShown, optionText } from "../../src/lib/search/filter-options";

test("years newest first, GDPR articles by number (not as text), other values in Norwegian alphabetical order", () => {
  expect(optionOrder("year", ["2019", "2024", "2021"])).toEqual(["2024", "2021", "2019"]);
  expect(optionOrder("article", ["Article 10", "Article 9", "Article 83", "Article 5"])).toEqual(["Article 5", "Article 9", "Article 10", "Article 83"]);
  expect(optionOrder("authority", ["Øvre", "Datatilsynet", "Ås", "Personvernnemnda"])).toEqual(["Datatilsynet", "Personvernnemnda", "Øvre", "Ås"]);
});

test("the order leaves the site's list as it was", () => {
  const values = ["2019", "2024"];
  optionOrder("year", values);
  expect(values).toEqual(["2019", "2024"]);
});

test("an option's words carry its count; an article is shortened for the compact grid", () => {
  expect(optionText("article", "Article 6", 12)).toBe("Art. 6 (12)");
  expect(optionText("type", "Guide", 3)).toBe(" Guide (3)");
  expect(optionText("year", "2024", 0)).toBe(" 2024 (0)");
});

test("an option without results is hidden unless chosen or focused", () => {
  expect(optionShown(2, false, false)).toBe(true);
  expect(optionShown(0, false, false)).toBe(false);
  expect(optionShown(0, true, false)).toBe(true);
  expect(optionShown(0, false, true)).toBe(true);
});

test("the values chosen are counted across filters", () => {
  expect(chosenCount({})).toBe(0);
  expect(chosenCount({ type: ["Guide", "Decision"], year: ["2024"], article: [] })).toBe(3);
});

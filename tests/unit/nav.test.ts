import { expect, test } from "vitest";
import type { Lang } from "../../src/lib/citation";
import { nav } from "../../src/lib/nav";

const shownIn = (lang: Lang) => nav.filter((item) => !item.only || item.only === lang);

test("every item leads into the part of the site it marks as current", () => {
  for (const item of nav)
    expect(
      item.prefixes.some((p) => item.path.startsWith(p)),
      item.path,
    ).toBe(true);
});

test.each(["en", "nb"] as const)("in the %s interface no two items claim the same part of the site", (lang) => {
  const prefixes = shownIn(lang).flatMap((item) => item.prefixes);
  expect(new Set(prefixes).size).toBe(prefixes.length);
  for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(a.startsWith(b), `${a} inside ${b}`).toBe(false);
});

test("the Act comes first in the interface's own language, the other text second, each named for where it leads", () => {
  const [first, second] = [shownIn("en"), shownIn("nb")];
  expect(first.slice(0, 2).map((item) => item.path)).toEqual(["/personal-data-act/", "/personopplysningsloven/"]);
  expect(second.slice(0, 2).map((item) => item.path)).toEqual(["/personopplysningsloven/", "/personal-data-act/"]);
  expect(second[1].wordsLang).toBe("en");
  expect(first[1].wordsLang).toBe("nb");
});

import { expect, test } from "vitest";
import { recitalCite } from "../../src/lib/cite-places";
import { parseTarget, targetPath } from "../../src/lib/refs/targets";

test("a recital of one paragraph is cited whole, with no places of its own", () => {
  expect(recitalCite(26, 1)).toEqual({
    whole: { en: "GDPR recital 26", nb: "personvernforordningen fortalepunkt 26", href: "/gdpr/recital-26/" },
    places: {},
  });
});

test("a recital of several paragraphs: each paragraph's anchor cites 'recital 71(2)' in both languages", () => {
  const { whole, places } = recitalCite(71, 2);
  expect(whole.en).toBe("GDPR recital 71");
  expect(Object.keys(places)).toEqual(["paragraph-1", "paragraph-2"]);
  expect(places["paragraph-2"]).toEqual({
    en: "GDPR recital 71(2)",
    nb: "personvernforordningen fortalepunkt 71 avsnitt 2",
    href: "/gdpr/recital-71/#paragraph-2",
  });
});

test("the places are where the citation target gdpr-recital:N(p) leads", () => {
  const { places } = recitalCite(47, 3);
  for (const [id, place] of Object.entries(places)) {
    const p = id.replace("paragraph-", "");
    expect(place.href).toBe(targetPath(parseTarget(`gdpr-recital:47(${p})`)));
    expect(place.href.endsWith(`#${id}`)).toBe(true);
  }
});

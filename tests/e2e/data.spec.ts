import { expect, test } from "./fixtures";

test("act.json holds chapters, sections, subsections and letters in both languages with anchors and URLs", async ({ request }) => {
  const response = await request.get("/data/act.json");
  expect(response.headers()["content-type"]).toContain("application/json");
  const data = await response.json();
  expect(data.act.identifier).toBe("LOV-2018-06-15-38");
  expect(data.chapters).toHaveLength(9);
  expect(data.sections).toHaveLength(35);
  const s16 = data.sections.find((s: { id: string }) => s.id === "16");
  expect(s16.title.nb).toMatch(/^Unntak fra retten/);
  expect(s16.subsections).toHaveLength(5);
  const c = s16.subsections[0].items[2];
  expect(c).toMatchObject({ letter: "c", anchor: "subsection-1-c" });
  expect(c.url.en).toBe(`${process.env.SITE_URL ?? "http://127.0.0.1:4321"}/personal-data-act/16/#subsection-1-c`);
  expect(c.text.en).toMatch(/^it must be considered inadvisable/);
  expect(c.text.nb).toMatch(/^det må anses utrådelig|^det må anses utilrådelig/);
  const s12a = data.sections.find((s: { id: string }) => s.id === "12a");
  expect(s12a.amendments[0].by).toBe("LOV-2018-12-20-116");
});

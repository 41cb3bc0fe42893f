// The GDPR as data (src/lib/gdpr/model.ts): the copies in content/gdpr/ are verbatim, every article
// is there in its chapter and section, and bad data fails naming the file, the field and the value.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildGdpr, getGdpr } from "../../src/lib/gdpr/model";
import { gdprArticles, gdprStructure } from "../../src/schemas/gdpr";
import { root, shared } from "./helpers/act-files";

const gdpr = getGdpr(root);

describe("content/gdpr/", () => {
  test.skipIf(!existsSync(join(shared, "sources")))("holds verbatim copies of the shared sources", () => {
    expect(readFileSync(join(root, "content/gdpr/articles.json"), "utf8")).toBe(readFileSync(join(shared, "sources/gdpr-en.json"), "utf8"));
    expect(readFileSync(join(root, "content/gdpr/structure.json"), "utf8")).toBe(readFileSync(join(shared, "sources/gdpr-articles.json"), "utf8"));
    expect(readFileSync(join(root, "content/gdpr/recitals.json"), "utf8")).toBe(readFileSync(join(shared, "sources/gdpr-recitals.json"), "utf8"));
    expect(readFileSync(join(root, "content/gdpr/corrigendum-2018.json"), "utf8")).toBe(
      readFileSync(join(shared, "sources/gdpr-corrigendum-2018.json"), "utf8"),
    );
  });

  test("99 articles in 11 chapters, sections where the Regulation has them", () => {
    expect(gdpr.articles).toHaveLength(99);
    expect(gdpr.chapters.map((c) => c.roman)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"]);
    expect(gdpr.chapters[3].sections.map((s) => [s.number, s.title, s.articles.map((a) => a.number)])[3]).toEqual([4, "Data protection officer", [37, 38, 39]]);
    expect(gdpr.articles[32]).toMatchObject({
      number: 33,
      title: "Notification of a personal data breach to the supervisory authority",
      chapterRoman: "IV",
      section: 2,
    });
  });

  test("bad data fails naming the file, the field and the value", () => {
    const data = JSON.parse(readFileSync(join(root, "content/gdpr/articles.json"), "utf8"));
    const structure = gdprStructure.parse(JSON.parse(readFileSync(join(root, "content/gdpr/structure.json"), "utf8")));
    data.articles[4].paragraphs[1].number = "3";
    expect(() => buildGdpr({ articles: gdprArticles.parse(data), structure })).toThrow(
      'content/gdpr/articles.json: field "articles.4.paragraphs.1.number" = "3": expected "2"',
    );
    const result = gdprArticles.safeParse({ ...data, articles: [{ ...data.articles[0], chapter: "XII" }] });
    expect(result.success).toBe(false);
  });
});

// The GDPR as in force: the articles and recital 71 as the 2018 corrigendum corrected them. The
// test applies the corrigendum's replacements to the printed text itself (wherever the printed
// passage occurs, which must be exactly once in the whole text) and compares the result with the
// site's model: exactly the corrected passages change, nothing else.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parsePlace } from "../../src/lib/gdpr/corrigendum";
import { buildGdpr, correctionsIn, getGdpr } from "../../src/lib/gdpr/model";
import { renderArticle } from "../../src/lib/gdpr/render";
import { readRegistry } from "../../src/lib/refs/registry";
import { gdprArticles, gdprCorrigendum, gdprRecitals, gdprStructure } from "../../src/schemas/gdpr";
import { root } from "./helpers/act-files";

const json = (name: string) => JSON.parse(readFileSync(join(root, "content/gdpr", name), "utf8"));
const printedArticles = json("articles.json");
const printedRecitals = json("recitals.json");
const corrigendum = json("corrigendum-2018.json");
const gdpr = getGdpr(root);
const reg = readRegistry(root);

interface Point {
  label: string;
  text: string;
  points?: Point[];
}
const points = (list: Point[] = []): unknown[] => list.map((p) => ({ label: p.label, text: p.text, points: points(p.points) }));
/** The wording of the articles, in one shape for the printed JSON and the site's model alike. */
const wording = (
  articles: { title: string; paragraphs: { number: unknown; text: string; points: Point[]; subparagraphs: { text: string; points: Point[] }[] }[] }[],
) =>
  articles.map((a) => ({
    title: a.title,
    paragraphs: a.paragraphs.map((p) => ({
      number: p.number === null ? null : Number(p.number),
      text: p.text,
      points: points(p.points),
      subparagraphs: (p.subparagraphs ?? []).map((s) => ({ text: s.text, points: points(s.points) })),
    })),
  }));

/** Every text of the printed JSON, with a setter, for the test's own replacement. */
function texts(node: unknown, out: { get: () => string; set: (v: string) => void }[] = []) {
  if (Array.isArray(node))
    node.forEach((child, i) => (typeof child === "string" ? out.push({ get: () => node[i], set: (v) => (node[i] = v) }) : texts(child, out)));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "_meta" || key === "footnotes") continue;
      if (key === "text" && typeof value === "string")
        out.push({ get: () => (node as Record<string, string>).text, set: (v) => ((node as Record<string, string>).text = v) });
      else if (key === "paragraphs" && Array.isArray(value) && value.every((v) => typeof v === "string")) texts(value, out);
      else texts(value, out);
    }
  }
  return out;
}

describe("the corrigendum of 23 May 2018", () => {
  test("makes 15 corrections (17 replaced passages: Article 64(6), (7) and (8) are one)", () => {
    expect(corrigendum.corrections).toHaveLength(15);
    expect(corrigendum.corrections.flatMap((c: { site_replacements: unknown[] }) => c.site_replacements)).toHaveLength(17);
    expect(gdpr.corrigendum).toMatchObject({ celex: "32016R0679R(02)", officialJournal: "OJ L 127, 23.5.2018, p. 2-5", count: 15 });
  });

  test("every article is the printed text with exactly the corrigendum's replacements, nothing else changed", () => {
    const expected = structuredClone(printedArticles);
    const all = texts(expected.articles);
    for (const c of corrigendum.corrections.filter((x: { where: string }) => x.where.startsWith("article"))) {
      for (const r of c.site_replacements) {
        const holders = all.filter((t) => t.get().includes(r.site_for));
        expect(holders, r.location).toHaveLength(1);
        holders[0].set(holders[0].get().replace(r.site_for, r.site_read));
      }
    }
    expect(wording(gdpr.articles)).toEqual(wording(expected.articles));
    // and the corrections are really there: the printed text differs in exactly 16 places
    const before = texts(structuredClone(printedArticles).articles).map((t) => t.get());
    const after = texts(expected.articles).map((t) => t.get());
    expect(after.filter((t, i) => t !== before[i])).toHaveLength(16);
  });

  test("recital 71 likewise, and no other recital changes", () => {
    const expected = structuredClone(printedRecitals);
    const all = texts(expected.recitals);
    const c = corrigendum.corrections.find((x: { where: string }) => x.where === "recital 71");
    for (const r of c.site_replacements) {
      const holders = all.filter((t) => t.get().includes(r.site_for));
      expect(holders).toHaveLength(1);
      holders[0].set(holders[0].get().replace(r.site_for, r.site_read));
    }
    expect(gdpr.recitals.map((r) => r.paragraphs.map((p) => p.text))).toEqual(expected.recitals.map((r: { paragraphs: string[] }) => r.paragraphs));
    expect(gdpr.recitals.filter((r) => r.paragraphs.some((p) => p.corrected)).map((r) => r.number)).toEqual([71]);
    expect(gdpr.recitals[70].paragraphs[1].text).toContain("for the interests and rights of the data subject, and prevent, inter alia, discriminatory effects");
  });

  test("Article 37(1)(c): special categories OR criminal-offence data", () => {
    const c = gdpr.articles[36].paragraphs[0].points[2];
    expect(c.text).toBe(
      "the core activities of the controller or the processor consist of processing on a large scale of special categories of data pursuant to Article 9 or personal data relating to criminal convictions and offences referred to in Article 10.",
    );
    expect(c.corrected?.printed).toContain("pursuant to Article 9 and personal data relating to criminal convictions");
    expect(c.corrected?.heading).toBe("On page 55, point (c) of Article 37(1)");
  });

  test("printing slips the corrigendum leaves stay as printed", () => {
    expect(gdpr.articles[22].paragraphs[0].points[4].text).toContain("taxation a matters");
    expect(gdpr.articles[63].paragraphs[4].text).toContain("without undue, delay");
    expect(gdpr.articles[64].paragraphs[2].text).toContain("shall by adopted");
  });

  test("the corrected articles are 37, 41, 42, 43, 57, 64, 65, 69 and 70", () => {
    expect(gdpr.articles.filter((a) => correctionsIn(a).length).map((a) => [a.number, correctionsIn(a).length])).toEqual([
      [37, 1],
      [41, 2],
      [42, 1],
      [43, 2],
      [57, 1],
      [64, 4],
      [65, 1],
      [69, 1],
      [70, 3],
    ]);
  });

  test("a corrected point says so, citing the corrigendum, with the printed wording beside it", () => {
    const { html } = renderArticle(gdpr.articles[36], reg);
    const point = /<li id="paragraph-1-c">.*?<\/li>/.exec(html)![0];
    expect(point).toContain('pursuant to <a href="/gdpr/article-9/" data-ref="gdpr:9">Article 9</a> or personal data');
    expect(point).toContain(
      '<details class="correction"><summary><span class="correction__label">Shown as corrected</span> by the corrigendum, OJ L 127, 23.5.2018, p. 2-5 (CELEX 32016R0679R(02)).',
    );
    expect(point).toContain("Wording as first printed</summary>");
    expect(point).toMatch(/<p class="correction__printed" data-no-refs="" data-pagefind-ignore="all">.*pursuant to Article 9 and personal data/);
    expect(renderArticle(gdpr.articles[8], reg).html).not.toContain("correction");
  });

  test("places are read from the corrigendum's locations", () => {
    expect(parsePlace("article 37(1)(c)")).toEqual({ kind: "article", article: 37, paragraph: 1, point: "c" });
    expect(parsePlace("article 64(6)")).toEqual({ kind: "article", article: 64, paragraph: 6, point: undefined });
    expect(parsePlace("recital 71, second paragraph (sixth sentence)")).toEqual({ kind: "recital", recital: 71, paragraph: 2 });
    expect(parsePlace("annex 2")).toBeUndefined();
  });

  test("a correction that does not match the text fails the build naming file, field and value", () => {
    const data = {
      articles: gdprArticles.parse(printedArticles),
      structure: gdprStructure.parse(json("structure.json")),
      recitals: gdprRecitals.parse(printedRecitals),
    };
    const bad = structuredClone(corrigendum);
    bad.corrections[1].site_replacements[0].site_for = "pursuant to Article 9 und personal data";
    expect(() => buildGdpr({ ...data, corrigendum: gdprCorrigendum.parse(bad) })).toThrow(
      'content/gdpr/corrigendum-2018.json: field "corrections.1.site_replacements.0.site_for" = "pursuant to Article 9 und personal data": the printed passage is not in the text at this place',
    );
    const elsewhere = structuredClone(corrigendum);
    elsewhere.corrections[1].site_replacements[0].location = "article 37(1)(d)";
    expect(() => buildGdpr({ ...data, corrigendum: gdprCorrigendum.parse(elsewhere) })).toThrow(
      'field "corrections.1.site_replacements.0.location" = "article 37(1)(d)": no such place in the text',
    );
  });
});

// The GDPR's recitals and the site's pairing of recitals with articles: every recital word for
// word as in content/gdpr/recitals.json (itself a verbatim copy of the shared source), recital 71
// as corrected, footnotes as footnotes, and a pairing that covers every recital and names only
// recitals and articles that exist.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { gdprData } from "../../src/lib/gdpr/data";
import { buildGdpr, getGdpr } from "../../src/lib/gdpr/model";
import { recitalOpening, renderRecital } from "../../src/lib/gdpr/recitals";
import { gdprArticles, gdprPairing, gdprRecitals, gdprStructure } from "../../src/schemas/gdpr";
import { root } from "./helpers/act-files";

const json = (name: string) => JSON.parse(readFileSync(join(root, "content/gdpr", name), "utf8"));
const source = json("recitals.json");
const pairingFile = load(readFileSync(join(root, "content/gdpr/recital-pairing.yaml"), "utf8"));
const gdpr = getGdpr(root);
const base = () => ({ articles: gdprArticles.parse(json("articles.json")), structure: gdprStructure.parse(json("structure.json")) });

describe("the recitals", () => {
  test("all 173, in order, word for word as in the source (recital 71 as corrected, see gdpr-corrigendum.test.ts)", () => {
    expect(gdpr.recitals).toHaveLength(173);
    gdpr.recitals.forEach((r, i) => {
      expect(r.number).toBe(i + 1);
      expect(r.footnotes).toEqual(source.recitals[i].footnotes.map((f: { marker: string; text: string }) => ({ marker: f.marker, text: f.text })));
      if (r.number !== 71) expect(r.paragraphs.map((p) => p.text)).toEqual(source.recitals[i].paragraphs);
    });
    expect(gdpr.recitals.filter((r) => r.paragraphs.length > 1).map((r) => r.number)).toEqual([19, 50, 71, 143]);
    expect(gdpr.recitals[113].paragraphs[0].text).toContain("so that that they"); // a printing slip, kept
  });

  test("a missing or duplicated recital fails the build naming file, field and value", () => {
    const dropped = structuredClone(source);
    dropped.recitals.splice(40, 1);
    expect(() => buildGdpr({ ...base(), recitals: gdprRecitals.parse(dropped) })).toThrow(
      'content/gdpr/recitals.json: field "recitals.40.number" = 42: expected recital 41',
    );
    const doubled = structuredClone(source);
    doubled.recitals.splice(40, 0, doubled.recitals[39]);
    expect(() => buildGdpr({ ...base(), recitals: gdprRecitals.parse(doubled) })).toThrow('field "recitals.40.number" = 40: expected recital 41');
  });

  test("a footnote the text does not call fails the build", () => {
    const bad = structuredClone(source);
    bad.recitals[2].paragraphs[0] = bad.recitals[2].paragraphs[0].replace(" (4)", "");
    expect(() => buildGdpr({ ...base(), recitals: gdprRecitals.parse(bad) })).toThrow(
      'content/gdpr/recitals.json: field "recitals.2.footnotes.0.marker" = "(4)": the recital\'s text calls it 0 times, expected once',
    );
  });

  test("footnote calls link to the footnotes and back", () => {
    const html = renderRecital(gdpr.recitals[2]);
    expect(html).toContain(
      'the Council <sup><a href="#footnote-4" id="footnote-call-4" class="footnote-call" aria-label="Footnote 4">(4)</a></sup> seeks to harmonise',
    );
    expect(html).toContain(
      '<li id="footnote-4"><span class="item-label">(4)</span> Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995',
    );
    expect(html).toContain('<a href="#footnote-call-4" class="footnote-back" aria-label="Back to the text of footnote 4">↩</a>');
    expect(renderRecital(gdpr.recitals[12])).toContain("2003/361/EC <sup>");
  });

  test("paragraph anchors only where a recital has several paragraphs; the correction is marked", () => {
    expect(renderRecital(gdpr.recitals[0])).not.toContain("id=");
    const html = renderRecital(gdpr.recitals[70]);
    expect(html).toContain(
      '<div class="subsection recital-paragraph" id="paragraph-2"><a class="pin" href="#paragraph-2" aria-label="Link to paragraph 2"></a>',
    );
    expect(html).toMatch(
      /id="paragraph-2">.*or processing that results in measures having such an effect\. Automated decision-making.*<\/p><details class="correction"/,
    );
    expect(html).toMatch(
      /<p class="correction__printed" data-no-refs="" data-pagefind-ignore="all">.*or that result in measures having such an effect\. Automated/,
    );
  });

  test("opening words for lists", () => {
    expect(recitalOpening(gdpr.recitals[26])).toBe("This Regulation does not apply to the personal data of deceased persons. Member States …");
    expect(recitalOpening(gdpr.recitals[43], 40)).toBe(
      "Processing should be lawful where it is necessary in the context of a contract or the intention to enter into a contract.",
    );
  });
});

describe("the pairing of recitals with articles", () => {
  test("covers all 173 recitals, every pair with a reason; articles and recitals link both ways", () => {
    expect(Object.keys(gdprPairing.parse(pairingFile))).toHaveLength(173);
    for (const r of gdpr.recitals)
      expect((gdpr.pairing.articlesOf.get(r.number)?.length ?? 0) + (gdpr.pairing.general.has(r.number) ? 1 : 0), `recital ${r.number}`).toBeGreaterThan(0);
    expect(gdpr.pairing.articlesOf.get(71)!.map((p) => p.article)).toEqual([4, 22]);
    expect(gdpr.pairing.recitalsOf.get(22)!.map((p) => p.recital)).toContain(71);
    expect(gdpr.pairing.recitalsOf.get(37)!.map((p) => p.recital)).toEqual([97]);
    const pairs = [...gdpr.pairing.articlesOf.values()].flat();
    expect(pairs.length).toBe([...gdpr.pairing.recitalsOf.values()].flat().length);
    expect(pairs.every((p) => p.why.length >= 10)).toBe(true);
    // most articles are explained by at least one recital
    expect(gdpr.pairing.recitalsOf.size).toBeGreaterThan(85);
  });

  test("a pairing naming a recital or an article that does not exist fails the build", () => {
    const data = { ...base(), recitals: gdprRecitals.parse(source) };
    const pairing = gdprPairing.parse(pairingFile);
    expect(() => buildGdpr({ ...data, pairing: { ...pairing, 174: { 5: "A recital that the Regulation does not have." } } })).toThrow(
      'content/gdpr/recital-pairing.yaml: field "174" = "174": the Regulation has recitals 1 to 173',
    );
    expect(() => buildGdpr({ ...data, pairing: { ...pairing, 71: { 100: "An article that the Regulation does not have." } } })).toThrow(
      'content/gdpr/recital-pairing.yaml: field "71.100" = 100: no such article',
    );
    const { 44: _, ...without } = pairing;
    expect(() => buildGdpr({ ...data, pairing: without })).toThrow('content/gdpr/recital-pairing.yaml: field "44" = undefined: recital 44 is not paired');
  });

  test("the schema wants a reason and known keys", () => {
    expect(gdprPairing.safeParse({ 71: { 22: "short" } }).success).toBe(false);
    expect(gdprPairing.safeParse({ 71: {} }).success).toBe(false);
    expect(gdprPairing.safeParse({ 71: { art22: "Automated decisions and their safeguards." } }).success).toBe(false);
    expect(gdprPairing.safeParse({ 71: { general: "About the Regulation as a whole." } }).success).toBe(true);
  });
});

describe("/data/gdpr.json", () => {
  const data = gdprData(gdpr, (p) => `https://example.org${p}`, { article: (n) => `/gdpr/article-${n}/`, recital: (n) => `/gdpr/recital-${n}/` });
  test("articles as in force with corrections marked, recitals, and the pairing", () => {
    expect(data.articles).toHaveLength(99);
    expect(data.recitals).toHaveLength(173);
    const point = (data.articles[36].paragraphs[0].points as { label: string; text: string; corrected?: { printed: string } }[])[2];
    expect(point.text).toContain("Article 9 or personal data");
    expect(point.corrected?.printed).toContain("Article 9 and personal data");
    expect(data.articles[8].paragraphs.some((p) => "corrected" in p)).toBe(false);
    expect(data.recitals[70].paragraphs[1]).toHaveProperty("corrected");
    expect(data.recitals[70]).toMatchObject({ url: "https://example.org/gdpr/recital-71/", articles: [4, 22] });
    expect(data.pairing).toContainEqual({ recital: 71, article: 22, why: gdpr.pairing.articlesOf.get(71)![1].why });
    expect(data.pairing.filter((p) => p.article === "general").map((p) => p.recital)).toContain(170);
    expect(data.about.version).toContain("15 corrections of the corrigendum OJ L 127, 23.5.2018");
  });
});

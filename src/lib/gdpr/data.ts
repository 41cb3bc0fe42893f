// /data/gdpr.json: the GDPR as the site shows it, for reuse: the articles as in force (each
// paragraph or point the 2018 corrigendum corrected carries its printed wording), the recitals,
// and the site's pairing of recitals with articles.
import type { Correction, Gdpr, GdprPoint } from "./model";

const corrected = (c?: Correction) => (c ? { corrected: { printed: c.printed, corrigendum: c.heading } } : {});
const points = (list: GdprPoint[]): unknown[] =>
  list.map((p) => ({ label: p.label, text: p.text, ...corrected(p.corrected), ...(p.points?.length ? { points: points(p.points) } : {}) }));

export function gdprData(gdpr: Gdpr, absolute: (path: string) => string, paths: { article: (n: number) => string; recital: (n: number) => string }) {
  return {
    about: {
      title: "Regulation (EU) 2016/679 (General Data Protection Regulation)",
      celex: gdpr.meta.celex,
      officialJournal: gdpr.meta.official_journal,
      version: gdpr.corrigendum
        ? `As in force: the text of ${gdpr.meta.official_journal} with the ${gdpr.corrigendum.count} corrections of the corrigendum ${gdpr.corrigendum.officialJournal} (CELEX ${gdpr.corrigendum.celex}) applied. Each corrected paragraph or point has "corrected" with its printed wording. Printing slips the corrigendum leaves are kept.`
        : `The text of ${gdpr.meta.official_journal}.`,
      corrigendum: gdpr.corrigendum ?? null,
      reuse: "© European Union, https://eur-lex.europa.eu/",
      pairing:
        "The recitals name no GDPR article. The pairing of recitals with articles is this site's own editorial selection, each pair with a one-line reason; 'general' marks a recital about the Regulation as a whole.",
    },
    articles: gdpr.articles.map((a) => ({
      article: a.number,
      title: a.title,
      chapter: a.chapterRoman,
      section: a.section,
      url: absolute(paths.article(a.number)),
      paragraphs: a.paragraphs.map((p) => ({
        number: p.number,
        text: p.text,
        ...corrected(p.corrected),
        ...(p.points.length ? { points: points(p.points) } : {}),
        ...(p.subparagraphs.length
          ? { subparagraphs: p.subparagraphs.map((s) => ({ text: s.text, ...(s.points.length ? { points: points(s.points) } : {}) })) }
          : {}),
      })),
      footnotes: a.footnotes,
      recitals: (gdpr.pairing.recitalsOf.get(a.number) ?? []).map((p) => p.recital),
    })),
    recitals: gdpr.recitals.map((r) => ({
      recital: r.number,
      url: absolute(paths.recital(r.number)),
      paragraphs: r.paragraphs.map((p) => ({ text: p.text, ...corrected(p.corrected) })),
      footnotes: r.footnotes,
      articles: (gdpr.pairing.articlesOf.get(r.number) ?? []).map((p) => p.article),
      general: gdpr.pairing.general.has(r.number),
    })),
    pairing: gdpr.recitals.flatMap((r) => [
      ...(gdpr.pairing.articlesOf.get(r.number) ?? []).map((p) => ({ recital: p.recital, article: p.article as number | "general", why: p.why })),
      ...(gdpr.pairing.general.has(r.number) ? [{ recital: r.number, article: "general" as const, why: gdpr.pairing.general.get(r.number)! }] : []),
    ]),
  };
}

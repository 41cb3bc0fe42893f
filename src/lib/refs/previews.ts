// The small JSON files behind the reference previews: one per section, provision or article
// (/previews/<key>/9.json for a statute section, as /previews/pda/9.json, /previews/penal/205.json; /previews/gdpr/9.json), each holding the
// plain text of every addressable place, keyed by its anchor ("" is the whole text). A preview
// shows the place a link points at; the file is fetched only when a reader hovers or focuses such
// a link.
import { citation, type Lang } from "../citation";
import type { GdprArticle, GdprRecital } from "../gdpr/model";
import { recitalParagraphAnchor, recitalText } from "../gdpr/recitals";
import { articlePlaces } from "../gdpr/render";
import { sectionText, type StatuteSection } from "../statute/model";
import type { RenderedStatute } from "../statute/render";

/** One language of a preview file: a heading, and [label, text] for each anchor. */
export interface PreviewText {
  title: string;
  places: Record<string, [string, string]>;
}
export type PreviewFile = Partial<Record<Lang, PreviewText>>;

/** Longer texts are cut here; the link leads to the whole. */
const MAX = 700;
const cut = (text: string) => (text.length > MAX ? `${text.slice(0, MAX).replace(/\s+\S*$/, "")} …` : text);

function statutePlaces(rendered: RenderedStatute, name: (subsection?: number, letter?: string) => string): PreviewText["places"] {
  const places: PreviewText["places"] = {};
  places[""] = [name(), cut(rendered.subsections.map((s) => [s.text, ...s.items.map((i) => `${i.letter}. ${i.text}`)].join(" ")).join(" "))];
  for (const s of rendered.subsections) {
    places[s.id] = [name(s.number), cut([s.text, ...s.items.map((i) => `${i.letter}. ${i.text}`)].join(" "))];
    for (const i of s.items) places[i.id] = [name(s.number, i.letter), cut(`${s.text} … ${i.letter}. ${i.text}`)];
  }
  return places;
}

/** The preview file of a GDPR article (English only: the site has no other language of the GDPR). */
export function articlePreview(article: GdprArticle): PreviewFile {
  const places: PreviewText["places"] = {};
  for (const [anchor, text] of Object.entries(articlePlaces(article))) {
    // "paragraph-2-a" and Article 4's "point-16-a" are cited alike: Article 9(2)(a), Article 4(16)(a).
    const m = /^(?:paragraph|point)-(\d+)(?:-([a-z]+))?$/.exec(anchor);
    const where = m ? `(${m[1]})${m[2] ? `(${m[2]})` : ""}` : "";
    places[anchor] = [`GDPR Article ${article.number}${where}`, cut(text)];
  }
  return { en: { title: `GDPR Article ${article.number}. ${article.title}`, places } };
}

/** The preview file of a GDPR recital: its text, and each paragraph where it has several. */
export function recitalPreview(recital: GdprRecital): PreviewFile {
  const name = `GDPR recital ${recital.number}`;
  const places: PreviewText["places"] = { "": [name, cut(recitalText(recital))] };
  if (recital.paragraphs.length > 1) recital.paragraphs.forEach((p, i) => (places[recitalParagraphAnchor(i + 1)] = [`${name}(${i + 1})`, cut(p.text)]));
  return { en: { title: name, places } };
}

/**
 * The preview file of a section of an instrument on the shared statute model, in each language the
 * site holds it in (the translation first, as the Act's files have always had it). The Penal
 * Code's previews are titled by the citation alone.
 */
export function statuteSectionPreview(section: StatuteSection, { heading = true } = {}): PreviewFile {
  const out: PreviewFile = {};
  for (const lang of section.en ? (["en", "nb"] as const) : (["nb"] as const)) {
    const name = (subsection?: number, letter?: string) => citation({ statute: section.key, section: section.id, subsection, letter }, lang);
    out[lang] = {
      title: heading ? `${name()}. ${section.data.heading[lang] ?? section.data.heading.nb}` : name(),
      places: statutePlaces(sectionText(section, lang), name),
    };
  }
  return out;
}

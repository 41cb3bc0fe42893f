// What a citation typed into the search box can name: sections, Penal Code provisions, GDPR
// articles and recitals, and decisions by their case numbers. One file per kind (pda.json, gdpr.json,
// case.json …), fetched by the search only for a query citing that kind.
import type { APIRoute, GetStaticPaths } from "astro";
import { citation } from "../../../lib/citation";
import { getDecisions } from "../../../lib/decisions/load";
import { getGdpr } from "../../../lib/gdpr/model";
import { recitalOpening } from "../../../lib/gdpr/recitals";
import { decisionsByCaseKey } from "../../../lib/decisions/case-numbers";
import { type CitationEntry, citationFiles } from "../../../lib/search/citation-index";
import { getStatutes } from "../../../lib/statute/load";
import { paths, url } from "../../../lib/urls";

async function entries() {
  const [all, decisions] = await Promise.all([getStatutes(), getDecisions()]);
  const translated = all.filter((st) => st.languages.includes("en"));
  // An instrument with pages of its own (the Penal Code), English first, is named in English.
  const own = all.filter((st) => st.instrument.ownPages);
  const statutes = all.filter((st) => !st.languages.includes("en") && !st.instrument.ownPages);
  return [
    // An instrument held in English too (the Act) is named in English, the others by their Norwegian citation.
    ...translated.flatMap((st) =>
      st.sections.map((s) => ({
        key: `${st.key}:${s.id}`,
        url: url(s.path),
        title: `${citation({ statute: st.key, section: s.id }, "en")}. ${s.data.heading.en}`,
      })),
    ),
    ...own.flatMap((st) =>
      st.sections.map((s) => ({
        key: `${st.key}:${s.id}`,
        url: url(s.path),
        title: `${citation({ statute: st.key, section: s.id }, "en")}. ${s.data.heading.en ?? s.data.heading.nb}`,
      })),
    ),
    // The regulations and other Acts: "kameraovervakingsforskriften:6", "arbeidsmiljoloven:9-1" (see lib/search/citation-query.ts).
    ...statutes.flatMap((st) =>
      st.sections.map((s) => ({
        key: `${st.key}:${s.id}`,
        url: url(s.path),
        title: `${citation({ statute: st.key, section: s.id }, "nb")}. ${s.data.heading.nb}`,
      })),
    ),
    ...getGdpr().articles.map((a) => ({ key: `gdpr:${a.number}`, url: url(paths.gdprArticle(a.number)), title: `GDPR Article ${a.number}. ${a.title}` })),
    ...getGdpr().recitals.map((r) => ({
      key: `gdpr-recital:${r.number}`,
      url: url(paths.gdprRecital(r.number)),
      title: `GDPR recital ${r.number}. ${recitalOpening(r, 10)}`,
    })),
    // A case number cited on several pages leads to the page of the authority that numbered it.
    ...[...decisionsByCaseKey(decisions.all)].map(([key, [d]]) => ({ key, url: url(paths.decision(d.slug)), title: d.title })),
  ];
}

export const getStaticPaths = (async () =>
  Object.entries(citationFiles(await entries())).map(([kind, index]) => ({ params: { kind }, props: { index } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ index: Record<string, CitationEntry> }> = ({ props }) =>
  new Response(JSON.stringify(props.index), { headers: { "Content-Type": "application/json" } });

// How a source address is named on a page: the publisher, and a readable hint of which page it is,
// so that several sources from one publisher can be told apart.

const PUBLISHERS: Record<string, string> = {
  "gdprhub.eu": "GDPRhub",
  "personvernnemnda.no": "Personvernnemnda",
  "personvernnemda.no": "Personvernnemnda",
  "pvn.no": "Personvernnemnda",
  "datatilsynet.no": "Datatilsynet",
  "edpb.europa.eu": "EDPB",
  "domstol.no": "Domstolene (domstol.no)",
  "nrk.no": "NRK",
  "digi.no": "digi.no",
  "dataguidance.com": "DataGuidance",
  "platform.dataguidance.com": "DataGuidance",
  "finansavisen.no": "Finansavisen",
  "aftenposten.no": "Aftenposten",
  "vg.no": "VG",
  "tv2.no": "TV 2",
  "bt.no": "Bergens Tidende",
  "e24.no": "E24",
  "dn.no": "DN",
  "cw.no": "Computerworld Norge",
  "abcnyheter.no": "ABC Nyheter (NTB)",
  "rett24.no": "Rett24",
  "advokatbladet.no": "Advokatbladet",
  "juridika.no": "Juridika",
  "techlaw.se": "Techlaw.se",
  "huntonak.com": "Hunton Andrews Kurth",
  "allenovery.com": "Allen & Overy",
  "svw.no": "Simonsen Vogt Wiig",
  "foyen.no": "Føyen",
  "grette.no": "Grette",
  "hjort.no": "Hjort",
  "kapital.no": "Kapital",
  "kampanje.com": "Kampanje",
  "legeforeningen.no": "Legeforeningen",
  "spk.no": "Statens pensjonskasse",
  "innovasjonnorge.no": "Innovasjon Norge",
  "grue.kommune.no": "Grue kommune",
  "ototen.no": "Østre Toten kommune",
  "cookiefines.eu": "cookiefines.eu (aggregator)",
  "nir.nu": "NIR",
  "docplayer.me": "docplayer.me (copy of the judgment)",
  "docslib.org": "docslib.org (copy of the document)",
  "personvern.info": "personvern.info",
  "efdpo.eu": "EFDPO",
  "naih.hu": "NAIH (Hungarian DPA)",
  "nationen.no": "Nationen",
  "vl.no": "Vårt Land",
  "itromso.no": "iTromsø",
  "profesjon.no": "Profesjon",
  "fjordabladet.no": "Fjordabladet (NPK)",
  "sunnmoringen.no": "Sunnmøringen (NPK)",
  "nyss.no": "Nyss (NPK)",
  "totenidag.no": "Toten Idag",
  "nkrf.no": "NKRF",
  "databreachtimes.com": "Data Breach Times",
  "globalrelay.com": "Global Relay",
  "radioh.no": "Radio Haugaland",
  "ppc.land": "PPC Land",
  "grcreport.com": "GRC Report",
  "privacylaws.com": "Privacy Laws & Business",
  "scconline.com": "SCC Online",
  "databreaches.net": "DataBreaches.net",
};

const host = (u: URL) => u.hostname.replace(/^www\./, "");

function publisher(u: URL): string {
  const h = host(u);
  return PUBLISHERS[h] ?? PUBLISHERS[h.split(".").slice(-2).join(".")] ?? h;
}

const tidy = (text: string) => {
  const t = text.replace(/[_+]/g, " ").replace(/\s+/g, " ").trim();
  return t.length > 70 ? `${t.slice(0, 67).replace(/\s+\S*$/, "")} …` : t;
};

function hint(u: URL): string {
  const title = u.searchParams.get("title");
  if (title) return tidy(title);
  const parts = u.pathname.split("/").filter(Boolean);
  const last = parts.findLast((p) => /[a-zæøå]/i.test(p) && !/^(index\.php|i|a|node|articles?|nyheter|news)$/i.test(p)) ?? parts.at(-1);
  if (!last) return host(u);
  let text = last;
  try {
    text = decodeURIComponent(last);
  } catch {
    // keep the encoded form
  }
  return tidy(text.replace(/\.(html?|ece|aspx|pdf)$/i, "").replace(/-/g, " "));
}

/** "GDPRhub: Datatilsynet (Norway) - 20/02136" */
export function sourceLabel(address: string): { publisher: string; hint: string } {
  const u = new URL(address);
  return { publisher: publisher(u), hint: `${hint(u)} (${host(u)})` };
}

/** Where each deciding body publishes its own decisions. */
const OWN: Record<string, RegExp> = {
  Datatilsynet: /(^|\.)datatilsynet\.no$/,
  Personvernnemnda: /(^|\.)(personvernnemnda|personvernnemda|pvn)\.no$/,
  "Oslo tingrett": /(^|\.)(domstol\.no|lovdata\.no)$/,
  "Romerike og Glåmdal tingrett": /(^|\.)(domstol\.no|lovdata\.no)$/,
  "Borgarting lagmannsrett": /(^|\.)(domstol\.no|lovdata\.no)$/,
  Høyesterett: /(^|\.)(domstol\.no|lovdata\.no)$/,
  EDPB: /(^|\.)edpb\.europa\.eu$/,
  Sivilombudet: /(^|\.)sivilombudet\.no$/,
};
/** Other public bodies' own sites. */
const OFFICIAL =
  /(^|\.)(datatilsynet\.no|personvernnemnda\.no|personvernnemda\.no|pvn\.no|domstol\.no|lovdata\.no|edpb\.europa\.eu|sivilombudet\.no|regjeringen\.no|stortinget\.no)$/;
/** Sites that collect or copy other people's documents and summaries. */
const AGGREGATORS =
  /(^|\.)(gdprhub\.eu|dataguidance\.com|cookiefines\.eu|docplayer\.me|docslib\.org|pdfslide\.tips|digitalpolicyalert\.org|enforcementtracker\.com|proteuscyber\.com|databreaches\.net|pogowasright\.org|rssing\.com|efdpo\.eu|grcreport\.com|robin-data\.io|ppc\.land|databreachtimes\.com)$/;

export type SourceKind = "own" | "official" | "other" | "aggregator";
export const SOURCE_KINDS: Record<SourceKind, string> = {
  own: "the deciding body's own publication",
  official: "a public body's publication",
  other: "press or professional commentary",
  aggregator: "aggregator or copy: a summary or mirror made by others",
};

export function sourceKind(address: string, authority: string): SourceKind {
  const h = host(new URL(address));
  if (OWN[authority]?.test(h)) return "own";
  if (OFFICIAL.test(h)) return "official";
  if (AGGREGATORS.test(h)) return "aggregator";
  return "other";
}

/** The sources in the order a lawyer reads them: the deciding body's own documents first, aggregators last. */
export function orderedSources(sources: string[], authority: string): { address: string; kind: SourceKind }[] {
  const rank: SourceKind[] = ["own", "official", "other", "aggregator"];
  return sources
    .map((address, i) => ({ address, kind: sourceKind(address, authority), i }))
    .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind) || a.i - b.i)
    .map(({ address, kind }) => ({ address, kind }));
}

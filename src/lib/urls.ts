// Every internal URL the site makes, in one place, under the configured base path.
// The paths follow the URL contract in DESIGN.md; they never change once published.

// In pages and scripts Vite supplies BASE_URL; Markdown plugins run in plain Node and read BASE_PATH.
const BASE = (import.meta.env?.BASE_URL ?? (typeof process === "undefined" ? undefined : process.env.BASE_PATH) ?? "/").replace(/\/?$/, "/");

/** Prefixes a site path ("/personal-data-act/") with the base path the site is built for. */
export function url(path: string): string {
  return BASE + path.replace(/^\//, "");
}

/** The site path without the base ("/privacy-law/pda/" → "/pda/"), for comparisons. */
export function stripBase(pathname: string): string {
  return pathname.startsWith(BASE) ? `/${pathname.slice(BASE.length)}` : pathname;
}

export const paths = {
  home: () => "/",
  penalCodeIndex: () => "/penal-code/",
  penalCode: (id: string) => `/penal-code/${id}/`,
  /** Every instrument the site holds, with what it holds of each. */
  legislation: () => "/legislation/",
  /** An instrument held under content/statutes/ (see lib/statute/instruments.ts): contents, whole text, data. */
  instrument: (slug: string) => `/${slug}/`,
  instrumentFull: (slug: string) => `/${slug}/full/`,
  instrumentData: (slug: string) => `/data/${slug}.json`,
  gdprIndex: () => "/gdpr/",
  gdprArticle: (n: number) => `/gdpr/article-${n}/`,
  gdprRecitals: () => "/gdpr/recitals/",
  gdprRecital: (n: number) => `/gdpr/recital-${n}/`,
  decisionsIndex: () => "/decisions/",
  /** slug: "<yyyy-mm-dd>-<entity-slug>" */
  decision: (slug: string) => `/decisions/${slug}/`,
  fines: () => "/fines/",
  guidesIndex: () => "/guides/",
  guide: (slug: string) => `/guides/${slug}/`,
  glossary: (term?: string) => `/glossary/${term ? `#${term}` : ""}`,
  toolsIndex: () => "/tools/",
  tool: (slug: string) => `/tools/${slug}/`,
  search: (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ""}`,
  decisionsJson: () => "/data/decisions.json",
  decisionsCsv: () => "/data/decisions.csv",
  /** Atom feed of decisions by date. */
  decisionsFeed: () => "/decisions/feed.xml",
  /** Atom feed of the decisions of one body ("datatilsynet") or citing one provision ("gdpr-6", "pda-26"). */
  decisionsFeedFor: (key: string) => `/decisions/feeds/${key}.xml`,
  /** A year's decisions; page 2 on of a year listed in pages (lib/decisions/listing.ts). */
  decisionsYear: (year: number, page = 1) => `/decisions/year/${year}/${page > 1 ? `${page}/` : ""}`,
  /** The decisions of one authority or with one outcome, a page for readers without JavaScript ("/decisions/authority/personvernnemnda/"). */
  decisionsSlice: (facet: string, value: string) => `/decisions/${facet}/${value}/`,
  /** The rows of the fines explorer, fetched by its script. */
  finesJson: () => "/data/fines.json",
  /** Further pages of the fines table for readers without JavaScript (page 2 onwards). */
  finesPage: (n: number) => (n <= 1 ? "/fines/" : `/fines/page/${n}/`),
};

/** Official sources the site links to. */
export const lovdata = {
  /** A GDPR article as incorporated in Norwegian law. */
  gdprArticle: (n: number) => `https://lovdata.no/lov/2018-06-15-38/gdpr/a${n}`,
};

export const eurLex = {
  gdpr: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
  notice: "© European Union, https://eur-lex.europa.eu/",
};

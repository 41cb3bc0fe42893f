// Every internal URL the site makes, in one place, under the configured base path.
// The paths follow the URL contract in DESIGN.md; they never change once published.
import type { Lang } from "./citation";

const BASE = (import.meta.env.BASE_URL ?? "/").replace(/\/?$/, "/");

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
  actContents: (lang: Lang = "en") => (lang === "en" ? "/personal-data-act/" : "/personopplysningsloven/"),
  section: (id: string, lang: Lang = "en") => `${paths.actContents(lang)}${id}/`,
  actFull: (lang: Lang = "en") => `${paths.actContents(lang)}full/`,
  actParallel: () => "/personal-data-act/parallel/",
  actData: () => "/data/act.json",
};

/** Official sources the site links to. */
export const lovdata = {
  act: "https://lovdata.no/dokument/NL/lov/2018-06-15-38",
  actTranslation: "https://lovdata.no/dokument/NLE/lov/2018-06-15-38",
  section: (id: string) => `https://lovdata.no/lov/2018-06-15-38/§${id}`,
};

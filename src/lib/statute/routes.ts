// The pages the instruments on the shared statute model get, as the routes list them
// (src/pages/[instrument]/, src/pages/data/[instrument].json.ts) and as /legislation/ lists them.
// Pure: it takes the statutes, so that a test can list the pages of any set of instruments.
import type { Lang } from "../citation";
import { INSTRUMENTS, slugIn } from "./instruments";
import type { Statute } from "./model";
import { dataName } from "./page";
import { paths } from "../urls";

/** A statute in one of the languages it is held in, with the slug of its pages in that language. */
export interface HeldIn {
  statute: Statute;
  lang: Lang;
  slug: string;
}

/** Each statute once for each language it is held in. */
export const inLanguages = (statutes: Statute[]): HeldIn[] =>
  statutes.flatMap((statute) => statute.languages.map((lang) => ({ statute, lang, slug: slugIn(statute.instrument, lang) })));

/** /<slug>/ and /<slug>/full/: one page per statute and language. */
export const instrumentRoutes = (held: HeldIn[]) => held.map(({ statute, lang, slug }) => ({ params: { instrument: slug }, props: { statute, lang } }));

/** /<slug>/<section>/: one page per section and language. */
export const sectionRoutes = (held: HeldIn[]) =>
  held.flatMap(({ statute, lang, slug }) =>
    statute.sections.map((section) => ({ params: { instrument: slug, section: section.id }, props: { statute, section, lang } })),
  );

/** /data/<name>.json: one per statute (lib/statute/page.ts, dataName). */
export const dataRoutes = (statutes: Statute[]) => statutes.map((statute) => ({ params: { instrument: dataName(statute.instrument) }, props: { statute } }));

export interface LegislationRow {
  name: { nb: string; en: string };
  identifier: string;
  path: string;
  textAsOf: string;
  holds: string;
}

/** /legislation/'s list: the Acts held whole, then the regulations, then the extracts of other Acts, each group in the registry's order. */
export function legislationRows(statutes: Statute[]): LegislationRow[] {
  const group = (s: Statute) => (s.instrument.type === "forskrift" ? 1 : s.instrument.extract ? 2 : 0);
  const order = (s: Statute) => INSTRUMENTS.findIndex((i) => i.key === s.key);
  return [...statutes]
    .sort((a, b) => group(a) - group(b) || order(a) - order(b))
    .map((s) => ({
      name: s.instrument.name,
      identifier: s.instrument.identifier,
      path: paths.instrument(s.instrument.slug),
      textAsOf: s.meta.textAsOf,
      holds: s.meta.holds,
    }));
}

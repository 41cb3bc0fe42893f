// /data/<slug>.json for every instrument (lib/statute/data.ts): the Act's at /data/act.json (its
// registry entry's dataName), every text in both languages; the others' in Norwegian.
import type { APIRoute, GetStaticPaths } from "astro";
import type { Statute } from "../../lib/statute/model";
import { statuteData, translatedStatuteData } from "../../lib/statute/data";
import { getStatutes } from "../../lib/statute/load";
import { dataRoutes } from "../../lib/statute/routes";
import { url } from "../../lib/urls";

export const getStaticPaths = (async () => dataRoutes(await getStatutes())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const { statute } = props as { statute: Statute };
  const absolute = (path: string) => new URL(url(path), site).href;
  const data = statute.languages.length > 1 ? translatedStatuteData(statute, absolute) : statuteData(statute, absolute);
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

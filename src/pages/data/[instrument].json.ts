// /data/<key>.json for every instrument of content/statutes/, in the shape of /data/act.json.
import type { APIRoute, GetStaticPaths } from "astro";
import type { Statute } from "../../lib/statute/model";
import { statuteData } from "../../lib/statute/data";
import { getStatutes } from "../../lib/statute/load";
import { url } from "../../lib/urls";

export const getStaticPaths = (async () =>
  (await getStatutes()).map((statute) => ({ params: { instrument: statute.instrument.slug }, props: { statute } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const data = statuteData((props as { statute: Statute }).statute, (path) => new URL(url(path), site).href);
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

// /data/<slug>.json for every instrument on the shared statute model (those of content/statutes/
// and the Penal Code's provisions, /data/penal-code.json), in the shape of /data/act.json.
import type { APIRoute, GetStaticPaths } from "astro";
import { getPenalCode } from "../../lib/penal/load";
import type { Statute } from "../../lib/statute/model";
import { statuteData } from "../../lib/statute/data";
import { getStatutes } from "../../lib/statute/load";
import { dataRoutes } from "../../lib/statute/routes";
import { url } from "../../lib/urls";

export const getStaticPaths = (async () => dataRoutes([await getPenalCode(), ...(await getStatutes())])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, props }) => {
  const data = statuteData((props as { statute: Statute }).statute, (path) => new URL(url(path), site).href);
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

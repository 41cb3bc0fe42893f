// /data/citation-index.json: what the citation linker and /go/ can link (lib/link-citations/).
import type { APIRoute } from "astro";
import { getDecisions } from "../../lib/decisions/load";
import { citationIndex } from "../../lib/link-citations/index-data";
import { registry } from "../../lib/refs/registry";

export const GET: APIRoute = async () => {
  const decisions = (await getDecisions()).all;
  return new Response(JSON.stringify(citationIndex(registry(), decisions)), { headers: { "Content-Type": "application/json" } });
};

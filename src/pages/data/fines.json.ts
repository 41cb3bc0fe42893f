// The rows of the fines explorer, fetched by its script (compact: no summaries).
import type { APIRoute } from "astro";
import { fineRows } from "../../lib/decisions/fines";
import { getDecisions } from "../../lib/decisions/load";

export const GET: APIRoute = async () => {
  const rows = fineRows(await getDecisions());
  return new Response(JSON.stringify({ rows }), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

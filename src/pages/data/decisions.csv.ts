import type { APIRoute } from "astro";
import { decisionsCsv } from "../../lib/decisions/export";
import { getDecisions } from "../../lib/decisions/load";
import { url } from "../../lib/urls";

export const GET: APIRoute = async ({ site }) => {
  const body = decisionsCsv(await getDecisions(), (path) => new URL(url(path), site).href);
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};

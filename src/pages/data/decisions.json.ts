import type { APIRoute } from "astro";
import { decisionsJson } from "../../lib/decisions/export";
import { getDecisions } from "../../lib/decisions/load";
import { url } from "../../lib/urls";

export const GET: APIRoute = async ({ site }) => {
  const data = decisionsJson(await getDecisions(), (path) => new URL(url(path), site).href);
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

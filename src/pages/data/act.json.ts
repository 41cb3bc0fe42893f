import type { APIRoute } from "astro";
import { actData } from "../../lib/act/data";
import { getAct } from "../../lib/act/load";
import { url } from "../../lib/urls";

export const GET: APIRoute = async ({ site }) => {
  const data = actData(await getAct(), (path) => new URL(url(path), site).href);
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

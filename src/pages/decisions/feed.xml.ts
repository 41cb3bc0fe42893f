import type { APIRoute } from "astro";
import { decisionsFeed } from "../../lib/decisions/export";
import { getDecisions } from "../../lib/decisions/load";
import { url } from "../../lib/urls";
import { site as siteInfo } from "../../site";

export const GET: APIRoute = async ({ site }) => {
  const body = decisionsFeed(await getDecisions(), (path) => new URL(url(path), site).href, siteInfo.name);
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};

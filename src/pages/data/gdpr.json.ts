import type { APIRoute } from "astro";
import { gdprData } from "../../lib/gdpr/data";
import { getGdpr } from "../../lib/gdpr/model";
import { paths, url } from "../../lib/urls";

export const GET: APIRoute = ({ site }) => {
  const data = gdprData(getGdpr(), (path) => new URL(url(path), site).href, { article: paths.gdprArticle, recital: paths.gdprRecital });
  return new Response(JSON.stringify(data, null, 1), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};

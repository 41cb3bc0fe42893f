// /previews/gdpr/<article>.json: the text behind reference previews (src/lib/refs/previews.ts).
import type { APIRoute } from "astro";
import { type GdprArticle, getGdpr } from "../../../lib/gdpr/model";
import { articlePreview } from "../../../lib/refs/previews";

export function getStaticPaths() {
  return getGdpr().articles.map((article) => ({ params: { article: String(article.number) }, props: { article } }));
}

export const GET: APIRoute<{ article: GdprArticle }> = ({ props }) =>
  new Response(JSON.stringify(articlePreview(props.article)), { headers: { "Content-Type": "application/json; charset=utf-8" } });

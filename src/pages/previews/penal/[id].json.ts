// /previews/penal/<id>.json: the text behind reference previews, for each provision in content/penal-code/.
import type { APIRoute } from "astro";
import { type PreviewFile, penalPreviews } from "../../../lib/refs/previews";

export function getStaticPaths() {
  return [...penalPreviews()].map(([id, preview]) => ({ params: { id }, props: { preview } }));
}

export const GET: APIRoute<{ preview: PreviewFile }> = ({ props }) =>
  new Response(JSON.stringify(props.preview), { headers: { "Content-Type": "application/json; charset=utf-8" } });

// /previews/gdpr-recital/<n>.json: the text behind reference previews of recitals (src/lib/refs/previews.ts).
import type { APIRoute } from "astro";
import { type GdprRecital, getGdpr } from "../../../lib/gdpr/model";
import { recitalPreview } from "../../../lib/refs/previews";

export function getStaticPaths() {
  return getGdpr().recitals.map((recital) => ({ params: { recital: String(recital.number) }, props: { recital } }));
}

export const GET: APIRoute<{ recital: GdprRecital }> = ({ props }) =>
  new Response(JSON.stringify(recitalPreview(props.recital)), { headers: { "Content-Type": "application/json; charset=utf-8" } });

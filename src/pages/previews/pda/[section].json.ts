// /previews/pda/<section>.json: the text behind reference previews (src/lib/refs/previews.ts).
import type { APIRoute } from "astro";
import { getAct } from "../../../lib/act/load";
import type { Section } from "../../../lib/act/model";
import { sectionPreview } from "../../../lib/refs/previews";

export async function getStaticPaths() {
  const act = await getAct();
  return act.sections.map((section) => ({ params: { section: section.id }, props: { section } }));
}

export const GET: APIRoute<{ section: Section }> = ({ props }) =>
  new Response(JSON.stringify(sectionPreview(props.section)), { headers: { "Content-Type": "application/json; charset=utf-8" } });

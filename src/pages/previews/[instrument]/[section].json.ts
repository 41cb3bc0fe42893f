// /previews/<key>/<section>.json: the text behind reference previews (src/lib/refs/previews.ts),
// for each section of the instruments on the shared statute model (content/statutes/, the Act and
// the Penal Code among them; an instrument with pages of its own, the Penal Code, has its previews
// titled by the citation alone).
import type { APIRoute } from "astro";
import { type PreviewFile, statuteSectionPreview } from "../../../lib/refs/previews";
import { getStatutes } from "../../../lib/statute/load";

export async function getStaticPaths() {
  return (await getStatutes()).flatMap((s) =>
    s.sections
      .filter((x) => !x.data.repealed)
      .map((x) => ({ params: { instrument: s.key, section: x.id }, props: { preview: statuteSectionPreview(x, { heading: !s.instrument.ownPages }) } })),
  );
}

export const GET: APIRoute<{ preview: PreviewFile }> = ({ props }) =>
  new Response(JSON.stringify(props.preview), { headers: { "Content-Type": "application/json; charset=utf-8" } });

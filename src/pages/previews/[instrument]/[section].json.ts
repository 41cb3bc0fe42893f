// /previews/<key>/<section>.json: the text behind reference previews (src/lib/refs/previews.ts),
// for each section of the instruments on the shared statute model (content/statutes/, the Act
// among them, and the Penal Code, whose previews are titled by the citation alone).
import type { APIRoute } from "astro";
import { getPenalCode } from "../../../lib/penal/load";
import { type PreviewFile, statuteSectionPreview } from "../../../lib/refs/previews";
import { getStatutes } from "../../../lib/statute/load";

export async function getStaticPaths() {
  return [...(await getStatutes()), await getPenalCode()].flatMap((s) =>
    s.sections
      .filter((x) => !x.data.repealed)
      .map((x) => ({ params: { instrument: s.key, section: x.id }, props: { preview: statuteSectionPreview(x, { heading: s.key !== "penal" }) } })),
  );
}

export const GET: APIRoute<{ preview: PreviewFile }> = ({ props }) =>
  new Response(JSON.stringify(props.preview), { headers: { "Content-Type": "application/json; charset=utf-8" } });

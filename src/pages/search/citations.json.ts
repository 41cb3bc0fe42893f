import type { APIRoute } from "astro";
import { getAct } from "../../lib/act/load";
import { citation } from "../../lib/citation";
import { citationIndex } from "../../lib/search/citation-index";
import { paths, url } from "../../lib/urls";

export const GET: APIRoute = async () => {
  const act = await getAct();
  const entries = act.sections.map((s) => ({
    key: `pda:${s.id}`,
    url: url(paths.section(s.id)),
    title: `${citation({ statute: "pda", section: s.id }, "en")}. ${s.title.en}`,
  }));
  return new Response(JSON.stringify(citationIndex(entries)), { headers: { "Content-Type": "application/json" } });
};

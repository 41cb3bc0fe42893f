import { existsSync, readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { load } from "js-yaml";
import { groupsFromGlossary } from "../../lib/search/synonyms";

// The glossary's term list (content/glossary/terms.yaml) is the one source of synonyms.
export const GET: APIRoute = () => {
  const file = "content/glossary/terms.yaml";
  const terms = existsSync(file) ? (load(readFileSync(file, "utf8")) as Parameters<typeof groupsFromGlossary>[0]) : [];
  return new Response(JSON.stringify(groupsFromGlossary(terms)), { headers: { "Content-Type": "application/json" } });
};

// Loads the glossary from the content collection once per build and checks it (see model.ts).
import { getCollection } from "astro:content";
import type { GlossaryTermData } from "../../schemas/glossary";
import { registry } from "../refs/registry";
import { buildGlossary } from "./model";

let terms: Promise<GlossaryTermData[]> | undefined;

export function getGlossary(): Promise<GlossaryTermData[]> {
  terms ??= (async () => buildGlossary(await getCollection("glossary"), registry()))();
  return terms;
}

// Loads the instruments of content/statutes/ from the content collections once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { getAct } from "../act/load";
import { registry } from "../refs/registry";
import { buildStatutes, type Statute } from "./model";
import { type HeldIn, inLanguages } from "./routes";

let statutes: Promise<Statute[]> | undefined;

export function getStatutes(): Promise<Statute[]> {
  statutes ??= (async () => buildStatutes(await getCollection("statutes"), await getCollection("instruments"), registry()))();
  return statutes;
}

/**
 * Every instrument whose pages are under /<slug>/ (the Act and those of content/statutes/; the
 * Penal Code's are under /penal-code/), once for each language it is held in, with the slug of
 * its pages in that language.
 */
export async function statutesByLanguage(): Promise<HeldIn[]> {
  return inLanguages([await getAct(), ...(await getStatutes())]);
}

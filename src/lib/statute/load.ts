// Loads the instruments of content/statutes/ from the content collections once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { buildStatutes, type Statute } from "./model";
import type { StatuteKey } from "./instruments";
import { type HeldIn, inLanguages } from "./routes";

let statutes: Promise<Statute[]> | undefined;

/** Every instrument of content/statutes/ (the Act among them), in the registry's order. */
export function getStatutes(): Promise<Statute[]> {
  statutes ??= (async () =>
    buildStatutes(await getCollection("statutes"), await getCollection("instruments"), registry(), await getCollection("translations")))();
  return statutes;
}

/** One instrument of content/statutes/ ("pda"). */
export async function getStatute(key: StatuteKey): Promise<Statute> {
  const found = (await getStatutes()).find((s) => s.key === key);
  if (!found) throw new Error(`no instrument "${key}" under content/statutes/`);
  return found;
}

/**
 * Every instrument the shared routes give pages under /<slug>/ (all but those with pages of their
 * own, the Penal Code's), once for each language it is held in, with the slug of its pages in that language.
 */
export async function statutesByLanguage(): Promise<HeldIn[]> {
  return inLanguages((await getStatutes()).filter((s) => !s.instrument.ownPages));
}

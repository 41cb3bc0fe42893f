// Loads the Penal Code provisions from the content collection once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { buildPenalCode, type PenalProvision } from "./model";

let provisions: Promise<PenalProvision[]> | undefined;

export function getPenalCode(): Promise<PenalProvision[]> {
  provisions ??= (async () => buildPenalCode(await getCollection("penalCode"), registry()))();
  return provisions;
}

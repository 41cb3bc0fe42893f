// Loads the instruments of content/statutes/ from the content collections once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { buildStatutes, type Statute } from "./model";

let statutes: Promise<Statute[]> | undefined;

export function getStatutes(): Promise<Statute[]> {
  statutes ??= (async () => buildStatutes(await getCollection("statutes"), await getCollection("instruments"), registry()))();
  return statutes;
}

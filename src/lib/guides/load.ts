// Loads the guides from the content collection once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { buildGuides, type Guide } from "./model";

let guides: Promise<Guide[]> | undefined;

export function getGuides(): Promise<Guide[]> {
  guides ??= (async () => buildGuides(await getCollection("guides"), registry()))();
  return guides;
}

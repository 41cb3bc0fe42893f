// Loads the decisions from the content collection once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { buildDecisions, type Decisions } from "./model";

let decisions: Promise<Decisions> | undefined;

export function getDecisions(): Promise<Decisions> {
  decisions ??= (async () => buildDecisions(await getCollection("decisions")))();
  return decisions;
}

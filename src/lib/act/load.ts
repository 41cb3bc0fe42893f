// Loads the Act from the content collections once per build and checks it (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { type Act, buildAct } from "./model";

let act: Promise<Act> | undefined;

export function getAct(): Promise<Act> {
  act ??= (async () => buildAct(await getCollection("act"), await getCollection("actNb"), registry()))();
  return act;
}

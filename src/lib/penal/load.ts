// Loads the Penal Code provisions from the content collection once per build and checks them (see model.ts).
import { getCollection } from "astro:content";
import { registry } from "../refs/registry";
import { buildPenalCode, type PenalCode } from "./model";

let code: Promise<PenalCode> | undefined;

export function getPenalCode(): Promise<PenalCode> {
  code ??= (async () => buildPenalCode(await getCollection("penalCode"), registry()))();
  return code;
}

// Loads the decisions once per build: the page files from the content collection, the facts from
// the dataset, both checked (see model.ts and validation.ts).
import { getCollection } from "astro:content";
import { readDataFile, readLedger } from "./data-file";
import { renderDocument } from "../markdown";
import { registry } from "../refs/registry";
import { decisionsByProvision, provisionFeeds } from "./feeds";
import { buildDecisions, type Decision, type Decisions, type LeadOf } from "./model";

let decisions: Promise<Decisions> | undefined;

/** A summary's lead from the render its page makes (the same arguments as pages/decisions/[slug].astro): one parse for both. */
const renderedLead: LeadOf = (page) => renderDocument(page.body ?? "", `${process.cwd()}/${page.filePath}`, page.data).lead;

export function getDecisions(): Promise<Decisions> {
  decisions ??= (async () => buildDecisions(await getCollection("decisions"), readDataFile(), readLedger(), renderedLead))();
  return decisions;
}

let provisions: Promise<Map<string, Decision[]>> | undefined;

/** The decisions citing each provision, built once per build (see feeds.ts). */
export function getDecisionsByProvision(): Promise<Map<string, Decision[]>> {
  provisions ??= getDecisions().then((d) => decisionsByProvision(d.all));
  return provisions;
}

let feeds: Promise<Set<string>> | undefined;

/** The provisions that have a feed (see feeds.ts), worked out once per build. */
export function getProvisionFeeds(): Promise<Set<string>> {
  feeds ??= getDecisionsByProvision().then((byProvision) => provisionFeeds(registry(), byProvision));
  return feeds;
}

// The Norwegian provisions a decision's record names: the site's own recogniser (refs/recognise.ts,
// the one the build and /tools/link-citations/ use) run over the dataset's text of an entry, at
// sync time (npm run decisions:sync), so that the facts file holds the places and not the prose.
// Only a section named with its instrument counts: the notes speak of many Acts, so a bare "§ 12"
// is read as naming none. Only instruments the site holds and places that exist are kept; GDPR
// articles and the Act sections the dataset records (pda_sections) have fields of their own. An
// instrument made after the decision cannot be the one it names: a 2017 decision's
// "personopplysningsloven § 3" is the repealed Act of 2000's.
import { recognise } from "../refs/recognise";
import type { Registry } from "../refs/registry";
import { between, refName, refProblem } from "../refs/resolve";
import { isStatuteTarget } from "../refs/targets";
import { instrument } from "../statute/instruments";
import { pdaTarget, type SourceEntry } from "./facts";

/** The dataset's prose of an entry, where the provisions it names are read from. */
export const recordText = (e: SourceEntry) => [e.outcome, e.summary, e.notes, e.appeal_outcome ?? ""].join("\n");

/** The day an instrument was made, from its Lovdata identifier ("LOV-2018-06-15-38" → "2018-06-15"). */
const madeOn = (key: string) => /\d{4}-\d{2}-\d{2}/.exec(instrument(key).identifier)![0];

/** The statute places an entry's record names, in order, once each, without those its pda_sections already give. */
export function namedProvisions(e: SourceEntry, reg: Registry): string[] {
  const exists = (ref: Parameters<typeof refProblem>[0]) => refProblem(ref, reg) === undefined;
  const known = new Set(e.pda_sections.map(pdaTarget));
  const named = new Set<string>();
  for (const found of recognise(recordText(e), { statute: null, exists })) {
    // A range names the places between its ends too ("§§ 2 til 4": 2, 3 and 4).
    const inside = found.rangeFrom ? between(found.rangeFrom, found.ref, reg) : [];
    for (const ref of [...inside, found.ref]) {
      if (ref.kind === "chapter" || !isStatuteTarget(ref) || !exists(ref)) continue;
      if (e.date && e.date < madeOn(ref.kind)) continue;
      const name = refName(ref);
      if (!known.has(name)) named.add(name);
    }
  }
  return [...named];
}

// The stages of a case (DPA decision ↔ Board ↔ courts) as a timeline: every decision reachable
// through the dataset's two-way `related` links, in date order. A stage the dataset gives no date
// goes where the appeal ladder puts it: after the decision it reviews, or else just before the first
// decision that reviews it, or else last (its "Date not known" is shown either way).
import type { Decision } from "./model";

export interface TimelineItem {
  decision: Decision;
  current: boolean;
}

/** The case a decision belongs to, oldest first. Linear in the size of the case. */
export function timeline(d: Decision, byId: Map<string, Decision>): TimelineItem[] {
  const members = new Set<string>([d.id]);
  const queue = [d.id];
  while (queue.length) {
    for (const next of byId.get(queue.shift()!)!.links) {
      if (!members.has(next)) {
        members.add(next);
        queue.push(next);
      }
    }
  }
  const place = new Map([...members].map((id) => [id, placeOf(byId.get(id)!, byId)]));
  return [...members]
    .map((id) => byId.get(id)!)
    .sort((a, b) => comparePlaces(place.get(a.id)!, place.get(b.id)!) || a.id.localeCompare(b.id))
    .map((m) => ({ decision: m, current: m.id === d.id }));
}

const UNDATED = "0000";

/** A date to sort by, and whether the stage goes before (-1), on (0) or after (1) that date. */
type Place = [date: string, side: -1 | 0 | 1];

function placeOf(d: Decision, byId: Map<string, Decision>): Place {
  if (d.sortDate !== UNDATED) return [d.sortDate, 0];
  const reviewed = d.review?.of ? byId.get(d.review.of) : undefined;
  if (reviewed && reviewed.sortDate !== UNDATED) return [reviewed.sortDate, 1];
  const reviewers = d.reviewedBy.map((id) => byId.get(id)!.sortDate).filter((date) => date !== UNDATED);
  if (reviewers.length) return [reviewers.sort()[0]!, -1];
  return ["9999", 1];
}

const comparePlaces = (a: Place, b: Place) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

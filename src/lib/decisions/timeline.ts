// The stages of a case (DPA decision ↔ Board ↔ courts) as a timeline: every decision reachable
// through the dataset's two-way `related` links, in date order (undated last).
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
  return [...members]
    .map((id) => byId.get(id)!)
    .sort((a, b) => a.sortDate.localeCompare(b.sortDate) || a.id.localeCompare(b.id))
    .map((m) => ({ decision: m, current: m.id === d.id }));
}

// How decisions are listed: by year, newest first; past a size, /decisions/ lists only the newest
// and each year gets a page of its own, in numbered pages once a year holds more than a page should.
import type { Decision } from "./model";

export const newestFirst = (a: { sortDate: string; id: string }, b: { sortDate: string; id: string }) =>
  b.sortDate.localeCompare(a.sortDate) || a.id.localeCompare(b.id);

type YearGroup = { year: number; decisions: Decision[] };
const groupsOf = new WeakMap<Decision[], YearGroup[]>();

/**
 * Decisions grouped by year, newest year first, each group newest first; undated ones last (year 0).
 * Grouped once per list (every list page of the explorer groups all decisions); the groups are shared, not to be changed.
 */
export function byYear(all: Decision[]): YearGroup[] {
  let groups = groupsOf.get(all);
  if (!groups) groupsOf.set(all, (groups = group(all)));
  return groups;
}

function group(all: Decision[]): YearGroup[] {
  const groups = new Map<number, Decision[]>();
  for (const d of [...all].sort(newestFirst)) {
    const year = d.year ?? 0;
    const group = groups.get(year);
    if (group) group.push(d);
    else groups.set(year, [d]);
  }
  return [...groups].map(([year, decisions]) => ({ year, decisions }));
}

/** "152 decisions and rulings and 3 advance notices": an advance notice is listed, but it is not a decision, so it is counted apart. */
export function countWords(all: { stage: Decision["stage"] }[]): string {
  const notices = all.filter((d) => d.stage === "notice").length;
  const decided = all.length - notices;
  return `${decided} ${decided === 1 ? "decision or ruling" : "decisions and rulings"}${notices ? ` and ${notices} advance notice${notices === 1 ? "" : "s"}` : ""}`;
}

/** Past this many, /decisions/ lists only the newest and each year gets a page of its own. */
export const LIST_ALL = 300;
export const NEWEST_LISTED = 100;

/** A list as a page shows it: all of it, or past LIST_ALL its newest NEWEST_LISTED (`ordered` is newest first). */
export function newest(ordered: Decision[]): { listed: Decision[]; truncated: boolean } {
  const truncated = ordered.length > LIST_ALL;
  return { listed: truncated ? ordered.slice(0, NEWEST_LISTED) : ordered, truncated };
}

/** A year's decisions (newest first) as its pages show them: one page up to LIST_ALL, past that pages of NEWEST_LISTED. */
export function pagesOf<T>(ordered: T[]): T[][] {
  if (ordered.length <= LIST_ALL) return [ordered];
  const pages: T[][] = [];
  for (let at = 0; at < ordered.length; at += NEWEST_LISTED) pages.push(ordered.slice(at, at + NEWEST_LISTED));
  return pages;
}

/**
 * What a decisions list page shows: one page of one year (the first unless `page` says), all
 * decisions, or the newest of many. `total` counts the year's decisions or all of them, `pages`
 * the year's pages.
 */
export function listing(
  all: Decision[],
  year?: number,
  page = 1,
): { listed: Decision[]; truncated: boolean; years: { year: number; count: number }[]; total: number; pages: number } {
  const groups = byYear(all);
  const years = groups.filter((g) => g.year > 0).map((g) => ({ year: g.year, count: g.decisions.length }));
  if (year !== undefined) {
    const whole = groups.find((g) => g.year === year)?.decisions ?? [];
    const pages = pagesOf(whole);
    return { listed: pages[page - 1] ?? [], truncated: false, years, total: whole.length, pages: pages.length };
  }
  return { ...newest(groups.flatMap((g) => g.decisions)), years, total: all.length, pages: 1 };
}

// The search page's filter options as the reader sees them: their order, their words with the
// count, whether one is shown, and how many are chosen. The browser's filters.ts puts them on the page.
import type { SearchState } from "./url-state";

/** A filter's values in the order they are offered: years newest first, GDPR articles by number, the rest alphabetically (Norwegian order). */
export function optionOrder(name: string, values: readonly string[]): string[] {
  const number = (v: string) => Number(v.replace(/\D/g, ""));
  return [...values].sort((a, b) => (name === "year" ? b.localeCompare(a) : name === "article" ? number(a) - number(b) : a.localeCompare(b, "nb")));
}

/** An option's words with its count: a GDPR article shortened ("Art. 6 (12)"), as they sit in a compact grid. */
export function optionText(name: string, value: string, count: number): string {
  return name === "article" ? `${value.replace(/^Article /, "Art. ")} (${count})` : ` ${value} (${count})`;
}

/** An option is shown when it has results, is chosen, or has the focus (so that a box the reader just cleared stays where it is). */
export const optionShown = (count: number, checked: boolean, focused: boolean): boolean => count > 0 || checked || focused;

/** How many filter values are chosen, for the drawer's summary ("Filters (2)"). */
export const chosenCount = (filters: SearchState["filters"]): number => Object.values(filters).reduce((n, v) => n + (v?.length ?? 0), 0);

// Dates of decisions, which are not always known to the day: "2021-12-13", "2021-12" or "2022".
// A date is only as precise as its source; these helpers sort, group and print such dates
// without pretending to more precision than they have.
import { formatDate } from "../dates.ts";

/** Whether the date is known to the day. */
export const isFullDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export const dateYear = (value: string) => Number(value.slice(0, 4));

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "13 December 2021", "December 2021", "2022". */
export function formatPartialDate(value: string): string {
  if (isFullDate(value)) return formatDate(value);
  if (value.length === 7) return MONTH.format(new Date(`${value}-01T00:00:00Z`));
  return value;
}

/** "13 Dec 2021" for tables, or the partial form. */
export function formatShortDate(value: string): string {
  if (!isFullDate(value)) return formatPartialDate(value);
  return SHORT.format(new Date(`${value}T00:00:00Z`));
}

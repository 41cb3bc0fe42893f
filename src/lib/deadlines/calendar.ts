// Calendar dates written YYYY-MM-DD, with the arithmetic the deadline calculators need. Dates are
// calendar days, not moments, so all arithmetic is done in UTC and no time zone can shift a day.
// Input is checked here, with messages a reader understands (never "Invalid Date").

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_MS = 86_400_000;

/** The range the calculators accept: wider than any deadline under the GDPR needs. */
export const YEARS = { from: 2000, to: 2100 };

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Checks the numbers of a date and explains what is wrong with them. */
export function checkDateParts(year: number, month: number, day: number, written: string): Checked<string> {
  if (year < YEARS.from || year > YEARS.to)
    return { ok: false, message: `Enter a date between ${YEARS.from} and ${YEARS.to}; “${written}” is outside that range.` };
  if (month < 1 || month > 12) return { ok: false, message: `“${written}” is not a date: there is no month ${month}.` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, message: `“${written}” is not a date: ${MONTHS[month - 1]} ${year} has ${last} days.` };
  return { ok: true, value: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

/** Reads "2025-04-02"; anything else gets a message that says what to enter. */
export function parseDate(input: string | null | undefined, what = "the date"): Checked<string> {
  const text = (input ?? "").trim();
  if (!text) return { ok: false, message: `Enter ${what}.` };
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { ok: false, message: `Enter ${what} as year-month-day, for example 2025-04-02; “${text}” is not in that form.` };
  return checkDateParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
}

const toUtc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  return fromUtc(toUtc(iso) + days * DAY_MS);
}

/** The same date `years` later; 29 February becomes 28 February in a year without it. */
export function addYears(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${iso.slice(5, 8)}${String(day).padStart(2, "0")}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(iso: string): number {
  return new Date(toUtc(iso)).getUTCDay();
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Wednesday 23 April 2025". */
export function formatDay(iso: string): string {
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  return `${WEEKDAYS[weekday(iso)]} ${d} ${MONTHS[m - 1]} ${y}`;
}

export { MONTHS, WEEKDAYS };

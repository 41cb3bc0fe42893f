// Clock times in Norway (Europe/Oslo) and the moments they stand for. The time-zone rules come from
// the platform's time-zone database, read through @date-fns/tz; nothing here knows when summer time
// starts. A local time can stand for no moment (the hour skipped in March) or for two (the hour
// repeated in October); callers get all of them and decide what to tell the reader.
import { tzOffset } from "@date-fns/tz";
import { type Checked, checkDateParts, formatDay } from "./calendar";

export const ZONE = "Europe/Oslo";
const DAY_MS = 86_400_000;

export interface LocalDateTime {
  /** The calendar date, YYYY-MM-DD. */
  date: string;
  hour: number;
  minute: number;
}

/** Reads "2025-03-28T10:00" (what an <input type="datetime-local"> gives; seconds are ignored). */
export function parseLocalDateTime(input: string | null | undefined, what = "the date and time"): Checked<LocalDateTime> {
  const text = (input ?? "").trim();
  if (!text) return { ok: false, message: `Enter ${what}.` };
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(text);
  if (!m) return { ok: false, message: `Enter ${what} as year-month-day and hours:minutes, for example 2025-03-28T10:00; “${text}” is not in that form.` };
  const date = checkDateParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  if (!date.ok) return date;
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return { ok: false, message: `“${text}” is not a time of day: use hours 00–23 and minutes 00–59.` };
  return { ok: true, value: { date: date.value, hour, minute } };
}

/** Offset from UTC in minutes in Norway at a moment: 60 in winter, 120 in summer. */
export function osloOffset(moment: Date): number {
  return tzOffset(ZONE, moment);
}

/** The moments a Norwegian clock time stands for: none, one, or two (earliest first). */
export function osloMoments(local: LocalDateTime): Date[] {
  const wall = Date.UTC(Number(local.date.slice(0, 4)), Number(local.date.slice(5, 7)) - 1, Number(local.date.slice(8, 10)), local.hour, local.minute);
  const offsets = new Set([osloOffset(new Date(wall - DAY_MS)), osloOffset(new Date(wall + DAY_MS))]);
  const moments: Date[] = [];
  for (const offset of offsets) {
    const moment = new Date(wall - offset * 60_000);
    if (osloOffset(moment) === offset) moments.push(moment);
  }
  return moments.sort((a, b) => a.getTime() - b.getTime());
}

const two = (n: number) => String(n).padStart(2, "0");

/** The Norwegian clock time of a moment. */
export function toOslo(moment: Date): LocalDateTime {
  const shifted = new Date(moment.getTime() + osloOffset(moment) * 60_000);
  return { date: shifted.toISOString().slice(0, 10), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() };
}

/** "UTC+02:00, summer time". */
export function offsetLabel(moment: Date): string {
  const offset = osloOffset(moment);
  const sign = offset < 0 ? "−" : "+";
  const abs = Math.abs(offset);
  const name = offset === 120 ? "summer time" : offset === 60 ? "winter time" : "local time";
  return `UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}, ${name}`;
}

/** "Monday 31 March 2025 at 11:00". */
export function formatLocal(local: LocalDateTime): string {
  return `${formatDay(local.date)} at ${two(local.hour)}:${two(local.minute)}`;
}

/** "Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)". */
export function formatOslo(moment: Date): string {
  return `${formatLocal(toOslo(moment))} (${offsetLabel(moment)})`;
}

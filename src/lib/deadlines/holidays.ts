// Norwegian days on which a deadline that is moved under domstolloven § 149 first subsection cannot
// end: Saturdays, "helgedager" and days the law treats as such.
//
// - Helligdager (helgedager) are listed in lov 24. februar 1995 nr. 12 om helligdager og
//   helligdagsfred § 2: ordinary Sundays, New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
//   and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day. Easter Sunday is
//   the first Sunday after the first full moon on or after 21 March, which is the Gregorian church
//   reckoning computed below; the others are counted from it as § 2 describes.
// - 1 and 17 May are "jamstelt med søndager" under lov om 1. og 17. mai som høgtidsdager § 1.
import { addDays, weekday } from "./calendar";

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The public holidays of a year that are not always Sundays, by date, with their names. */
export function holidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const out = new Map<string, string>([
    [`${year}-01-01`, "New Year's Day (nyttårsdag)"],
    [addDays(easter, -3), "Maundy Thursday (skjærtorsdag)"],
    [addDays(easter, -2), "Good Friday (langfredag)"],
    [easter, "Easter Sunday (første påskedag)"],
    [addDays(easter, 1), "Easter Monday (annen påskedag)"],
    [addDays(easter, 39), "Ascension Day (Kristi himmelfartsdag)"],
    [addDays(easter, 49), "Whit Sunday (første pinsedag)"],
    [addDays(easter, 50), "Whit Monday (annen pinsedag)"],
    [`${year}-12-25`, "Christmas Day (første juledag)"],
    [`${year}-12-26`, "Boxing Day (annen juledag)"],
  ]);
  // Set after the church holidays: when 17 May is also Ascension Day or Whit Monday, both are true.
  for (const [date, name] of [
    [`${year}-05-01`, "1 May, a public holiday (offentlig høytidsdag)"],
    [`${year}-05-17`, "17 May, Constitution Day (offentlig høytidsdag)"],
  ] as const) {
    out.set(date, out.has(date) ? `${out.get(date)} and ${name}` : name);
  }
  return out;
}

/** Why a deadline cannot end on this day under domstolloven § 149, or undefined for a working day. */
export function nonWorkingReason(iso: string): string | undefined {
  const holiday = holidays(Number(iso.slice(0, 4))).get(iso);
  if (holiday) return holiday;
  const day = weekday(iso);
  if (day === 6) return "a Saturday";
  if (day === 0) return "a Sunday";
  return undefined;
}

// Dates as the site prints them. Inputs are calendar dates (YYYY-MM-DD), so no time zone applies.
import type { Lang } from "./citation";

const formats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  nb: new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** "2018-07-20" → "20 July 2018" / "20. juli 2018". */
export function formatDate(iso: string, lang: Lang = "en"): string {
  return formats[lang].format(new Date(`${iso}T00:00:00Z`));
}

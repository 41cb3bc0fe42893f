// One table of interface strings per language (en.ts, nb.ts); plain objects, no framework.
import type { Lang } from "../lib/citation";
import { en, type UiStrings } from "./en";
import { nb } from "./nb";

export type { UiStrings };
const tables: Record<Lang, UiStrings> = { en, nb };

export function ui(lang: Lang): UiStrings {
  return tables[lang];
}

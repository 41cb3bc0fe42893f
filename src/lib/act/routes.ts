// The two roots of the Act on the site, one per language: /personal-data-act/ and /personopplysningsloven/.
import type { Lang } from "../citation";
import { paths } from "../urls";

export const actRoots = (["en", "nb"] as const).map((lang) => ({ lang, act: paths.actContents(lang).replaceAll("/", "") }));

export function langOfRoot(root: string): Lang {
  return actRoots.find((r) => r.act === root)!.lang;
}

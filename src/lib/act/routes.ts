// The two roots of the Act on the site, one per language: /personal-data-act/ and /personopplysningsloven/.
import { paths } from "../urls";
import { getAct } from "./load";

export const actRoots = (["en", "nb"] as const).map((lang) => ({ lang, act: paths.actContents(lang).replaceAll("/", "") }));

/** getStaticPaths for a page that exists once per language under [act]/. */
export async function perLanguage() {
  const act = await getAct();
  return actRoots.map(({ act: root, lang }) => ({ params: { act: root }, props: { act, lang } }));
}

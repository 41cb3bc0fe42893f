// A small registry of citation targets, for tests of what links and checks targets without reading
// content/: the Act's section 16 (letters a–f in the first of its five subsections), the Penal Code's
// section 205 (a–d), GDPR Article 33 (paragraphs 1–3, letters a–d in the third), one decision, two
// guides and two glossary terms. Read only.
import type { Registry } from "../../../src/lib/refs/registry";

export const smallRegistry: Registry = {
  statutes: new Map([
    ["pda", new Map([["16", { shape: [["a", "b", "c", "d", "e", "f"], [], [], [], []] }]])],
    ["penal", new Map([["205", { shape: [["a", "b", "c", "d"]] }]])],
  ]),
  gdpr: new Map([
    [
      33,
      new Map([
        [1, []],
        [2, []],
        [3, ["a", "b", "c", "d"]],
      ]),
    ],
  ]),
  decisions: new Map([["grindr-2021", "2021-12-13-grindr"]]),
  guides: new Set(["dpia", "recording-conversations"]),
  trees: new Set(),
  glossary: new Set(["ledd", "fodselsnummer"]),
};

// How targets read as link texts (refs/labels.ts) and what the reference previews hold (refs/previews.ts).
import { describe, expect, test } from "vitest";
import { labelOf } from "../../src/lib/refs/labels";
import { statuteSectionPreview } from "../../src/lib/refs/previews";
import { readRegistry } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { root } from "./helpers/act-files";
import { builtAct, builtStatutes } from "./helpers/built";

const reg = readRegistry(root);
const label = (t: string) => labelOf(parseTarget(t), reg, root);

describe("labels", () => {
  test("law is named by its citation, in each instrument's own name", () => {
    expect(label("pda:16(1)(c)")).toBe("Personal Data Act section 16 first subsection (c)");
    expect(label("penal:205")).toBe("Penal Code section 205");
    expect(label("arbeidsmiljoloven:9-1")).toBe("Working Environment Act section 9-1");
    expect(label("gdpr:33")).toBe("GDPR Article 33");
  });

  test("decisions, guides, trees and glossary terms by the title or term in their own file", () => {
    expect(label("decision:grindr-2021")).toBe("Grindr fined NOK 65 million for sharing user data with advertisers without valid consent");
    expect(label("guide:dpia")).toBe("Guide: Data protection impact assessments (DPIA)");
    expect(label("tree:breach-notification")).toBe("Decision tree: Must we notify Datatilsynet, and the people affected, of this breach?");
    expect(label("glossary:ledd")).toBe("Glossary: ledd");
  });

  test("a target without a file falls back to a readable name", () => {
    expect(label("guide:no-such-guide")).toBe("Guide: No such guide");
    expect(label("decision:nope-2020")).toBe("Decision nope-2020");
  });
});

describe("previews", () => {
  test("a section of the Act: both languages, a label and the text for every anchor", () => {
    const act = builtAct();
    const p = statuteSectionPreview(act.sections.find((s) => s.id === "16")!);
    expect(p.en!.title).toMatch(/^Personal Data Act section 16\. /);
    expect(p.nb!.places["subsection-1-c"][0]).toBe("personopplysningsloven § 16 første ledd bokstav c");
    expect(Object.keys(p.en!.places)).toEqual(Object.keys(p.nb!.places));
    expect(Object.keys(p)).toEqual(["en", "nb"]);
  }, 60_000);

  test("a Penal Code provision, in Norwegian, titled by its citation, long texts cut", () => {
    const code = builtStatutes().find((s) => s.key === "penal")!;
    const p = statuteSectionPreview(
      code.sections.find((s) => s.id === "205")!,
      { heading: false },
    );
    expect(p.nb!.title).toBe("straffeloven § 205");
    expect(p.nb!.places["subsection-1-a"][0]).toBe("straffeloven § 205 første ledd bokstav a");
    expect(p.nb!.places["subsection-1-a"][1]).toMatch(/ … a\. og ved bruk av teknisk hjelpemiddel/);
    expect(p.en).toBeUndefined();
    for (const [, text] of Object.values(p.nb!.places)) expect(text.length).toBeLessThanOrEqual(702);
  });

  test("a section of a regulation, with the regulation's own ordinals", () => {
    const camera = builtStatutes().find((s) => s.key === "kameraovervakingsforskriften")!;
    const p = statuteSectionPreview(camera.sections.find((s) => s.id === "6")!);
    expect(p.nb!.title).toBe("kameraovervåkingsforskriften § 6. Sletting av opptak gjort ved kameraovervåking");
    expect(p.nb!.places["subsection-2"][0]).toBe("kameraovervåkingsforskriften § 6 andre ledd");
    expect(p.en).toBeUndefined();
    expect(p.nb!.places["subsection-3-b"][1]).toContain("hvor den som er avbildet samtykker");
  }, 60_000);
});

// What the reference previews hold (lib/refs/previews.ts).
import { describe, expect, test } from "vitest";
import { statuteSectionPreview } from "../../src/lib/refs/previews";
import { builtAct, builtStatutes } from "./helpers/built";

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

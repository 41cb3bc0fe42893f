import { describe, expect, test } from "vitest";
import { statuteSectionPath } from "../../src/lib/refs/targets";
import { identifierInNorwegian, instrument, slugIn } from "../../src/lib/statute/instruments";
import { chapterHeading, dataPath, parallelPath, printProvenance, sectionJsonLd } from "../../src/lib/statute/page";
import { builtAct, builtStatutes } from "./helpers/built";

test("an instrument held in two languages has pages under each; every instrument has one data file", () => {
  expect(slugIn(instrument("pda"), "nb")).toBe("personopplysningsloven");
  expect(slugIn(instrument("pda"), "en")).toBe("personal-data-act");
  expect(slugIn(instrument("kameraovervakingsforskriften"), "nb")).toBe("kameraovervakingsforskriften");
  expect(slugIn(instrument("kameraovervakingsforskriften"), "en")).toBe("kameraovervakingsforskriften");
  expect(dataPath(instrument("pda"))).toBe("/data/act.json");
  expect(dataPath(instrument("penal"))).toBe("/data/penal-code.json");
  expect(dataPath(instrument("arbeidsmiljoloven"))).toBe("/data/arbeidsmiljoloven.json");
});

test("a section's address in each language comes from the registry's slugs, with no instrument of its own rule", () => {
  expect(statuteSectionPath("pda", "12a", "nb")).toBe("/personopplysningsloven/12a/");
  expect(statuteSectionPath("pda", "12a")).toBe("/personal-data-act/12a/");
  expect(statuteSectionPath("arbeidsmiljoloven", "9-1", "nb")).toBe("/arbeidsmiljoloven/9-1/");
  expect(statuteSectionPath("penal", "205", "nb")).toBe("/penal-code/205/");
  expect(parallelPath(instrument("pda"))).toBe("/personal-data-act/parallel/");
});

test("an amending instrument's identifier reads as Norwegian lawyers write it", () => {
  expect(identifierInNorwegian("LOV-2021-06-18-124")).toBe("lov 18. juni 2021 nr. 124");
  expect(identifierInNorwegian("FOR-2018-07-02-1107")).toBe("forskrift 2. juli 2018 nr. 1107");
  expect(identifierInNorwegian("LOV-1967-02-10")).toBe("lov 10. februar 1967");
  expect(identifierInNorwegian("lov/2024-12-13-76")).toBe("lov/2024-12-13-76");
});

describe("a section's JSON-LD is built the same way for every instrument", () => {
  const abs = (p: string) => `https://example.org${p}`;
  const act = builtAct();
  const camera = builtStatutes().find((s) => s.key === "kameraovervakingsforskriften")!;

  test("the Act in English: its translation of the Norwegian page, consolidated as the translation says", () => {
    const ld = sectionJsonLd(
      act,
      act.sections.find((s) => s.id === "16")!,
      "en",
      abs,
    );
    expect(ld.name).toMatch(/^Personal Data Act section 16: Exceptions/);
    expect(ld.alternateName).toBe("personopplysningsloven § 16");
    expect(ld.legislationType).toBe("Act");
    expect(ld.url).toBe("https://example.org/personal-data-act/16/");
    expect(ld.legislationDate).toBe("2018-06-15");
    expect(ld.legislationConsolidates).toBe("LOV-2021-06-18-124");
    expect(ld.isPartOf.url).toBe("https://example.org/personal-data-act/");
    expect((ld as Record<string, unknown>).translationOfWork).toEqual({
      "@type": "Legislation",
      inLanguage: "nb",
      url: "https://example.org/personopplysningsloven/16/",
    });
    expect(ld).not.toHaveProperty("workTranslation");
  });

  test("the Act in Norwegian: the work its English page translates", () => {
    const ld = sectionJsonLd(
      act,
      act.sections.find((s) => s.id === "16")!,
      "nb",
      abs,
    );
    expect(ld.legislationType).toBe("Lov");
    expect(ld.url).toBe("https://example.org/personopplysningsloven/16/");
    expect(ld.isPartOf.url).toBe("https://example.org/personopplysningsloven/");
    expect((ld as Record<string, unknown>).workTranslation).toEqual({
      "@type": "Legislation",
      inLanguage: "en",
      url: "https://example.org/personal-data-act/16/",
    });
    expect(ld).not.toHaveProperty("legislationConsolidates");
  });

  test("a regulation held in Norwegian only: no translation, part of its contents page on the site", () => {
    const ld = sectionJsonLd(
      camera,
      camera.sections.find((s) => s.id === "6")!,
      "nb",
      abs,
    );
    expect(ld.name).toBe("kameraovervåkingsforskriften § 6: Sletting av opptak gjort ved kameraovervåking");
    expect(ld.legislationType).toBe("Forskrift");
    expect(ld.legislationDate).toBe("2018-07-02");
    expect(ld.dateModified).toBe(camera.meta.textAsOf);
    expect(ld.isPartOf.url).toBe("https://example.org/kameraovervakingsforskriften/");
    expect(ld).not.toHaveProperty("translationOfWork");
    expect(ld).not.toHaveProperty("workTranslation");
  });
});

test("a printout of any instrument's text, a section or the whole, names the text's date and its source", () => {
  const act = builtAct();
  expect(printProvenance(act, "nb")).toEqual({ asOf: "2022-01-01", source: "LOV-2018-06-15-38, Lovdata (NLOD 2.0)." });
  expect(printProvenance(act, "en").asOf).toBe("2022-01-01");
  expect(printProvenance(act, "en").source).toMatch(/Ministry of Justice.* LOV-2018-06-15-38, Lovdata\.$/);
  const camera = builtStatutes().find((s) => s.key === "kameraovervakingsforskriften")!;
  expect(printProvenance(camera, "nb")).toEqual({ asOf: camera.meta.textAsOf, source: "FOR-2018-07-02-1107, Lovdata (NLOD 2.0)." });
});

test("a chapter's heading: numbered in the language asked for, or as printed", () => {
  const penal = builtStatutes().find((s) => s.key === "penal")!;
  expect(chapterHeading(penal.chapters[0], "nb")).toBe("Kapittel 21. Vern av informasjon og informasjonsutveksling");
  expect(chapterHeading(penal.chapters[0], "en")).toBe("Chapter 21. Protection of information and the exchange of information");
  const aml = builtStatutes().find((s) => s.key === "arbeidsmiljoloven")!;
  expect(chapterHeading(aml.chapters[0], "en")).toBe("Kapittel 9. Kontrolltiltak i virksomheten");
});

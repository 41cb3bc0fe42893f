// The registry of instruments (lib/statute/instruments.ts): keys, aliases, section forms, statute
// order and Lovdata links, checked against the identifiers in ../shared/sources/norwegian-identifiers.md.
import { describe, expect, test } from "vitest";
import {
  compareSections,
  instrument,
  instrumentByPrefix,
  INSTRUMENTS,
  isStatuteKey,
  lovdataDocument,
  lovdataSection,
  sectionFits,
  STATUTE_KEYS,
  TARGET_PREFIXES,
} from "../../src/lib/statute/instruments";

describe("the registry", () => {
  test("keys and slugs are unique, and every identifier is a Lovdata identifier", () => {
    expect(new Set(STATUTE_KEYS).size).toBe(INSTRUMENTS.length);
    expect(new Set(INSTRUMENTS.map((i) => i.slug)).size).toBe(INSTRUMENTS.length);
    for (const i of INSTRUMENTS) expect(i.identifier, i.key).toMatch(/^(LOV|FOR)-\d{4}-\d{2}-\d{2}(-\d+)?$/);
    for (const i of INSTRUMENTS) expect(i.identifier.startsWith(i.type === "lov" ? "LOV-" : "FOR-"), i.key).toBe(true);
  });

  test("keys and aliases are target prefixes; an alias names its instrument", () => {
    expect(TARGET_PREFIXES).toContain("straffeloven");
    expect(instrumentByPrefix("straffeloven")?.key).toBe("penal");
    expect(instrumentByPrefix("arbeidsmiljoloven")?.identifier).toBe("LOV-2005-06-17-62");
    expect(instrumentByPrefix("nowhere")).toBeUndefined();
    expect(isStatuteKey("kameraovervakingsforskriften")).toBe(true);
    expect(isStatuteKey("straffeloven")).toBe(false);
  });

  test("an unknown key is a programming error that lists the known ones", () => {
    expect(() => instrument("helseregisterloven")).toThrow(/unknown instrument "helseregisterloven" \(known: pda, penal, /);
  });

  test("each instrument's own ordinal for the second ledd", () => {
    expect(instrument("pda").second).toBe("annet");
    expect(instrument("kameraovervakingsforskriften").second).toBe("andre");
  });
});

describe("section ids", () => {
  test("take the instrument's form: by chapter (9-1) or running (12a)", () => {
    const aml = instrument("arbeidsmiljoloven");
    const pda = instrument("pda");
    expect(sectionFits(aml, "9-1")).toBe(true);
    expect(sectionFits(aml, "9")).toBe(false);
    expect(sectionFits(pda, "12a")).toBe(true);
    expect(sectionFits(pda, "9-1")).toBe(false);
  });

  test("sort in statute order, not as strings", () => {
    expect(["10-1", "9-10", "9-2", "9-1"].sort(compareSections)).toEqual(["9-1", "9-2", "9-10", "10-1"]);
    expect(["13", "12a", "2", "12"].sort(compareSections)).toEqual(["2", "12", "12a", "13"]);
    expect(["3-15", "18-1", "2-7b", "2-7"].sort(compareSections)).toEqual(["2-7", "2-7b", "3-15", "18-1"]);
  });
});

describe("Lovdata links", () => {
  test("the whole instrument: an Act under NL, a regulation under SF", () => {
    expect(lovdataDocument(instrument("penal"))).toBe("https://lovdata.no/dokument/NL/lov/2005-05-20-28");
    expect(lovdataDocument(instrument("kameraovervakingsforskriften"))).toBe("https://lovdata.no/dokument/SF/forskrift/2018-07-02-1107");
  });

  test("one section, by its id as in the URL", () => {
    expect(lovdataSection(instrument("penal"), "267a")).toBe("https://lovdata.no/lov/2005-05-20-28/§267a");
    expect(lovdataSection(instrument("epostforskriften"), "4")).toBe("https://lovdata.no/forskrift/2018-07-02-1108/§4");
  });
});

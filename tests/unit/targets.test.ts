import { describe, expect, test } from "vitest";
import { formatTarget, parseTarget, targetLabel, targetPath } from "../../src/lib/refs/targets";

describe("citation targets", () => {
  test.each([
    ["pda:16(1)(c)", { kind: "pda", section: "16", subsection: 1, letter: "c" }, "/personal-data-act/16/#subsection-1-c"],
    ["pda:12a", { kind: "pda", section: "12a" }, "/personal-data-act/12a/"],
    ["penal:267a(2)", { kind: "penal", section: "267a", subsection: 2 }, "/penal-code/267a/#subsection-2"],
    ["gdpr:9(2)(a)", { kind: "gdpr", article: 9, paragraph: 2, point: "a" }, "/gdpr/article-9/#paragraph-2-a"],
    ["gdpr:33", { kind: "gdpr", article: 33 }, "/gdpr/article-33/"],
    ["guide:recording-conversations", { kind: "guide", slug: "recording-conversations" }, "/guides/recording-conversations/"],
    ["tree:breach-notification", { kind: "tree", slug: "breach-notification" }, "/tools/breach-notification/"],
    ["glossary:fodselsnummer", { kind: "glossary", term: "fodselsnummer" }, "/glossary/#fodselsnummer"],
    [
      "kameraovervakingsforskriften:6(1)",
      { kind: "kameraovervakingsforskriften", section: "6", subsection: 1 },
      "/kameraovervakingsforskriften/6/#subsection-1",
    ],
    ["epostforskriften:4(2)", { kind: "epostforskriften", section: "4", subsection: 2 }, "/epostforskriften/4/#subsection-2"],
    [
      "personopplysningsforskriften:5(1)",
      { kind: "personopplysningsforskriften", section: "5", subsection: 1 },
      "/personopplysningsforskriften/5/#subsection-1",
    ],
    ["overgangsregler-personopplysninger:1", { kind: "overgangsregler-personopplysninger", section: "1" }, "/overgangsregler-personopplysninger/1/"],
    ["arbeidsmiljoloven:9-1(1)", { kind: "arbeidsmiljoloven", section: "9-1", subsection: 1 }, "/arbeidsmiljoloven/9-1/#subsection-1"],
    ["ekomloven:3-15(2)(a)", { kind: "ekomloven", section: "3-15", subsection: 2, letter: "a" }, "/ekomloven/3-15/#subsection-2-a"],
    ["andsverkloven:104(1)(c)", { kind: "andsverkloven", section: "104", subsection: 1, letter: "c" }, "/andsverkloven/104/#subsection-1-c"],
    ["forvaltningsloven:29(1)", { kind: "forvaltningsloven", section: "29", subsection: 1 }, "/forvaltningsloven/29/#subsection-1"],
  ])("%s", (text, target, path) => {
    const parsed = parseTarget(text);
    expect(parsed).toEqual(Object.fromEntries(Object.entries(target)));
    expect(formatTarget(parsed)).toBe(text);
    expect(targetPath(parsed)).toBe(path);
  });

  test("decisions resolve through their slug", () => {
    const t = parseTarget("decision:grindr-2021");
    expect(targetPath(t, (id) => (id === "grindr-2021" ? "2021-12-13-grindr" : undefined))).toBe("/decisions/2021-12-13-grindr/");
    expect(() => targetPath(t)).toThrow(/no decision with the id "grindr-2021"/);
  });

  test("straffeloven: is another name for penal:", () => {
    expect(parseTarget("straffeloven:205")).toEqual(parseTarget("penal:205"));
    expect(formatTarget(parseTarget("straffeloven:267a(2)"))).toBe("penal:267a(2)");
  });

  test("section numbers must have the instrument's form", () => {
    expect(() => parseTarget("arbeidsmiljoloven:9")).toThrow(/numbers its sections by chapter, like "9-1"/);
    expect(() => parseTarget("pda:9-1")).toThrow(/numbers its sections like "16" or "12a"/);
    expect(() => parseTarget("nolaw:9")).toThrow(/unknown kind "nolaw" \(pda, penal, straffeloven, personopplysningsforskriften/);
  });

  test("labels of the other instruments use their own names and ordinals", () => {
    expect(targetLabel(parseTarget("kameraovervakingsforskriften:6(2)"), "nb")).toBe("kameraovervåkingsforskriften § 6 andre ledd");
    expect(targetLabel(parseTarget("personopplysningsforskriften:5(2)"), "nb")).toBe("personopplysningsforskriften § 5 annet ledd");
    expect(targetLabel(parseTarget("arbeidsmiljoloven:9-1(1)"))).toBe("Working Environment Act section 9-1 first subsection");
    expect(targetLabel(parseTarget("andsverkloven:104(1)(c)"), "nb")).toBe("åndsverkloven § 104 første ledd bokstav c");
  });

  test("labels", () => {
    expect(targetLabel(parseTarget("pda:16(1)(c)"))).toBe("Personal Data Act section 16 first subsection (c)");
    expect(targetLabel(parseTarget("gdpr:9(2)(a)"))).toBe("GDPR Article 9(2)(a)");
    expect(targetLabel(parseTarget("gdpr:6(1)(a)"), "nb")).toBe("personvernforordningen artikkel 6 nr. 1 bokstav a");
    expect(targetLabel(parseTarget("penal:205"))).toBe("Penal Code section 205");
  });

  test.each(["16", "pda:", "pda:16 (1)", "gdpr:100", "gdpr:0", "decision:Grindr 2021", "law:16", "pda:16(c)"])("rejects %s", (text) => {
    expect(() => parseTarget(text)).toThrow(/is not a citation target/);
  });
});

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

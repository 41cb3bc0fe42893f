import { describe, expect, test } from "vitest";
import { missing, readRegistry, statuteSections } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { root } from "./helpers/act-files";

describe("the registry of what exists, read from content/", () => {
  const reg = readRegistry(root);

  test("knows every section of the Act and its subsections and letters", () => {
    const act = statuteSections(reg, "pda");
    expect(act.size).toBe(35);
    expect(act.get("16")!.shape[0]).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(act.get("12a")!.shape).toHaveLength(2);
  });

  test("knows the numbered chapters of every instrument whose facts title them, and the GDPR's", () => {
    expect([...reg.chapters!.pda!]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...reg.chapters!.penal!]).toEqual([21, 23, 24, 26]);
    expect(reg.chapters!.arbeidsmiljoloven!.size).toBe(0);
    expect(reg.chapters!.gdpr!.size).toBe(11);
  });

  test.each(["pda:16", "pda:16(1)(f)", "pda:12a(2)", "pda:34(1)", "gdpr:33"])("%s exists", (t) => {
    expect(missing(parseTarget(t), reg)).toBeUndefined();
  });

  test.each([
    ["pda:35", "no such section"],
    ["pda:16(6)", "has 5 subsection(s)"],
    ["pda:16(2)(a)", "no letter a"],
  ])("%s does not", (t, why) => {
    expect(missing(parseTarget(t), reg)).toContain(why);
  });
});

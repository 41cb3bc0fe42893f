// How a target in a "see" or "cites" list reads as a link and where it leads (src/lib/content/see-labels.ts).
import { expect, test } from "vitest";
import { seeLabel, targetHref } from "../../src/lib/content/see-labels";
import { registry } from "../../src/lib/refs/registry";

test("statute places read as citations and lead to their anchors", () => {
  expect(seeLabel("pda:16(1)(c)")).toBe("Personal Data Act section 16 first subsection (c)");
  expect(targetHref("pda:16(1)(c)")).toBe("/personal-data-act/16/#subsection-1-c");
  expect(seeLabel("gdpr:33(1)")).toBe("GDPR Article 33(1)");
  expect(targetHref("gdpr:33(1)")).toBe("/gdpr/article-33/#paragraph-1");
  expect(seeLabel("kameraovervakingsforskriften:6(1)")).toBe("Workplace Camera Surveillance Regulations section 6 first subsection");
  expect(targetHref("kameraovervakingsforskriften:6(1)")).toBe("/kameraovervakingsforskriften/6/#subsection-1");
  expect([seeLabel("gdpr-recital:71"), targetHref("gdpr-recital:71")]).toEqual(["GDPR recital 71", "/gdpr/recital-71/"]);
});

test("a decision by its page's title at its dated address; guides and glossary terms say what they are", () => {
  const slug = registry().decisions.get("grindr-2021");
  expect(targetHref("decision:grindr-2021")).toBe(`/decisions/${slug}/`);
  expect(seeLabel("decision:grindr-2021")).toMatch(/Grindr/);
  expect(seeLabel("guide:dpia")).toMatch(/^Guide: /);
  expect([seeLabel("glossary:samtykke"), targetHref("glossary:samtykke")]).toEqual(["Glossary: samtykke", "/glossary/#samtykke"]);
});

test("a malformed target is an error, not a link", () => {
  expect(() => seeLabel("gdpr:")).toThrow();
});

// How targets read as link texts (lib/refs/labels.ts).
import { describe, expect, test } from "vitest";
import { labelOf } from "../../src/lib/refs/labels";
import { readRegistry } from "../../src/lib/refs/registry";
import { parseTarget } from "../../src/lib/refs/targets";
import { root } from "./helpers/act-files";

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

// The corrected paths through the decision trees (legal-accuracy audit 2026-11, issue #16): for each,
// the outcome reached, its verdict and tone, and the provisions it and its checklist cite. The trees
// are read from content/trees as the build reads them (schema first).
import { describe, expect, test } from "vitest";
import { reach, readTree } from "./helpers/tree-paths";

describe("recording a conversation (T5): a closed meeting one got into without right", () => {
  test("taking part in a closed meeting one got into without right: no", () => {
    const r = reach("record-a-conversation", { "who-records": "private", "taking-part": "yes", "closed-meeting": "yes" });
    expect(r.id).toBe("closed-meeting-without-right");
    expect(r.node.tone).toBe("no");
    expect(r.cites).toContain("penal:205(1)(a)");
    expect(r.node.explanation).toMatch(/uberettiget har skaffet seg tilgang til/);
  });
  test("taking part with right: yes, the Penal Code does not forbid it", () => {
    const r = reach("record-a-conversation", { "who-records": "private", "taking-part": "yes", "closed-meeting": "no" });
    expect(r.id).toBe("own-conversation");
    expect(r.node.tone).toBe("yes");
    expect(r.stepCites).toContain("penal:205(1)(a)");
  });
});

describe("data protection officer (T1, T6): Article 37(1)(c) as corrected reads 'or'", () => {
  test("large-scale core processing of only one of the two kinds: a DPO is required", () => {
    const r = reach("dpo-required", { organisation: "private", monitoring: "no", "special-categories": "yes" });
    expect(r.id).toBe("required-core-activities");
    expect(r.node.tone).toBe("yes");
    expect(r.all).toContain("gdpr:37(1)(c)");
    expect(r.node.explanation).toMatch(/corrigendum/);
  });
  test("no outcome says a single kind only 'possibly' needs a DPO, and the help text says 'or'", () => {
    const tree = readTree("dpo-required");
    expect(Object.keys(tree.nodes)).not.toContain("one-kind");
    const q = tree.nodes["special-categories"];
    expect(q.kind === "question" && q.help).toMatch(/reads "or"/);
  });
  test("the help no longer attributes the private-entity reading to a secondary source (T6)", () => {
    const q = readTree("dpo-required").nodes.organisation;
    expect(q.kind === "question" && q.help).not.toMatch(/DataGuidance[^.]*private entity/);
  });
});

describe("transfers (T4): Article 49(3) and informing the authority under Article 49(1)", () => {
  test("no route: the last resort is closed to public authorities, and informing the authority is Article 49(1)", () => {
    const r = reach("transfers-outside-eea", { where: "other", adequacy: "no", safeguards: "none", derogation: "no" });
    expect(r.id).toBe("no-transfer");
    expect(r.all).toContain("gdpr:49(3)");
    const inform = r.node.checklist!.find((s) => /inform Datatilsynet/.test(s.step))!;
    expect(inform.cites).toContain("gdpr:49(1)");
    expect(r.node.explanation).toMatch(/cannot use it\s+\(Article 49\(3\)\)/);
  });
  test("a derogation fits: Article 49(3) also excludes the compelling-interests route", () => {
    const r = reach("transfers-outside-eea", { where: "other", adequacy: "no", safeguards: "none", derogation: "yes" });
    expect(r.id).toBe("derogation-fits");
    expect(r.node.explanation).toMatch(/compelling legitimate interests \(Article 49\(3\)\)/);
  });
});

describe("DPIA (T7) and scope (T8)", () => {
  test("a DPIA is required, and the overturned Oslo University Hospital order is no longer given as an example", () => {
    const r = reach("dpia-required", { "on-the-list": "yes" });
    expect(r.id).toBe("required");
    expect(r.all).not.toContain("decision:ous-labs-2021");
    expect(r.node.explanation).not.toMatch(/Oslo University Hospital/);
    expect(r.stepCites).toEqual(expect.arrayContaining(["gdpr:35(1)", "gdpr:35(7)", "gdpr:36(1)"]));
  });
  test("journalism: the answer says the Act must reach you under section 4 first", () => {
    const r = reach("does-the-act-apply", { "personal-data": "yes", automated: "yes", household: "no", justice: "no", expression: "yes" });
    expect(r.id).toBe("expression-partly");
    expect(r.node.checklist![0].cites).toEqual(["pda:4"]);
  });
});

describe("breach notification: every notifying outcome works out the deadline and starts with Article 33(1)", () => {
  test.each([
    ["notify-authority-only", { "is-breach": "yes", role: "controller", risk: "risk", "high-risk": "no" }],
    ["notify-both", { "is-breach": "yes", role: "controller", risk: "risk", "high-risk": "yes", exception: "none", secrecy: "no" }],
    ["notify-authority-secrecy", { "is-breach": "yes", role: "controller", risk: "risk", "high-risk": "yes", exception: "none", secrecy: "yes" }],
  ])("%s", (id, answers) => {
    const r = reach("breach-notification", answers);
    expect(r.id).toBe(id);
    expect(r.node.deadline).toBe("breach");
    expect(r.node.checklist![0].cites).toContain("gdpr:33(1)");
    expect(r.node.checklist![0].step).toMatch(/72 hours/);
  });
});

// The corrected paths through the trees that apply the regulations and Acts added for issue #16 (the
// camera and e-mail regulations, arbeidsmiljøloven chapter 9, åndsverkloven § 104): for each,
// the outcome reached, its verdict and tone, and the provisions it and its checklist cite. The trees
// are read from content/trees as the build reads them (schema first).
import { describe, expect, test } from "vitest";
import { reach } from "./helpers/tree-paths";

describe("workplace camera surveillance (T2): the camera regulation and arbeidsmiljøloven chapter 9", () => {
  const base = { "real-or-fake": "real", fixed: "yes" };

  test("own premises: a checklist with the § 9-1 test, discussion and information (§ 9-2), signs (§ 4), disclosure (§ 5), deletion within a week and its exceptions (§ 6)", () => {
    const r = reach("workplace-camera-surveillance", { ...base, purpose: "crime", "staff-rooms": "no", "public-area": "no" });
    expect(r.id).toBe("own-premises");
    expect(r.node.tone).toBe("depends");
    for (const c of [
      "arbeidsmiljoloven:9-1(1)",
      "arbeidsmiljoloven:9-2(1)",
      "arbeidsmiljoloven:9-2(2)",
      "arbeidsmiljoloven:9-2(3)",
      "kameraovervakingsforskriften:4",
      "kameraovervakingsforskriften:5",
      "kameraovervakingsforskriften:6(1)",
      "kameraovervakingsforskriften:6(2)",
      "kameraovervakingsforskriften:6(3)",
      "kameraovervakingsforskriften:6(4)",
    ]) {
      expect(r.stepCites, c).toContain(c);
    }
    expect(r.text).toMatch(/within one week/);
    expect(r.text).toMatch(/30 days/);
    expect(r.text).toMatch(/three months/);
  });

  test("rooms a limited group uses regularly: § 3 of the regulation is the first step", () => {
    const r = reach("workplace-camera-surveillance", { ...base, purpose: "safety", "staff-rooms": "yes" });
    expect(r.id).toBe("staff-areas");
    expect(r.node.checklist![0].cites).toEqual(["kameraovervakingsforskriften:3"]);
    expect(r.stepCites).toContain("kameraovervakingsforskriften:6(1)");
  });

  test("watching how employees work: the saklig grunn test is attributed to arbeidsmiljøloven § 9-1, not to the regulation or a secondary source", () => {
    const r = reach("workplace-camera-surveillance", { ...base, purpose: "work" });
    expect(r.id).toBe("work-monitoring");
    expect(r.node.tone).toBe("no");
    expect(r.cites).toContain("arbeidsmiljoloven:9-1(1)");
    expect(r.node.checklist![0].cites).toContain("arbeidsmiljoloven:9-1(1)");
    expect(r.text).not.toMatch(/DataGuidance/);
    // Basaren (D7): the restaurant's cameras covered its premises, staff and guests alike.
    expect(r.node.explanation).toMatch(/guests/);
  });

  test("cameras beyond the premises: signs, deletion and disclosure still apply", () => {
    const r = reach("workplace-camera-surveillance", { ...base, purpose: "crime", "staff-rooms": "no", "public-area": "yes" });
    expect(r.id).toBe("beyond-premises");
    expect(r.stepCites).toEqual(
      expect.arrayContaining(["gdpr:35(3)(c)", "kameraovervakingsforskriften:4", "kameraovervakingsforskriften:5", "kameraovervakingsforskriften:6(1)"]),
    );
  });

  test("fake cameras: section 31 and § 1 of the regulation", () => {
    const r = reach("workplace-camera-surveillance", { "real-or-fake": "fake" });
    expect(r.all).toContain("pda:31(1)");
    expect(r.all).toContain("kameraovervakingsforskriften:1(2)");
  });
});

describe("publishing a photo (T3): the consent rule of åndsverkloven § 104", () => {
  const base = { offensive: "no", audience: "publish", purpose: "no", "private-life": "no" };
  test("no consent and no exception: no", () => {
    const r = reach("publish-a-recording", { ...base, consent: "no", exception: "no" });
    expect(r.id).toBe("publish-no-consent");
    expect(r.node.tone).toBe("no");
    expect(r.cites).toContain("andsverkloven:104");
    expect(r.node.explanation).toMatch(/15\s+years/);
  });
  test("consent: yes, within what was agreed", () => {
    const r = reach("publish-a-recording", { ...base, consent: "yes" });
    expect(r.id).toBe("publish-with-consent");
    expect(r.node.tone).toBe("yes");
    expect(r.all).toContain("andsverkloven:104");
  });
  test("an exception fits: possibly, citing the exceptions", () => {
    const r = reach("publish-a-recording", { ...base, consent: "no", exception: "yes" });
    expect(r.id).toBe("publish-ordinary");
    expect(r.all).toContain("andsverkloven:104(1)");
  });
  test("private life and journalism both name § 104", () => {
    expect(reach("publish-a-recording", { ...base, "private-life": "yes" }).all).toContain("andsverkloven:104");
    expect(reach("publish-a-recording", { offensive: "no", audience: "publish", purpose: "yes" }).all).toContain("andsverkloven:104(1)(a)");
  });
});

describe("employer e-mail (G6): the e-mail regulation, including closing the mailbox (§ 4)", () => {
  test("someone leaving: close the mailbox, keep it open only briefly for a special need, delete what is not needed", () => {
    const r = reach("employer-email-access", { what: "departed" });
    expect(r.id).toBe("close-mailbox");
    expect(r.node.checklist![0].cites).toEqual(["epostforskriften:4(1)"]);
    expect(r.stepCites).toContain("epostforskriften:4(2)");
    expect(r.node.checklist![0].step).toMatch(/short period/);
  });
  test("access for day-to-day running, with notice: the procedure of § 3", () => {
    const r = reach("employer-email-access", { what: "open", why: "operations", notice: "yes" });
    expect(r.id).toBe("access-with-notice");
    expect(r.stepCites).toEqual(expect.arrayContaining(["epostforskriften:3(1)", "epostforskriften:3(2)", "epostforskriften:3(3)", "epostforskriften:3(7)"]));
  });
  test("access without notice: a written account afterwards (§ 3 fourth subsection)", () => {
    const r = reach("employer-email-access", { what: "open", why: "suspicion", notice: "no" });
    expect(r.id).toBe("access-without-notice");
    expect(r.stepCites).toContain("epostforskriften:3(4)");
  });
  test("no ground: no access, and monitoring only for the network or security breaches", () => {
    expect(reach("employer-email-access", { what: "open", why: "other" }).node.tone).toBe("no");
    const monitor = reach("employer-email-access", { what: "monitor", "monitor-purpose": "no" });
    expect(monitor.id).toBe("no-monitoring");
    expect(monitor.cites).toContain("epostforskriften:2(2)");
  });
});

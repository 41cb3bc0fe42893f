// A guide or Penal Code provision that cites something that does not exist must fail the real
// build, naming the file, the field or link, and the value.
import { afterAll, describe, expect, test } from "vitest";
import { buildWith, cleanUp } from "./helpers/build";

afterAll(cleanUp);

describe("the build rejects citations of what does not exist", { timeout: 120_000 }, () => {
  test("a section in a guide's frontmatter list", () => {
    const { status, output } = buildWith("content/guides/dpia.mdx", (t) => t.replace("  - pda:14\n", "  - pda:14\n  - pda:35\n"));
    expect(status).not.toBe(0);
    expect(output).toContain('content/guides/dpia.mdx: field "cites.4" = "pda:35": pda:35: no such section');
  });

  test("a decision linked in a guide's body", () => {
    const { status, output } = buildWith("content/guides/transfers.mdx", (t) => t.replace("(decision:ferde-2021)", "(decision:ferde-2099)"));
    expect(status).not.toBe(0);
    expect(output).toMatch(/transfers\.mdx: broken reference decision:ferde-2099: no decision with this id/);
  });

  test("a letter in a Penal Code provision's explanation", () => {
    const { status, output } = buildWith("content/penal-code/204.mdx", (t) => t.replace("[Article 33](gdpr:33)", "[section 205 (e)](penal:205(1)(e))"));
    expect(status).not.toBe(0);
    expect(output).toContain("content/penal-code/204.mdx, field relation: broken reference penal:205(1)(e): no letter e in that subsection");
  });
});

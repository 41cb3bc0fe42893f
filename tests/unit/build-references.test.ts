// A reference the cross-reference engine recognises but that points nowhere fails the real build,
// naming the file and the words.
import { describe, expect, test } from "vitest";
import { buildWith } from "./helpers/build";

describe("the build rejects references to places that do not exist", { timeout: 120_000 }, () => {
  test("in statute text", () => {
    const { status, output } = buildWith("content/act/en/10.mdx", (t) => t.replace("section 9 second subsection", "section 9 fifth subsection"));
    expect(status).not.toBe(0);
    expect(output).toContain('content/act/en/10.mdx: the reference "section 9 fifth subsection" points nowhere: pda:9(5): section 9 has 3 subsection(s)');
  });

  test("in a decision summary", () => {
    const { status, output } = buildWith("content/decisions/2021-12-13-grindr.mdx", (t) => `${t}\nThe authority also relied on section 35.\n`);
    expect(status).not.toBe(0);
    expect(output).toContain('content/decisions/2021-12-13-grindr.mdx: the reference "section 35" points nowhere: pda:35: no such section');
  });
});

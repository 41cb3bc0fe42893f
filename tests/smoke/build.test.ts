// Two real builds of a small broken copy of the site (tests/smoke/build.ts), proving that the build runs the checks that
// tests/unit/build-errors.test.ts exercises in-process: a malformed content file and a reference
// to a place that does not exist each stop `astro build`, naming the file, the field and the value.
import { afterAll, describe, test } from "vitest";
import { buildWith, cleanUp } from "./build";

// Removing the copies (each with a node_modules of links) can take longer than the default 10 s on a loaded machine.
afterAll(cleanUp, 120_000);

// The two builds run side by side (the machine has two cores; each build is one process).
describe.concurrent("the real build stops on bad content", { timeout: 180_000 }, () => {
  test("a malformed field: the message names the file, the field and the value", async ({ expect }) => {
    const { status, output } = await buildWith("content/statutes/pda/5.mdx", (t) => t.replace("chapter: 3", "chapter: 3.5"));
    expect(status).not.toBe(0);
    expect(output).toContain("Invalid content in content/statutes/pda/5.mdx");
    expect(output).toContain(`field "chapter" = 3.5: expected a chapter number or the chapter's heading as printed, got 3.5`);
  });

  test("a reference in statute text that points nowhere: the message names the file and the words", async ({ expect }) => {
    const { status, output } = await buildWith("content/statutes/pda/en/10.mdx", (t) => t.replace("section 9 second subsection", "section 9 fifth subsection"));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/statutes/pda/en/10.mdx: the reference "section 9 fifth subsection" points nowhere: pda:9(5): section 9 has 3 subsection(s)',
    );
  });
});

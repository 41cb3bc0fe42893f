// Lists of citation targets in frontmatter (src/lib/content/check-targets.ts): each must parse and exist.
import { expect, test } from "vitest";
import { checkTargets } from "../../src/lib/content/check-targets";
import { fullRegistry } from "./helpers/content";

const reg = fullRegistry();

test("targets that exist come back parsed, in order", () => {
  expect(checkTargets("content/guides/x.mdx", "see", ["pda:16(1)(c)", "gdpr:33"], reg).map((t) => t.kind)).toEqual(["pda", "gdpr"]);
  expect(checkTargets("content/guides/x.mdx", "see", [], reg)).toEqual([]);
});

test("a target that does not exist names the file, the place in the list and the value", () => {
  expect(() => checkTargets("content/guides/x.mdx", "see", ["pda:16", "pda:99"], reg)).toThrow(
    'content/guides/x.mdx: field "see.1" = "pda:99": pda:99: no such section',
  );
});

test("a target that cannot be read says so, with the same names", () => {
  expect(() => checkTargets("content/guides/x.mdx", "cites", ["section 16"], reg)).toThrow(/^content\/guides\/x\.mdx: field "cites\.0" = "section 16": /);
});

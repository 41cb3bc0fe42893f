// Decision URLs never break: a page renamed because its date was corrected redirects from its old
// address to one that exists.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { redirectRules, redirectsFile } from "../../src/lib/redirects";
import { root } from "./helpers/act-files";

test("each renamed decision redirects to a page that exists, and the corrected dates moved the pages they should", () => {
  const decisionRules = redirectRules.filter((r) => r.from.startsWith("/decisions/"));
  for (const r of decisionRules) expect(existsSync(join(root, "content", "decisions", `${r.to.split("/")[2]}.md`)), r.to).toBe(true);
  const map = Object.fromEntries(decisionRules.map((r) => [r.from, r.to]));
  expect(map["/decisions/2021-05-02-disqus/"]).toBe("/decisions/2024-10-28-disqus/");
  expect(map["/decisions/2021-05-11-norges-idrettsforbund/"]).toBe("/decisions/2021-05-05-norges-idrettsforbund/");
  expect(map["/decisions/2022-ostre-toten-kommune/"]).toBe("/decisions/2022-01-07-ostre-toten-kommune/");
  expect(redirectsFile("/")).toMatch(/^\/decisions\/2021-05-02-disqus \/decisions\/2024-10-28-disqus\/ 301/m);
});

import { expect, test } from "vitest";
import { headersUnderBase } from "../../src/integrations/static-host-files";
import { redirectsFile } from "../../src/lib/redirects";

test("_redirects answers with and without the trailing slash, under the base path", () => {
  expect(redirectsFile("/")).toContain("/pda/:section /personal-data-act/:section/ 301\n");
  expect(redirectsFile("/privacy-law/")).toContain("/privacy-law/pda/ /privacy-law/personal-data-act/ 301\n");
});

test("_headers path patterns move under the base path; header lines stay", () => {
  const headers = "/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n";
  expect(headersUnderBase(headers, "/")).toBe(headers);
  expect(headersUnderBase(headers, "/privacy-law/")).toBe("/privacy-law/*\n  X-Frame-Options: DENY\n\n/privacy-law/_astro/*\n  Cache-Control: immutable\n");
});

import { expect, test } from "vitest";
import { headersUnderBase } from "../../src/integrations/static-host-files";
import { caseVariant, isRedirect, redirectPage, redirectsFile } from "../../src/lib/redirects";

test("_redirects answers with and without the trailing slash, under the base path, forced so that anchors survive", () => {
  expect(redirectsFile("/")).toContain("/pda/:section /personal-data-act/:section/ 301!\n");
  expect(redirectsFile("/privacy-law/")).toContain("/privacy-law/pda/ /privacy-law/personal-data-act/ 301!\n");
});

test("section ids with a letter answer in capitals too", () => {
  expect(caseVariant("/pda/12a/")).toBe("/pda/12A/");
  expect(caseVariant("penal-code/266a/")).toBe("penal-code/266A/");
  expect(caseVariant("/arbeidsmiljoloven/9-1a/")).toBe("/arbeidsmiljoloven/9-1A/");
  for (const path of ["/personal-data-act/16/", "/decisions/2021-12-13-grindr/", "/gdpr/article-6/", "/personal-data-act/full/", "/"])
    expect(caseVariant(path)).toBeUndefined();
  const file = redirectsFile("/privacy-law/", ["personal-data-act/12a/", "personal-data-act/16/"]);
  expect(file).toContain("/privacy-law/personal-data-act/12A/ /privacy-law/personal-data-act/12a/ 301!\n");
  expect(file).not.toContain("/16/ /privacy-law/personal-data-act/16/");
});

test("a redirect page written after the build names its target, escaped", () => {
  const html = redirectPage("/pda/12a/", "https://example.org/pda/12a/?a=1&b=2", "/scripts/redirect.js");
  expect(html).toContain('<link rel="canonical" href="https://example.org/pda/12a/?a=1&amp;b=2">');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/pda/12a/">');
  expect(html).toContain('data-to="/pda/12a/"');
});

test("_headers path patterns move under the base path; header lines stay", () => {
  const headers = "/*\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: immutable\n";
  expect(headersUnderBase(headers, "/")).toBe(headers);
  expect(headersUnderBase(headers, "/privacy-law/")).toBe("/privacy-law/*\n  X-Frame-Options: DENY\n\n/privacy-law/_astro/*\n  Cache-Control: immutable\n");
});

test("redirect pages are told apart from the pages they point to (the sitemap lists only the targets)", () => {
  expect(isRedirect("/straffeloven/205/")).toBe(true);
  expect(isRedirect("/straffeloven/")).toBe(true);
  expect(isRedirect("/pda/12a")).toBe(true);
  expect(isRedirect("/decisions/2021-05-02-disqus/")).toBe(true);
  expect(isRedirect("/penal-code/205/")).toBe(false);
  expect(isRedirect("/personal-data-act/12a/")).toBe(false);
  expect(isRedirect("/decisions/2024-10-28-disqus/")).toBe(false);
  expect(isRedirect("/straffeloven/205/extra/")).toBe(false);
});

import { describe, expect, it } from "vitest";
import { deployBuild, siteUrlProblem } from "../../src/lib/site-url";

describe("siteUrlProblem", () => {
  it("accepts an absolute http(s) address of a host", () => {
    expect(siteUrlProblem("https://personvern.example.org")).toBeUndefined();
    expect(siteUrlProblem("https://personvern.example.org/")).toBeUndefined();
    expect(siteUrlProblem("http://127.0.0.1:4321")).toBeUndefined();
  });
  it("refuses a missing value and says how to build locally", () => {
    for (const value of [undefined, "", "  "]) {
      const problem = siteUrlProblem(value);
      expect(problem).toMatch(/^SITE_URL is not set/);
      expect(problem).toContain("npm run build:local");
    }
  });
  it("refuses a value without a scheme, another scheme, or a path", () => {
    expect(siteUrlProblem("personvern.example.org")).toMatch(/not an absolute URL: "personvern.example.org"/);
    expect(siteUrlProblem("ftp://example.org")).toMatch(/https:\/\/ or http:\/\//);
    expect(siteUrlProblem("https://example.org/privacy-law/")).toMatch(/BASE_PATH/);
  });
});

describe("deployBuild", () => {
  it("is true on CI and hosting machines, false on a developer's", () => {
    expect(deployBuild({ CI: "true" })).toBe(true);
    expect(deployBuild({ CI: "1" })).toBe(true);
    expect(deployBuild({ NETLIFY: "true" })).toBe(true);
    expect(deployBuild({ CF_PAGES: "1" })).toBe(true);
    expect(deployBuild({})).toBe(false);
    expect(deployBuild({ CI: "false" })).toBe(false);
    expect(deployBuild({ CI: "" })).toBe(false);
  });
});

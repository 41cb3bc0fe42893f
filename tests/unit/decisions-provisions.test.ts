// The provisions decisions cite (lib/decisions/provisions.ts): their pages and the names they are cited by.
import { describe, expect, test } from "vitest";
import { provisionName, provisionPath } from "../../src/lib/decisions/provisions";

describe("provisions", () => {
  test("a provision's page follows the URL convention of its instrument", () => {
    expect(provisionPath("gdpr:6")).toBe("/gdpr/article-6/");
    expect(provisionPath("pda:26")).toBe("/personal-data-act/26/");
    expect(provisionPath("kameraovervakingsforskriften:6")).toBe("/kameraovervakingsforskriften/6/");
    expect(provisionPath("penal:205")).toBe("/penal-code/205/");
    // An instrument the registry does not know keeps its prefix as the folder.
    expect(provisionPath("unknownlov:3")).toBe("/unknownlov/3/");
  });

  test("a provision is named as it is cited, with the instrument's own spelling, not its URL slug", () => {
    expect(provisionName("gdpr:6")).toBe("Article 6 GDPR");
    expect(provisionName("kameraovervakingsforskriften:3")).toBe("kameraovervåkingsforskriften § 3");
    expect(provisionName("andsverkloven:104")).toBe("åndsverkloven § 104");
    expect(provisionName("straffeloven:205")).toBe("straffeloven § 205");
    expect(provisionName("penal:205")).toBe("straffeloven § 205");
    expect(provisionName("pda:26")).toBe("section 26 of the Personal Data Act");
    expect(provisionName("unknownlov:3")).toBe("unknownlov § 3");
  });
});

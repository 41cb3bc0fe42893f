// `npm run new:decision` writes a file the schema accepts, whose placeholder summary the build refuses.
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { describe, expect, test } from "vitest";
import { buildDecisions } from "../../src/lib/decisions/model";
import { ScaffoldError, scaffoldDecision } from "../../src/lib/decisions/scaffold";
import { decision } from "../../src/schemas/decision";

const options = { id: "acme-2025", date: "2025-03-10", entity: "Åsen & Co AS", authority: "Datatilsynet", sources: ["https://www.datatilsynet.no/x"], amount: 250000 };

describe("new:decision", () => {
  test("names the file after the date and the entity", () => {
    expect(scaffoldDecision(options).file).toBe("2025-03-10-asen-co-as.mdx");
    expect(scaffoldDecision({ ...options, date: "2024" }).file).toBe("2024-asen-co-as.mdx");
  });

  test("the frontmatter is accepted by the schema; the summary is refused until written", () => {
    const { file, text } = scaffoldDecision(options);
    const { frontmatter, content } = parseFrontmatter(text);
    const data = decision.parse(frontmatter);
    expect(data).toMatchObject({ id: "acme-2025", decided: "2025-03-10", outcome: ["fine"], penalty: { amount: 250000, currency: "NOK" }, verified: true });
    expect(() => buildDecisions([{ id: file.replace(/\.mdx$/, ""), data, body: content }])).toThrow(/still the scaffold's placeholder/);
    expect(() => buildDecisions([{ id: file.replace(/\.mdx$/, ""), data, body: "A summary in our words." }])).not.toThrow();
  });

  test("refuses bad options with a clear message", () => {
    const bad = (over: object) => () => scaffoldDecision({ ...options, ...over }, new Set(["grindr-2021"]));
    expect(bad({ id: "Acme 2025" })).toThrow(ScaffoldError);
    expect(bad({ id: "grindr-2021" })).toThrow('--id "grindr-2021" is already used');
    expect(bad({ date: "2025-02-30" })).toThrow(/--date must be a real date/);
    expect(bad({ authority: "Politiet" })).toThrow(/--authority must be one of/);
    expect(bad({ sources: [] })).toThrow(/at least one --source/);
    expect(bad({ sources: ["datatilsynet"] })).toThrow(/--source must be a web address/);
    expect(bad({ amount: -1 })).toThrow(/not negative/);
    expect(bad({ outcome: ["warning"] })).toThrow(/--outcome must be one of/);
  });
});

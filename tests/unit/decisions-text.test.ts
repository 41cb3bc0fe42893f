// A decision summary's lead as plain text (src/lib/decisions/text.ts) and the short date of the
// lists (src/lib/decisions/dates.ts): both run once per decision per list, feed and export.
import { describe, expect, test } from "vitest";
import { formatPartialDate, formatShortDate } from "../../src/lib/decisions/dates";
import { leadText } from "../../src/lib/decisions/text";

describe("leadText", () => {
  test("the first paragraph, headings skipped, Markdown and line breaks flattened", () => {
    const md = "## Facts\n\nThe *Authority* fined\nthe [company](/x/) NOK 1 million.\n\nA second paragraph.";
    expect(leadText(md)).toBe("The Authority fined the company NOK 1 million.");
    expect(leadText(md)).toBe("The Authority fined the company NOK 1 million.");
    expect(leadText("## Facts\n\n## Holding")).toBe("");
    expect(leadText("")).toBe("");
  });

  test("each text gives its own lead, however often asked", () => {
    const leads = ["One.", "Two.", "One."].map((t) => leadText(`## Facts\n\n${t}`));
    expect(leads).toEqual(["One.", "Two.", "One."]);
  });
});

describe("formatShortDate", () => {
  test("a day in the short form of tables; a month or year as precise as it is", () => {
    expect(formatShortDate("2021-12-13")).toBe("13 Dec 2021");
    expect(formatShortDate("2024-02-01")).toBe("1 Feb 2024");
    expect(formatShortDate("2021-12")).toBe(formatPartialDate("2021-12"));
    expect(formatShortDate("2022")).toBe("2022");
  });
});

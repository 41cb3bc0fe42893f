import { describe, expect, test } from "vitest";
import { ContentError } from "../../src/lib/content/errors";

describe("a content error", () => {
  test("names the file, the field and the value as written, then the problem", () => {
    const error = new ContentError("content/statutes/pda/5.mdx", "chapter", 12, "no such chapter");
    expect(error.message).toBe('content/statutes/pda/5.mdx: field "chapter" = 12: no such chapter');
    expect(error.name).toBe("ContentError");
    expect(new ContentError("f.mdx", "section", "12 a", "bad").message).toBe('f.mdx: field "section" = "12 a": bad');
  });
});

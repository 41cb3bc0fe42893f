import { expect, test } from "vitest";
import { escapeHtml } from "../../src/lib/html";

test("the five characters that end text or an attribute are escaped, and nothing else", () => {
  expect(escapeHtml(`Fish & Chips <b>"x"</b> it's`)).toBe("Fish &amp; Chips &lt;b&gt;&quot;x&quot;&lt;/b&gt; it&#39;s");
  expect(escapeHtml("Datatilsynet – § 16 æøå")).toBe("Datatilsynet – § 16 æøå");
});

test("escaping is not repeated on already escaped text by accident: & is escaped first", () => {
  expect(escapeHtml("&lt;")).toBe("&amp;lt;");
});

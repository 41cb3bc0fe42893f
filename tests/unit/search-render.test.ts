// A search result as the header's list and the search page show it (src/scripts/search/render.ts),
// on a tiny fake document (helpers/fake-dom.ts). Marking the words on the page a result opens is
// Pagefind's highlighter in the browser: the e2e test search.spec.ts follows a result and reads the marks.
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { renderHit } from "../../src/scripts/search/render";
import { type FakeElement, fakeDocument } from "./helpers/fake-dom";

beforeAll(() => vi.stubGlobal("document", fakeDocument()));
afterAll(() => vi.unstubAllGlobals());

const render = (...args: Parameters<typeof renderHit>) => renderHit(...args) as unknown as FakeElement;

test("a page's result: its title a real link, its type, its excerpt with the matched words marked", () => {
  const el = render({ url: "/gdpr/article-7/", title: "Article 7", type: "GDPR", excerpt: [{ text: "the " }, { text: "consent", mark: true }] }, "article");
  expect(el.tagName).toBe("article");
  const [title, , type, excerpt] = el.children as FakeElement[];
  expect([title.tagName, title.className, title.href, title.textContent]).toEqual(["a", "hit-title", "/gdpr/article-7/", "Article 7"]);
  // In the page's list the title is reached by Tab like any link.
  expect(title.tabIndex).toBeUndefined();
  expect([type.className, type.textContent]).toEqual(["hit-type", "GDPR"]);
  expect([excerpt.tagName, excerpt.className, excerpt.textContent]).toEqual(["p", "hit-excerpt", "the consent"]);
  expect(excerpt.querySelectorAll("mark").map((m) => m.textContent)).toEqual(["consent"]);
});

test("an option in the header's list: not a Tab stop (the box keeps the focus), the excerpt inline", () => {
  const el = render({ url: "/a/", title: "A", excerpt: [{ text: "x" }] }, "li");
  const [title, excerpt] = el.children as FakeElement[];
  expect(title.tabIndex).toBe(-1);
  expect(excerpt.tagName).toBe("span");
});

test("a cited page says so, in the words given; a result without type or excerpt is its title alone", () => {
  const cited = render({ url: "/personal-data-act/12/", title: "§ 12", type: "Act", direct: true }, "article", "Sitert direkte");
  expect((cited.children[2] as FakeElement).textContent).toBe("Sitert direkte");
  expect(render({ url: "/a/", title: "A", excerpt: [] }, "article").children).toHaveLength(1);
});

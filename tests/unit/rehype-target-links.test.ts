import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, test } from "vitest";
import rehypeTargetLinks from "../../src/plugins/rehype-target-links";
import { smallRegistry } from "./helpers/small-registry";

const render = (md: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeTargetLinks, { registry: () => smallRegistry })
      .use(rehypeStringify)
      .processSync({ value: md, path: "guide.mdx" }),
  );

describe("links written as citation targets", () => {
  test("resolve to site URLs with anchors", () => {
    expect(render("[s. 16 (1)(c)](pda:16(1)(c))")).toContain('href="/personal-data-act/16/#subsection-1-c"');
    expect(render("[Art. 33(2)](gdpr:33(2))")).toContain('href="/gdpr/article-33/#paragraph-2"');
    expect(render("[Grindr](decision:grindr-2021)")).toContain('href="/decisions/2021-12-13-grindr/"');
    expect(render("[§ 205 a](penal:205(1)(a))")).toContain('href="/penal-code/205/#subsection-1-a"');
    expect(render("[term](glossary:fodselsnummer)")).toContain('href="/glossary/#fodselsnummer"');
  });

  test("other links are left alone", () => {
    expect(render("[Lovdata](https://lovdata.no/)")).toContain('href="https://lovdata.no/"');
    expect(render("[mail](mailto:a@b.no)")).toContain('href="mailto:a@b.no"');
  });

  test("a target that does not exist fails, naming the file and the target", () => {
    expect(() => render("[x](pda:99)")).toThrow("guide.mdx: broken reference pda:99: no such section");
    expect(() => render("[x](pda:16(1)(g))")).toThrow("no letter g");
    expect(() => render("[x](gdpr:33(5))")).toThrow("Article 33 has no paragraph 5");
    expect(() => render("[x](decision:meta-2099)")).toThrow("decision:meta-2099: no decision with this id");
    expect(() => render("[x](guide:nope)")).toThrow("no such guide");
  });
});

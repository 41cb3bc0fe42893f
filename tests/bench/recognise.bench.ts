// How the reference pass grows with the length of a text full of near-misses (keywords that start
// no reference): it reads each keyword's run and a window of bounded size around it, so twice the
// text should take about twice the time. Run by `npm run bench`, which reports the figures; never asserted.
import type { Root } from "hast";
import { bench, describe } from "vitest";
import { contextFromFile, linkReferences } from "../../src/lib/refs/link";
import { readRegistry } from "../../src/lib/refs/registry";

const root = new URL("../..", import.meta.url).pathname;
const registry = readRegistry(root);
const NEAR_MISSES = "section section § first subsection Article (a) and (b) of the Regulation, artikkel nr. bokstav kapittel points of paragraph ";

describe("references: a text of near-misses", () => {
  for (const times of [1000, 2000, 4000]) {
    const value = NEAR_MISSES.repeat(times);
    bench(`${Math.round(value.length / 1000)} KB`, () => {
      const tree: Root = { type: "root", children: [{ type: "element", tagName: "p", properties: {}, children: [{ type: "text", value }] }] };
      linkReferences(tree, contextFromFile(`${root}content/guides/example.mdx`), { registry });
    });
  }
});

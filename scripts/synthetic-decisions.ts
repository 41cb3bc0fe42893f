// A synthetic corpus of decisions for the benchmark's scale runs (npm run bench -- --scale 10000).
// Written only into a temporary copy of the project, never into content/. The files are valid
// under the decisions schema, of realistic length, with references in the text and frontmatter so
// that cross-references, "Cited by" and search are exercised as with real content. Every one says
// plainly that it is synthetic.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SECTORS = ["municipality", "central-government", "health", "education", "online-services", "telecom", "finance", "retail-consumer", "transport", "sport-voluntary", "legal-investigation", "other-private"];
const ARTICLES = ["5(1)(a)", "5(1)(f)", "5(2)", "6(1)", "9(1)", "12(3)", "13(1)", "15(1)", "24(1)", "25(1)", "28(1)", "32(1)", "33(1)", "34(1)", "35(1)", "37(1)", "44", "58(2)", "83"];
const SECTIONS = ["2(1)", "3(1)", "5(1)", "12(1)", "16(1)(a)", "20(3)", "24(1)", "26(2)", "27(1)", "28(1)", "29(1)", "31(1)"];
const WORDS = "the controller processed personal data about employees customers pupils patients and members without a valid legal basis and did not inform the people concerned nor carry out an assessment of the risks before the system was put into use".split(" ");

/** A small deterministic generator, so that every run builds the same corpus. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateDecisions(dir: string, n: number): number {
  mkdirSync(dir, { recursive: true });
  const rnd = random(n);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  for (let i = 1; i <= n; i++) {
    const year = 2018 + (i % 8);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const day = String(1 + (i % 28)).padStart(2, "0");
    const date = `${year}-${month}-${day}`;
    const id = `synthetic-${i}`;
    const entity = `Synthetic Entity ${i} AS`;
    const fine = rnd() < 0.7;
    const amount = Math.round(50_000 + rnd() * 20_000_000);
    const articles = [...new Set([pick(ARTICLES), pick(ARTICLES), pick(ARTICLES)])];
    const sections = [...new Set([pick(SECTIONS), pick(SECTIONS)])];
    const sentences = Array.from({ length: 6 }, () => Array.from({ length: 18 }, () => pick(WORDS)).join(" "));
    const body = [
      `This is a synthetic decision made for the benchmark; it is not a real case. ${sentences[0]}.`,
      `The authority relied on Article ${articles[0].replace(/\(/, " (").replace(/\)\(/g, ") (")} of the General Data Protection Regulation and on section ${sections[0].replace(/\(.*$/, "")} of the Personal Data Act. ${sentences[1]}. ${sentences[2]}.`,
      `${sentences[3]}. ${sentences[4]}. ${sentences[5]}.`,
    ].join("\n\n");
    const frontmatter = [
      "---",
      `id: ${id}`,
      `title: "Synthetic decision ${i} for the benchmark"`,
      `entity: "${entity}"`,
      `decided: ${date}`,
      "authority: Datatilsynet",
      `sector: ${pick(SECTORS)}`,
      `body: ${rnd() < 0.4 ? "public" : "private"}`,
      `outcome: [${fine ? "fine" : "order"}]`,
      ...(fine ? ["penalty:", `  amount: ${amount}`, "  currency: NOK"] : []),
      `gdpr: [${articles.map((a) => `"gdpr:${a}"`).join(", ")}]`,
      `pda: [${sections.map((s) => `"pda:${s}"`).join(", ")}]`,
      `caseNumber: "${String(year).slice(2)}/${String(10000 + i).slice(-5)}"`,
      "sources:",
      "  - \"https://example.org/synthetic-benchmark-corpus\"",
      "verified: true",
      "---",
    ].join("\n");
    writeFileSync(join(dir, `${date}-synthetic-entity-${i}.mdx`), `${frontmatter}\n\n${body}\n`);
  }
  return n;
}

// A synthetic corpus of decisions for the benchmark's scale runs (npm run bench -- --scale 10000).
// Written only into a temporary copy of the project, never into content/ or data/. Each synthetic
// decision is an entry appended to the copy's decision facts (data/decision-facts.json) and a page file
// mirroring it, valid under the rules of the build, of realistic length, with references in the
// text so that cross-references, "Cited by", feeds and search are exercised as with real content.
// Every one says plainly that it is synthetic.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SECTORS = [
  "municipality",
  "central-government",
  "health",
  "education",
  "online-services",
  "telecom",
  "finance",
  "retail-consumer",
  "transport",
  "sport-voluntary",
  "legal-investigation",
  "other-private",
];
const ARTICLES = [
  "5(1)(a)",
  "5(1)(f)",
  "5(2)",
  "6(1)",
  "9(1)",
  "12(3)",
  "13(1)",
  "15(1)",
  "24(1)",
  "25(1)",
  "28(1)",
  "32(1)",
  "33(1)",
  "34(1)",
  "35(1)",
  "37(1)",
  "44",
  "58(2)",
  "83",
];
const SECTIONS = ["§ 2 første ledd", "§ 3", "§ 12", "§ 16 første ledd", "§ 24", "§ 26 andre ledd", "§ 28", "§ 29", "§ 31"];
const TARGETS: Record<string, string> = {
  "§ 2 første ledd": "pda:2(1)",
  "§ 3": "pda:3",
  "§ 12": "pda:12",
  "§ 16 første ledd": "pda:16(1)",
  "§ 24": "pda:24",
  "§ 26 andre ledd": "pda:26(2)",
  "§ 28": "pda:28",
  "§ 29": "pda:29",
  "§ 31": "pda:31",
};
const WORDS =
  "the controller processed personal data about employees customers pupils patients and members without a valid legal basis and did not inform the people concerned nor carry out an assessment of the risks before the system was put into use".split(
    " ",
  );

/** A small deterministic generator, so that every run builds the same corpus. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Adds n synthetic decisions to the project copy at `project`; returns how many. */
export function generateDecisions(project: string, n: number): number {
  const dir = join(project, "content", "decisions");
  mkdirSync(dir, { recursive: true });
  const dataFile = join(project, "data", "decision-facts.json");
  const data = JSON.parse(readFileSync(dataFile, "utf8")) as unknown[];
  const rnd = random(n);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
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
    const caseNumber = `${String(year).slice(2)}/${String(10000 + i).slice(-5)}`;
    const sentences = Array.from({ length: 6 }, () => Array.from({ length: 18 }, () => pick(WORDS)).join(" "));
    data.push({
      date,
      entity,
      authority: "Datatilsynet",
      outcome: fine ? "fine" : "order",
      amount: fine ? amount : null,
      currency: fine ? "NOK" : null,
      gdpr: articles.map((a) => `gdpr:${a}`),
      case_number: caseNumber,
      sources: ["https://example.org/synthetic-benchmark-corpus"],
      verified: true,
      id,
      gdprhub: null,
      etid: null,
      related: [],
      pda_sections: sections,
      stage: "final",
      date_kind: "decided",
      amount_meaning: fine ? "penalty" : null,
      appeal_status: "no-appeal-recorded",
      appeal_reduced_to: null,
      provisions_named: [],
    });
    const body = [
      "## Facts",
      `This is a synthetic decision made for the benchmark; it is not a real case. ${sentences[0]}.`,
      "## Holding",
      `The authority relied on Article ${articles[0].replace(/\(/, " (").replace(/\)\(/g, ") (")} of the General Data Protection Regulation and on section ${sections[0].replace(/^§ (\d+).*$/, "$1")} of the Personal Data Act. ${sentences[1]}. ${sentences[2]}.`,
      "## Why it matters",
      `${sentences[3]}. ${sentences[4]}. ${sentences[5]}.`,
    ].join("\n\n");
    const frontmatter = [
      "---",
      `id: ${id}`,
      `title: "Synthetic decision ${i} for the benchmark"`,
      `sector: ${pick(SECTORS)}`,
      `body: ${rnd() < 0.4 ? "public" : "private"}`,
      `decided: "${date}"`,
      "authority: Datatilsynet",
      `gdpr: [${articles.map((a) => `"gdpr:${a}"`).join(", ")}]`,
      `pda: [${sections.map((s) => `"${TARGETS[s]}"`).join(", ")}]`,
      `caseNumber: "${caseNumber}"`,
      "---",
    ].join("\n");
    writeFileSync(join(dir, `${date}-synthetic-entity-${i}.md`), `${frontmatter}\n\n${body}\n`);
  }
  writeFileSync(dataFile, JSON.stringify(data));
  return n;
}

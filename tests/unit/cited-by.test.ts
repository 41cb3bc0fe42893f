// The "Cited by" index over the real Act, GDPR and instruments, plus a decision, a guide, a tree and
// a Penal Code provision written for the test. The fixtures are parsed and validated in memory with
// their collections' schemas and handed to the index with the project's content, read once; only the
// two cases about the reader itself (a file its schema refuses) read a folder holding that one file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { z } from "astro/zod";
import { load } from "js-yaml";
import { afterAll, describe, expect, test } from "vitest";
import { type Entry, markdownEntries } from "../../src/lib/content/disk";
import { readFrontmatter } from "../../src/lib/content/strict-loader";
import { buildCitationIndex, type CitingContent, indexCitations } from "../../src/lib/refs/cited-by";
import { type Registry, registry } from "../../src/lib/refs/registry";
import { decisionSchema } from "../../src/schemas/decision";
import { guide as guideSchema } from "../../src/schemas/guide";
import { readTranslations } from "../../src/lib/statute/read";
import { statuteSection } from "../../src/schemas/statute";
import { tree as treeSchema } from "../../src/schemas/tree";
import { root } from "./helpers/act-files";

/** The content files of a test, by path ("content/decisions/x.mdx"). */
type Files = Record<string, string>;

const idOf = (path: string) => basename(path).replace(/\.(mdx?|ya?ml)$/, "");
const inFolder = (files: Files, folder: string) => Object.entries(files).filter(([path]) => path.startsWith(`content/${folder}/`));

/** A Markdown file parsed and validated as the content reader does it. */
function markdown<S extends z.ZodType>(path: string, text: string, schema: S): Entry<z.infer<S>> {
  const { frontmatter, body: content } = readFrontmatter(text);
  return { id: idOf(path), filePath: path, data: schema.parse(frontmatter), body: content };
}

/** The project's registry, knowing the decisions, guides and trees of `files` in place of the real ones. */
function registryWith(files: Files): Registry {
  return {
    ...registry(),
    decisions: new Map(inFolder(files, "decisions").map(([path, text]) => [String(readFrontmatter(text).frontmatter.id), idOf(path)])),
    guides: new Set(inFolder(files, "guides").map(([path]) => idOf(path))),
    trees: new Set(inFolder(files, "trees").map(([path]) => idOf(path))),
  };
}

/** The index of `files` with the real Act (unless `act` is false) and, with `statutes`, the instruments of content/statutes/. */
function site(files: Files, { act = true, statutes = false } = {}) {
  const reg = registryWith(files);
  const decision = decisionSchema(() => reg);
  const content: CitingContent = {
    statutes: [
      // Not the Penal Code's real provisions: their "see" lists name the real guides, which this registry replaces with the test's.
      ...markdownEntries("statutes", statuteSection, root, 2).filter((e) => (e.id.startsWith("pda/") ? act : statutes && !e.id.startsWith("penal/"))),
      // A section written for the test: its id is its instrument's folder and its name ("penal/999").
      ...inFolder(files, "statutes").map(([path, text]) => ({ ...markdown(path, text, statuteSection), id: path.replace(/^content\/statutes\/|\.mdx$/g, "") })),
    ],
    translations: act ? readTranslations(root) : [],
    decisions: inFolder(files, "decisions").map(([path, text]) => markdown(path, text, decision)),
    guides: inFolder(files, "guides").map(([path, text]) => markdown(path, text, guideSchema)),
    trees: inFolder(files, "trees").map(([path, text]) => ({ id: idOf(path), filePath: path, body: "", data: treeSchema.parse(load(text)) })),
  };
  return { index: () => indexCitations(content, reg, root) };
}

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The index as the project's content reader reads a folder holding only `files`. */
function readFrom(files: Files) {
  const dir = mkdtempSync(join(tmpdir(), "ndpr-cited-"));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return () => buildCitationIndex(dir, registryWith(files));
}

/** A decision file with the fields its schema requires. */
const decision = (id: string, title: string, body: string, more = "") =>
  `---\nid: ${id}\ntitle: ${title}\nsector: other-private\nbody: private\nauthority: Datatilsynet\n${more}---\n${body}\n`;
/** A guide file with the fields its schema requires. */
const guide = (title: string, cites: string[], body: string, more = "") =>
  `---\ntitle: ${title}\nsummary: A guide written for the test.\nquestions:\n  - What does the test check?\ngroup: Duties of organisations\norder: 1\ncites: ${JSON.stringify(cites)}\n${more}lastReviewed: 2024-01-01\n---\n${body}\n`;

const DECISION = decision(
  "example-2021",
  "Example AS fined for using national identity numbers",
  `The authority found that Example AS had no legitimate need under section 12 of the Personal Data Act.

It also applied Article 32 of the GDPR.`,
  'decided: 2021-06-01\ngdpr: ["gdpr:5(1)(f)", "gdpr:32"]\n',
);
const APPEAL = decision(
  "example-2022-appeal",
  "Example AS, appeal",
  "The Privacy Appeals Board upheld [the fine](decision:example-2021).",
  "decided: 2022-03-01\n",
);
const GUIDE = guide(
  "Research and statistics",
  ["pda:9(2)"],
  `# Research

Research on special categories needs [consultation](pda:9(2)) first; see also sections 27 to 29 of this Act.`,
);
/** A tree with a question and two outcomes, each outcome with a cited checklist step. */
const tree = (firstCites: string) => `title: Must we consult?
summary: Whether the data protection officer must be consulted first.
checked: 2024-01-01
start: consent
nodes:
  consent:
    question: Is the processing based on consent?
    answers:
      - { id: "yes", label: "Yes", next: done }
      - { id: "no", label: "No", next: consult }
  done:
    verdict: No consultation needed
    tone: "yes"
    checklist:
      - step: Keep a record of the consent you rely on.
        cites: ["${firstCites}"]
    explanation: Consent covers it.
    cites: ["pda:10"]
  consult:
    verdict: Consult first
    tone: "no"
    checklist:
      - step: Ask the data protection officer before you start.
        cites: ["gdpr:38"]
    explanation: Consult the data protection officer as section 9 second subsection requires.
    cites: ["gdpr:38"]
`;
const TREE = tree("pda:10");
const PENAL = `---
section: "999"
heading: { nb: Ulovlig opptak, en: Unlawful recording }
summary: A provision written for the test.
chapter: 24
penalty:
  main: { fine: true, imprisonment: { years: 1 }, wording: bot eller fengsel, subsection: 1 }
  negligence: null
amendments: [{ by: LOV-2009-06-19-74, change: added }]
amendmentNotes: [A note written for the test.]
explanation: Written for the test.
relation: Written for the test.
see: ["guide:research"]
---
Med bot eller fengsel straffes den som bryter personopplysningsloven § 12.
`;

describe("the Cited by index", () => {
  const { index } = site({
    "content/decisions/2021-06-01-example.mdx": DECISION,
    "content/decisions/2022-03-01-example-appeal.mdx": APPEAL,
    "content/guides/research.mdx": GUIDE,
    "content/trees/must-we-consult.yaml": TREE,
    "content/statutes/penal/999.mdx": PENAL,
  });
  const idx = index();

  test("sections that cite a section, with the sentence and a link to the citing subsection", () => {
    const c = idx.citedBy("pda:9", "en").filter((x) => x.kind === "section");
    expect(c.map((x) => [x.target, x.from, x.path])).toEqual([
      ["pda:9(2)", "pda:10", "/personal-data-act/10/#subsection-1"],
      ["pda:9", "pda:11", "/personal-data-act/11/#subsection-1"],
      ["pda:9(2)", "pda:11", "/personal-data-act/11/#subsection-2"],
    ]);
    expect(c[0].excerpt!.text.slice(c[0].excerpt!.start, c[0].excerpt!.end)).toBe("section 9 second subsection");
    expect(idx.citedBy("pda:9", "nb").filter((x) => x.kind === "section")[0].path).toBe("/personopplysningsloven/10/#subsection-1");
  });

  test("a decision's body cites with the sentence and a link to the place in the page", () => {
    const [c] = idx.citedBy("pda:12").filter((x) => x.kind === "decision");
    expect(c).toMatchObject({
      from: "decision:example-2021",
      title: "Example AS fined for using national identity numbers",
      path: "/decisions/2021-06-01-example/#cite-pda-12",
    });
    expect(c.excerpt!.text).toBe("The authority found that Example AS had no legitimate need under section 12 of the Personal Data Act.");
  });

  test("frontmatter targets count, and a decision linking another decision cites it", () => {
    expect(idx.citedBy("gdpr:5").map((x) => [x.target, x.from, x.path])).toContainEqual([
      "gdpr:5(1)(f)",
      "decision:example-2021",
      "/decisions/2021-06-01-example/",
    ]);
    expect(idx.citedBy("decision:example-2021").map((x) => [x.from, x.path])).toEqual([
      ["decision:example-2022-appeal", "/decisions/2022-03-01-example-appeal/#cite-decision-example-2021"],
    ]);
  });

  test("a place cited both in the text and in the frontmatter is listed once, at the text", () => {
    expect(
      idx
        .citedBy("gdpr:32")
        .filter((x) => x.from === "decision:example-2021")
        .map((x) => x.path),
    ).toEqual(["/decisions/2021-06-01-example/#cite-gdpr-32"]);
  });

  test("guides: links written with targets and recognised references, ranges filled in", () => {
    expect(
      idx
        .citedBy("pda:9")
        .filter((x) => x.kind === "guide")
        .map((x) => x.path),
    ).toEqual(["/guides/research/#cite-pda-9-2"]);
    for (const s of ["27", "28", "29"])
      expect(
        idx.citedBy(`pda:${s}`).map((x) => x.from),
        s,
      ).toContain("guide:research");
  });

  test("trees: targets anywhere in the data, with the text beside them; references in their prose", () => {
    const byTree = idx.citedBy("pda:10").filter((x) => x.kind === "tree");
    expect(byTree.map((x) => [x.title, x.path, x.excerpt?.text])).toEqual([
      ["Must we consult?", "/tools/must-we-consult/", "Keep a record of the consent you rely on."],
    ]);
    expect(
      idx
        .citedBy("pda:9")
        .filter((x) => x.kind === "tree")
        .map((x) => x.target),
    ).toEqual(["pda:9(2)"]);
  });

  test("Penal Code provisions cite in their own context", () => {
    expect(
      idx
        .citedBy("pda:12")
        .filter((x) => x.kind === "penal")
        .map((x) => [x.from, x.path]),
    ).toEqual([["penal:999", "/penal-code/999/#subsection-1"]]);
  });

  test("a section's see list cites its targets, from the section's page", () => {
    expect(
      idx
        .citedBy("guide:research")
        .filter((x) => x.from === "penal:999")
        .map((x) => [x.kind, x.path]),
    ).toEqual([["penal", "/penal-code/999/"]]);
  });

  test("a section does not cite itself, and the groups come in a fixed order", () => {
    expect(idx.citedBy("pda:16").map((x) => x.from)).not.toContain("pda:16");
    const kinds = idx.citedBy("pda:12").map((x) => x.kind);
    expect(kinds).toEqual(
      [...kinds].sort((a, b) => ["section", "penal", "decision", "guide", "tree"].indexOf(a) - ["section", "penal", "decision", "guide", "tree"].indexOf(b)),
    );
  });

  test("what a section cites, for act.json", () => {
    expect(idx.outgoing("pda:31", "en").map((o) => [o.target, o.from])).toEqual([
      ["gdpr-chapter:VI", "subsection-1"],
      ["gdpr:83(4)", "subsection-1"],
      ["pda-chapter:6", "subsection-1"],
      ["pda:26(2)", "subsection-1"],
      ["pda:27", "subsection-1"],
      ["pda:29", "subsection-1"],
    ]);
  });
});

describe("content that cites what does not exist fails, naming the file", () => {
  test("a decision summary citing section 35", () => {
    const { index } = site(
      { "content/decisions/x.mdx": decision("x-2020", "X fined by the authority", "The authority relied on section 35.") },
      { act: false },
    );
    expect(index).toThrow('content/decisions/x.mdx: the reference "section 35" points nowhere: pda:35: no such section');
  });

  test("a file its collection's schema refuses, as the build refuses it", () => {
    expect(readFrom({ "content/decisions/y.mdx": decision("y-2020", "Y fined by the authority", "Text.", 'decided: "2020-13-45"\n') })).toThrow(
      /Invalid content in content\/decisions\/y\.mdx:\n {2}field "decided" = "2020-13-45"/,
    );
  });

  test("a malformed or missing target in frontmatter", () => {
    expect(readFrom({ "content/guides/g.mdx": guide("A guide", ["pda:10"], "Text.", 'see: ["gdpr:100"]\n') })).toThrow(
      'Invalid content in content/guides/g.mdx:\n  field "see.0" = "gdpr:100"',
    );
    expect(site({ "content/trees/t.yaml": tree("decision:nope-2020") }, { act: false }).index).toThrow(
      'content/trees/t.yaml: field "nodes.done.checklist.0.cites.0": the reference "decision:nope-2020" points nowhere',
    );
  });
});

describe("Cited by across the instruments of content/statutes/", () => {
  // What the instruments' own text cites is read without the Act's text, which these cases do not need.
  const idx = site(
    {
      "content/guides/monitoring.mdx": guide(
        "Monitoring at work",
        ["arbeidsmiljoloven:9-1(1)"],
        "An employer needs a proper reason (aml. § 9-1 første ledd) and must delete recordings within a week under kameraovervåkingsforskriften § 6.",
      ),
      "content/decisions/2024-01-01-x.mdx": decision(
        "x-2024",
        "X fined for a hidden camera",
        "The camera broke section 9-1 of the Working Environment Act.",
        "decided: 2024-01-01\n",
      ),
    },
    { act: false, statutes: true },
  ).index();

  test("a guide and a decision citing the Working Environment Act and the camera regulation are listed on those sections", () => {
    expect(idx.citedBy("arbeidsmiljoloven:9-1").map((c) => [c.kind, c.from, c.target])).toEqual([
      ["decision", "decision:x-2024", "arbeidsmiljoloven:9-1"],
      ["guide", "guide:monitoring", "arbeidsmiljoloven:9-1(1)"],
    ]);
    expect(idx.citedBy("kameraovervakingsforskriften:6").map((c) => c.from)).toEqual(["guide:monitoring"]);
  });

  test("the regulations' references to the Act are listed on the Act's sections, with the sentence", () => {
    const camera = idx.citedBy("pda:31", "nb").find((c) => c.from === "kameraovervakingsforskriften:1")!;
    expect(camera.kind).toBe("statute");
    expect(camera.path).toBe("/kameraovervakingsforskriften/1/#subsection-2");
    expect(camera.title).toBe("kameraovervåkingsforskriften § 1. Virkeområde");
    expect(camera.excerpt!.text).toContain("jf. personopplysningsloven § 31");
    expect(idx.citedBy("pda:29").map((c) => c.from)).toContain("overgangsregler-personopplysninger:2");
  });
});

// The glossary: every term the issue names is there with an anchor, English equivalents and a
// meaning; every "see" target exists; Norwegian alphabetical order; bad entries are rejected.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { buildGlossary, groupByInitial } from "../../src/lib/glossary/model";
import { glossaryTerm, type GlossaryTermData } from "../../src/schemas/glossary";
import { root } from "./helpers/act-files";
import { fullRegistry } from "./helpers/content";

const raw = load(readFileSync(join(root, "content", "glossary", "terms.yaml"), "utf8")) as unknown[];
const terms = raw.map((t) => glossaryTerm.parse(t));
const entries = terms.map((data) => ({ id: data.slug, data }));

describe("the glossary", () => {
  test.each([
    ["datatilsynet", "Datatilsynet", "Norwegian Data Protection Authority"],
    ["personvernnemnda", "Personvernnemnda", "Privacy Appeals Board"],
    ["personopplysningsloven", "personopplysningsloven", "Personal Data Act"],
    ["personvernforordningen", "personvernforordningen", "General Data Protection Regulation"],
    ["straffeloven", "straffeloven", "Penal Code"],
    ["forvaltningsloven", "forvaltningsloven", "Public Administration Act"],
    ["fodselsnummer", "fødselsnummer", "national identity number"],
    ["tvangsmulkt", "tvangsmulkt", "coercive fine"],
    ["overtredelsesgebyr", "overtredelsesgebyr", "administrative fine"],
    ["vedtak", "vedtak", "decision"],
    ["varsel-om-vedtak", "varsel om vedtak", "advance notice"],
    ["ledd", "ledd", "subsection"],
    ["bokstav", "bokstav", "letter"],
    ["lovdata", "Lovdata", "Lovdata"],
    ["tingrett", "tingrett", "district court"],
    ["lagmannsrett", "lagmannsrett", "court of appeal"],
    ["hoyesterett", "Høyesterett", "Supreme Court of Norway"],
  ])("has %s (%s = %s)", (slug, term, english) => {
    const t = terms.find((x) => x.slug === slug)!;
    expect(t.term).toBe(term);
    expect(t.english[0]).toBe(english);
    expect(t.meaning.length).toBeGreaterThan(20);
  });

  test("has unique ASCII slugs and checks every target against the registry", () => {
    const built = buildGlossary(entries, fullRegistry());
    expect(new Set(built.map((t) => t.slug)).size).toBe(terms.length);
    expect(terms.length).toBeGreaterThanOrEqual(40);
  });

  test("sorts in Norwegian order, æ ø å last", () => {
    const groups = groupByInitial(buildGlossary(entries, fullRegistry()));
    const letters = groups.map((g) => g.letter);
    expect(letters.at(-1)).toBe("Å");
    expect(letters.indexOf("Y")).toBeLessThan(letters.indexOf("Å"));
    const f = groups.find((g) => g.letter === "F")!.terms.map((t) => t.term);
    expect(f.indexOf("fødselsnummer")).toBe(f.length - 1);
  });

  test("rejects a duplicate slug or a target that does not exist, naming file, field and value", () => {
    const one = terms[0];
    expect(() =>
      buildGlossary(
        [
          { id: "a", data: one },
          { id: "b", data: one },
        ],
        fullRegistry(),
      ),
    ).toThrow(`content/glossary/terms.yaml: field "slug" = "${one.slug}": used by two terms`);
    const bad: GlossaryTermData = { ...one, see: ["pda:12", "pda:12(3)"] };
    expect(() => buildGlossary([{ id: "a", data: bad }], fullRegistry())).toThrow(
      `term "${one.slug}": field "see.1" = "pda:12(3)": pda:12(3): section 12 has 2 subsection(s)`,
    );
  });

  test("the schema rejects a non-ASCII slug and a missing English term", () => {
    const r = glossaryTerm.safeParse({ slug: "fødselsnummer", term: "fødselsnummer", english: [], meaning: "m", see: ["pda:12"] });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(["slug", "english"]);
    expect(r.error!.issues[0].message).toContain('expected an ASCII slug like "fodselsnummer"');
  });
});

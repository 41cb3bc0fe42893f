// The recogniser against real phrases of the Personal Data Act, in English and in the Norwegian
// original, with what each must link to: traps (other Acts, sentences, GDPR chapters) included.
// Every phrase is checked to be verbatim in content/statutes/pda/<section>.mdx (Norwegian) or content/statutes/pda/en/<section>.mdx.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readFrontmatter } from "../../src/lib/content/strict-loader";
import { recognise } from "../../src/lib/refs/recognise";
import { readRegistry } from "../../src/lib/refs/registry";
import { refName, refProblem, shouldLink } from "../../src/lib/refs/resolve";
import { root } from "./helpers/act-files";

const reg = readRegistry(root);
const exists = (ref: Parameters<typeof refProblem>[0]) => refProblem(ref, reg) === undefined;

/** [language, section the phrase is in, phrase, what it must link to, in order] */
const ACT: [string, string, string, string[]][] = [
  // English
  ["en", "10", "The obligation to consult pursuant to section 9 second subsection applies correspondingly", ["pda:9(2)"]],
  ["en", "10", "personal data as mentioned in the General Data Protection Regulation Article 9 (1) are to be processed", ["gdpr:9(1)"]],
  [
    "en",
    "11",
    "Article 9 (2) (a) and (c) to (f) of the General Data Protection Regulation and sections 6, 7 and 9 of this Act apply correspondingly",
    ["gdpr:9(2)(a)", "gdpr:9(2)(c)", "gdpr:9(2)(f)", "pda:6", "pda:7", "pda:9"],
  ],
  ["en", "11", "as mentioned in Article 10 of the General Data Protection Regulation that it is not carried out", ["gdpr:10"]],
  ["en", "11", "b. section 8 of this Act, if the processing is carried out under supervision of a public authority.", ["pda:8"]],
  [
    "en",
    "2",
    "Article 56 and chapter VII of the General Data Protection Regulation only apply within the scope of the EEA Agreement.",
    ["gdpr:56", "gdpr-chapter:VII"],
  ],
  [
    "en",
    "2",
    "In the event of a conflict, the provisions in the General Data Protection Regulation take precedence over provisions in any other statute that regulates the same matter, cf. section 2 of the EEA Act.",
    [],
  ],
  ["en", "2", "(the Courts of Justice Act, the Criminal Procedure Act, the Dispute Act and the Act relating to legal enforcement etc.)", []],
  ["en", "3", "Notwithstanding the provisions of the first subsection, no exceptions may be made", ["pda:3(1)"]],
  [
    "en",
    "3",
    "General Data Protection Regulation Articles 24, 26, 28, 29, 32, 33 no. 2 and 40 to 43, cf. Chapters I, VI, VIII, X and XI and Chapter 1, 2, 6 and 7 of this Act.",
    [
      "gdpr:24",
      "gdpr:26",
      "gdpr:28",
      "gdpr:29",
      "gdpr:32",
      "gdpr:33(2)",
      "gdpr:40",
      "gdpr:43",
      "gdpr-chapter:I",
      "gdpr-chapter:VI",
      "gdpr-chapter:VIII",
      "gdpr-chapter:X",
      "gdpr-chapter:XI",
      "pda-chapter:1",
      "pda-chapter:2",
      "pda-chapter:6",
      "pda-chapter:7",
    ],
  ],
  [
    "en",
    "3",
    "When media covered by the Media Liability Act, process personal data exclusively for purposes mentioned in the first subsection, only the provisions mentioned in the second subsection shall apply.",
    ["pda:3(1)", "pda:3(2)"],
  ],
  [
    "en",
    "5",
    "The age of consent is 13 years pursuant to Article 6 (1) (a) of the General Data Protection Regulation for such purposes as mentioned in Article 8 (1) of the General Data Protection Regulation.",
    ["gdpr:6(1)(a)", "gdpr:8(1)"],
  ],
  ["en", "8", "Personal data may be processed on the basis of Article 6 (1) (e) of the General Data Protection Regulation", ["gdpr:6(1)(e)"]],
  [
    "en",
    "8",
    "The processing shall be subject to the necessary safeguards in line with Article 89 (1) of the General Data Protection Regulation.",
    ["gdpr:89(1)"],
  ],
  [
    "en",
    "9",
    "Before processing is performed based on the first subsection, the data controller shall consult the data protection officer pursuant to Article 37 of the General Data Protection Regulation or someone else who meets the requirements in Article 37 (5) and (6) and Article 38 (3) first and second sentence of the General Data Protection Regulation.",
    ["pda:9(1)", "gdpr:37", "gdpr:37(5)", "gdpr:37(6)", "gdpr:38(3)"],
  ],
  [
    "en",
    "9",
    "The obligation to consult does not apply, however, if a data protection impact assessment has been conducted pursuant to Article 35 of the General Data Protection Regulation.",
    ["gdpr:35"],
  ],
  ["en", "12a", "The first sentence does not apply to personal data as mentioned in Article 9 of the General Data Protection Regulation.", ["gdpr:9"]],
  ["en", "12a", "The first subsection does not apply when otherwise is stipulated in or pursuant to a statute", ["pda:12a(1)"]],
  [
    "en",
    "16",
    "The rights to information and access pursuant to Articles 13, 14 and 15 of the General Data Protection Regulation do not comprise information which",
    ["gdpr:13", "gdpr:14", "gdpr:15"],
  ],
  ["en", "16", "when the data controller may exempt the information pursuant to sections 20 or 21 of the Freedom of Information Act", []],
  ["en", "16", "Information as mentioned in first subsection c may nevertheless on request be made known", ["pda:16(1)(c)"]],
  ["en", "16", "If access is denied based on the first subsection f, the considerations that warrant secrecy must also be stated.", ["pda:16(1)(f)"]],
  [
    "en",
    "16",
    "pursuant to the Article 34 of the General Data Protection Regulation does not apply if such communication would disclose information as mentioned in the first subsection a, b and d.",
    ["gdpr:34", "pda:16(1)(a)", "pda:16(1)(b)", "pda:16(1)(d)"],
  ],
  [
    "en",
    "17",
    "The rights to rectification and restriction of processing pursuant to Articles 16 and 18 of the General Data Protection Regulation",
    ["gdpr:16", "gdpr:18"],
  ],
  ["en", "17", "The first and second subsection do not apply if the processing will have legal effects", ["pda:17(1)", "pda:17(2)"]],
  ["en", "18", "c. security measures pursuant to Article 32 of the General Data Protection Regulation", ["gdpr:32"]],
  ["en", "18", "Information as mentioned in this section must not be exploited", []],
  [
    "en",
    "20",
    "The Norwegian Data Protection Authority is the supervisory authority pursuant to Article 51 of the General Data Protection Regulation",
    ["gdpr:51"],
  ],
  ["en", "20", "the scope of the General Data Protection Regulations pursuant to section 2.", ["pda:2"]],
  [
    "en",
    "22",
    "The Norwegian Data Protection Authority's decisions pursuant to Article 56 and chapter VII of the General Data Protection Regulation cannot be appealed",
    ["gdpr:56", "gdpr-chapter:VII"],
  ],
  ["en", "23", "The Privacy Appeals Board may exert authority pursuant to Article 58 (1) a of the General Data Protection Regulation.", ["gdpr:58(1)(a)"]],
  [
    "en",
    "23",
    "is exempt from Article 58 (1) of the General Data Protection Regulation. If there is disagreement between the data controller and the Norwegian Data Protection Authority concerning the scope of the first sentence",
    ["gdpr:58(1)"],
  ],
  // The Public Administration Act is recognised, but the site holds only §§ 16, 29–31 of it: § 13 stays plain text (shouldLink).
  ["en", "24", "The provisions concerning duty of secrecy in section 13 ff. of the Public Administration Act apply to the staff", ["forvaltningsloven:13"]],
  ["en", "24", "Notwithstanding its duty of secrecy, the Norwegian Data Protection Authority can, pursuant to the first subsection, provide", ["pda:24(1)"]],
  [
    "en",
    "26",
    "Article 83 (4) of the General Data Protection Regulation applies correspondingly for violations of Articles 10 and 24 of the General Data Protection Regulation.",
    ["gdpr:83(4)", "gdpr:10", "gdpr:24"],
  ],
  [
    "en",
    "26",
    "an administrative fine pursuant to the rules in Article 83, cf. Article 83 (7) of the General Data Protection Regulation.",
    ["gdpr:83", "gdpr:83(7)"],
  ],
  ["en", "30", "pursuant to the rules in Article 82 of the General Data Protection Regulation", ["gdpr:82"]],
  [
    "en",
    "31",
    "Chapter VI and Article 83 (4) of the General Data Protection Regulation, as well as Chapter 6, section 26 second subsection and sections 27 to 29 of this Act, apply correspondingly.",
    ["gdpr-chapter:VI", "gdpr:83(4)", "pda-chapter:6", "pda:26(2)", "pda:27", "pda:29"],
  ],
  ["en", "32", "The Act of 14 April 2000 no. 31 relating to the processing of personal data is repealed from the same date.", []],
  ["en", "1", "Annex XI no. 5e of the EEA agreement (regulation (EU) 2016/679)", []],
  ["en", "21", "must send its annual rapport pursuant to Article 59 of the General Data Protection Regulation to the King", ["gdpr:59"]],
  // Norwegian
  ["nb", "10", "Rådføringsplikten etter § 9 annet ledd gjelder tilsvarende", ["pda:9(2)"]],
  ["nb", "10", "personopplysninger som nevnt i personvernforordningen artikkel 9 nr. 1 skal behandles", ["gdpr:9(1)"]],
  [
    "nb",
    "11",
    "Personvernforordningen artikkel 9 nr. 2 bokstav a og c til f samt §§ 6, 7 og 9 i loven her gjelder tilsvarende",
    ["gdpr:9(2)(a)", "gdpr:9(2)(c)", "gdpr:9(2)(f)", "pda:6", "pda:7", "pda:9"],
  ],
  ["nb", "11", "b. § 8 i loven her, dersom behandlingen utføres under en offentlig myndighets kontroll.", ["pda:8"]],
  ["nb", "2", "Personvernforordningen artikkel 56 og kapittel VII gjelder bare innenfor EØS-avtalens virkeområde.", ["gdpr:56", "gdpr-chapter:VII"]],
  [
    "nb",
    "2",
    "Bestemmelsene i personvernforordningen går i tilfelle konflikt foran bestemmelser i annen lov som regulerer samme forhold, jf. EØS-loven § 2.",
    [],
  ],
  ["nb", "2", "i medhold av rettspleielovene (domstolloven, straffeprosessloven, tvisteloven og tvangsfullbyrdelsesloven mv.).", []],
  [
    "nb",
    "3",
    "kan det ikke gjøres unntak fra personvernforordningen artikkel 24, 26, 28, 29, 32, 33 nr. 2 og 40 til 43, jf. kapittel I, VI, VIII, X og XI og kapittel 1, 2, 6 og 7 i loven her.",
    [
      "gdpr:24",
      "gdpr:26",
      "gdpr:28",
      "gdpr:29",
      "gdpr:32",
      "gdpr:33(2)",
      "gdpr:40",
      "gdpr:43",
      "gdpr-chapter:I",
      "gdpr-chapter:VI",
      "gdpr-chapter:VIII",
      "gdpr-chapter:X",
      "gdpr-chapter:XI",
      "pda-chapter:1",
      "pda-chapter:2",
      "pda-chapter:6",
      "pda-chapter:7",
    ],
  ],
  [
    "nb",
    "3",
    "Når medier som er omfattet av medieansvarsloven, behandler personopplysninger utelukkende for formålene som nevnt i første ledd, gjelder kun bestemmelsene som nevnt i annet ledd.",
    ["pda:3(1)", "pda:3(2)"],
  ],
  [
    "nb",
    "5",
    "Aldersgrensen er 13 år for samtykke etter personvernforordningen artikkel 6 nr. 1 bokstav a i forbindelse med formål som nevnt i personvernforordningen artikkel 8 nr. 1.",
    ["gdpr:6(1)(a)", "gdpr:8(1)"],
  ],
  ["nb", "8", "Personopplysninger kan behandles på grunnlag av personvernforordningen artikkel 6 nr. 1 bokstav e dersom", ["gdpr:6(1)(e)"]],
  [
    "nb",
    "9",
    "skal den behandlingsansvarlige rådføre seg med personvernombudet etter personvernforordningen artikkel 37 eller en annen som oppfyller vilkårene i personvernforordningen artikkel 37 nr. 5 og 6 og artikkel 38 nr. 3 første og annet punktum.",
    ["gdpr:37", "gdpr:37(5)", "gdpr:37(6)", "gdpr:38(3)"],
  ],
  ["nb", "12a", "Første punktum gjelder ikke personopplysninger som nevnt i personvernforordningen artikkel 9.", ["gdpr:9"]],
  ["nb", "12a", "Første ledd gjelder ikke der noe annet er bestemt", ["pda:12a(1)"]],
  ["nb", "16", "Retten til informasjon og innsyn etter personvernforordningen artikkel 13, 14 og 15 omfatter ikke", ["gdpr:13", "gdpr:14", "gdpr:15"]],
  ["nb", "16", "når den behandlingsansvarlige kan unnta opplysningene etter offentleglova §§ 20 eller 21", []],
  ["nb", "16", "Opplysninger som nevnt i første ledd bokstav c kan på anmodning likevel gjøres kjent", ["pda:16(1)(c)"]],
  ["nb", "16", "Dersom innsyn nektes på grunnlag av første ledd bokstav f, skal det også angis", ["pda:16(1)(f)"]],
  ["nb", "16", "vil røpe opplysninger som nevnt i første ledd bokstav a, b og d.", ["pda:16(1)(a)", "pda:16(1)(b)", "pda:16(1)(d)"]],
  ["nb", "17", "Retten til retting og begrensning av behandling etter personvernforordningen artikkel 16 og 18 gjelder ikke", ["gdpr:16", "gdpr:18"]],
  ["nb", "17", "Første og annet ledd gjelder ikke dersom behandlingen får rettsvirkninger", ["pda:17(1)", "pda:17(2)"]],
  ["nb", "18", "c. sikkerhetstiltak etter personvernforordningen artikkel 32", ["gdpr:32"]],
  ["nb", "20", "så langt behandlingen faller innenfor lovens og personvernforordningens virkeområde etter § 2.", ["pda:2"]],
  ["nb", "23", "Personvernnemnda kan utøve myndighet etter personvernforordningen artikkel 58 nr. 1 bokstav a.", ["gdpr:58(1)(a)"]],
  [
    "nb",
    "23",
    "er unntatt fra personvernforordningen artikkel 58 nr. 1. Ved uenighet mellom den behandlingsansvarlige og Datatilsynet om utstrekningen av første punktum",
    ["gdpr:58(1)"],
  ],
  ["nb", "24", "Bestemmelsene om taushetsplikt i forvaltningsloven § 13 flg. gjelder for ansatte i Datatilsynet", ["forvaltningsloven:13"]],
  ["nb", "24", "Datatilsynet kan uten hinder av taushetsplikten etter første ledd gi opplysninger", ["pda:24(1)"]],
  [
    "nb",
    "26",
    "Personvernforordningen artikkel 83 nr. 4 gjelder tilsvarende for overtredelser av personvernforordningen artikkel 10 og artikkel 24.",
    ["gdpr:83(4)", "gdpr:10", "gdpr:24"],
  ],
  ["nb", "26", "etter reglene i personvernforordningen artikkel 83, jf. artikkel 83 nr. 7.", ["gdpr:83", "gdpr:83(7)"]],
  ["nb", "30", "Den som er erstatningsansvarlig etter reglene i personvernforordningen artikkel 82, kan også", ["gdpr:82"]],
  [
    "nb",
    "31",
    "Personvernforordningen kapittel VI og artikkel 83 nr. 4 samt kapittel 6, § 26 annet ledd og §§ 27 til 29 i loven her gjelder tilsvarende.",
    ["gdpr-chapter:VI", "gdpr:83(4)", "pda-chapter:6", "pda:26(2)", "pda:27", "pda:29"],
  ],
  ["nb", "32", "Fra samme tidspunkt oppheves lov 14. april 2000 nr. 31 om behandling av personopplysninger.", []],
  ["nb", "1", "EØS-avtalen vedlegg XI nr. 5e (forordning (EU) 2016/679)", []],
];

/** Forms the Act does not use but guides, decisions and the Penal Code do, and more traps. */
const OTHER: [string, string, string[]][] = [
  ["section 12 a of this Act", "", ["pda:12a"]],
  ["the Personal Data Act section 16 first subsection (c)", "", ["pda:16(1)(c)"]],
  ["section 16(1)(c) of the Personal Data Act", "", ["pda:16(1)(c)"]],
  ["Under section 12 a controller must have a legitimate need", "", ["pda:12"]],
  // After "§" the spaced letter is the section's, whatever word follows (decision trees, guides).
  ["Penal Code § 267 a gives the person", "", ["penal:267a"]],
  ["Penal Code § 267 a punishes", "", ["penal:267a"]],
  ["personopplysningsloven § 12 a krever", "", ["pda:12a"]],
  ["straffeloven § 266 a gjelder", "", ["penal:266a"]],
  ["section 205 of the Penal Code", "", ["penal:205"]],
  ["straffeloven § 205 og § 267", "", ["penal:205", "penal:267"]],
  ["the Penal Code section 267 a", "", ["penal:267a"]],
  // A letter other than "a" or "i" is no word by itself: "section 267 b gives" is § 267 b.
  ["Penal Code section 267 b gives the person", "", ["penal:267b"]],
  ["Under section 12 i think", "", ["pda:12"]],
  ["section 9-4 of the Working Environment Act", "", ["arbeidsmiljoloven:9-4"]],
  ["arbeidsmiljøloven § 9-4", "", ["arbeidsmiljoloven:9-4"]],
  ["section 37 of the Act of 14 April 2000 no. 31", "", []],
  ["section 12 of the former Personal Data Act", "", []],
  ["Article 8 ECHR", "", []],
  ["EMK artikkel 8", "", []],
  ["Article 5(1)(a) GDPR", "", ["gdpr:5(1)(a)"]],
  ["Art. 6(1)(f) GDPR", "", ["gdpr:6(1)(f)"]],
  ["art. 6 nr. 1 bokstav f", "", ["gdpr:6(1)(f)"]],
  ["Article 4(11) defines consent", "", ["gdpr:4(11)"]],
  ["point (a) of Article 6(1) or point (a) of Article 9(2)", "", ["gdpr:6(1)(a)", "gdpr:6(1)", "gdpr:9(2)(a)", "gdpr:9(2)"]],
  ["points (a) to (h) and (j) of Article 58(2)", "", ["gdpr:58(2)(a)", "gdpr:58(2)(h)", "gdpr:58(2)(j)", "gdpr:58(2)"]],
  ["point (b) of Article 1(1) of Directive (EU) 2015/1535", "", []],
  ["Article 8(1) of the Charter of Fundamental Rights of the European Union", "", []],
  ["Articles 12 to 14 of that Directive", "", []],
  ["Chapter 4 of the Working Environment Act", "", []],
  ["sections 27–29", "", ["pda:27", "pda:29"]],
  // Lists of articles after a singular keyword, as decisions write them.
  ["breach of Art. 5(1)(a), 5(2), 13 GDPR", "", ["gdpr:5(1)(a)", "gdpr:5(2)", "gdpr:13"]],
  ["Article 5(1)(a), 5(2) and 13 GDPR", "", ["gdpr:5(1)(a)", "gdpr:5(2)", "gdpr:13"]],
  ["Article 6, 2 controllers share", "", ["gdpr:6"]],
  ["Article 83, 20 million euros", "", ["gdpr:83"]],
  // A name after a chain of articles and sections names the runs of its own kind.
  ["Articles 6 and 9 and sections 2 and 3 of the e-mail regulation", "", ["gdpr:6", "gdpr:9", "epostforskriften:2", "epostforskriften:3"]],
  ["section 4 and Article 6 of the e-mail regulation", "", ["epostforskriften:4", "gdpr:6"]],
  ["sections 2 and 3 and Article 6 of the GDPR", "", ["pda:2", "pda:3", "gdpr:6"]],
  ["Article 12 and section 2 of the EEA Act", "", []],
  // Lovdata's identifiers name an instrument as its title does; one the site does not hold is another instrument.
  ["FOR-2018-07-02-1107 § 6", "", ["kameraovervakingsforskriften:6"]],
  ["LOV-2018-06-15-38 § 16 første ledd", "", ["pda:16(1)"]],
  ["FOR-2000-12-15-1265 § 5", "", []],
];

describe("references in the Act, English and Norwegian", () => {
  test("the table is large enough and holds only real phrases", () => {
    expect(ACT.length).toBeGreaterThanOrEqual(60);
    expect(ACT.filter(([lang]) => lang === "nb").length).toBeGreaterThanOrEqual(25);
    expect(ACT.filter(([, , , refs]) => refs.length === 0).length).toBeGreaterThanOrEqual(10);
    for (const [lang, section, phrase] of ACT) {
      const { body: content } = readFrontmatter(
        readFileSync(join(root, "content", "statutes", "pda", ...(lang === "en" ? ["en"] : []), `${section}.mdx`), "utf8"),
      );
      expect(content.replace(/^- /gm, "").replace(/\s+/g, " "), `${lang}/${section}`).toContain(phrase);
    }
  });

  test.each(ACT)("%s § %s: %s", (lang, section, phrase, expected) => {
    const found = recognise(phrase, { statute: "pda", section, exists });
    expect(found.map((f) => refName(f.ref))).toEqual(expected);
    expect(
      found.every((f) => exists(f.ref) || !shouldLink(f.ref, reg)),
      `${lang} ${section}: every reference exists or stays plain`,
    ).toBe(true);
  });
});

describe("references in other texts", () => {
  // What becomes a link: "Chapter 4 of the Working Environment Act" is recognised, but the site keeps that Act's chapters as printed, so it stays plain.
  test.each(OTHER)("%s", (phrase, _section, expected) => {
    expect(
      recognise(phrase, { statute: "pda", exists: () => true })
        .filter((f) => shouldLink(f.ref, reg))
        .map((f) => refName(f.ref)),
    ).toEqual(expected);
  });
});

describe("ranges and link words", () => {
  test("a range names where it began, so that the places between are cited too", () => {
    const found = recognise("sections 27 to 29 of this Act", { exists });
    expect(found.map((f) => [f.ref, f.rangeFrom])).toEqual([
      [{ kind: "pda", section: "27", subsection: undefined, letter: undefined }, undefined],
      [
        { kind: "pda", section: "29", subsection: undefined, letter: undefined },
        { kind: "pda", section: "27", subsection: undefined, letter: undefined },
      ],
    ]);
  });

  test("the first link of a list holds its keyword, the others only their number or letter", () => {
    const text = "Article 9 (2) (a) and (c) to (f) of the General Data Protection Regulation and sections 6, 7 and 9 of this Act";
    expect(recognise(text, { exists }).map((f) => text.slice(f.start, f.end))).toEqual(["Article 9 (2) (a)", "(c)", "(f)", "sections 6", "7", "9"]);
  });

  test("a Norwegian number after «nr.» is a paragraph of the same article only if it exists and no list of articles has begun", () => {
    const names = (t: string) => recognise(t, { exists }).map((f) => refName(f.ref));
    expect(names("artikkel 37 nr. 5 og 6")).toEqual(["gdpr:37(5)", "gdpr:37(6)"]);
    expect(names("artikkel 5 nr. 1 og 6")).toEqual(["gdpr:5(1)", "gdpr:6"]);
    expect(names("artikkel 24, 33 nr. 2 og 40")).toEqual(["gdpr:24", "gdpr:33(2)", "gdpr:40"]);
  });
});

// A query analysed into concepts, each with the words searched for it (src/lib/search/analyse.ts).
import { describe, expect, test } from "vitest";
import { analyseQuery, lookupWords, narrowestFirst, ownWordsFirst } from "../../src/lib/search/analyse";
import { knowledge, vocabulary } from "./helpers/search-knowledge";

describe("query analysis", () => {
  test("a question is reduced to its content words", () => {
    const a = analyseQuery("can my employer check my work phone", knowledge);
    expect(a.ignored).toEqual(expect.arrayContaining(["can", "my"]));
    expect(a.concepts.map((c) => c.label)).toContain("employer");
    expect(a.concepts.find((c) => c.label === "work phone")?.alternatives).toContain("electronic equipment");
  });
  test("everyday words bring the law's terms; glossary names bring each other", () => {
    expect(analyseQuery("is it legal to film my employees", knowledge).concepts[0].alternatives).toContain("camera surveillance");
    expect(analyseQuery("national identity number", knowledge).concepts[0].alternatives).toContain("fødselsnummer");
  });
  test("phrases with stopwords ('how long') still count; concepts that mean the same merge", () => {
    const a = analyseQuery("how long may we store job applications", knowledge);
    expect(a.concepts.map((c) => c.label)).toEqual(["how long", "job applications"]);
    expect(a.concepts[0].alternatives).toContain("storage limitation");
  });
  test("an everyday phrase typed is searched as a phrase (its words together), a glossary name as words", () => {
    const withPhrase = { ...knowledge, everyday: [...knowledge.everyday, { words: ["tatt opp"], terms: ["opptak"] }] };
    expect(analyseQuery("tatt opp", withPhrase).concepts[0].alternatives).toEqual(['"tatt opp"', "opptak"]);
    expect(analyseQuery("Norwegian Data Protection Authority", knowledge).concepts[0].alternatives[0]).toBe("norwegian data protection authority");
  });
  test("a misspelt word is corrected and brings the corrected word's synonyms", () => {
    const a = analyseQuery("Datatilsynnet", knowledge);
    expect(a.concepts[0]).toMatchObject({ label: "datatilsynet", correctedFrom: "datatilsynnet" });
    expect(a.concepts[0].alternatives).toContain("Norwegian Data Protection Authority");
  });
  test("inflections: opptak av samtale finds samtalen and samtaler", () => {
    const a = analyseQuery("opptak av samtale", knowledge);
    expect(a.concepts.map((c) => c.label)).toEqual(["opptak", "samtaler"].slice(0, 1).concat(a.concepts[1].label));
    expect(a.concepts[1].alternatives).toEqual(expect.arrayContaining(["samtaler", "samtalen"]));
  });
  test("a word neither used nor close is set aside; a typed word not used is not searched itself", () => {
    const a = analyseQuery("xylofon consent", knowledge);
    expect(a.unknown).toEqual(["xylofon"]);
    expect(a.concepts.map((c) => c.label)).toEqual(["consent"]);
    expect(analyseQuery("cctv", knowledge).concepts[0].alternatives).toEqual(["camera surveillance"]);
    // "filme" is one typo from "film", but the everyday list knows it: no correction is claimed.
    expect(analyseQuery("filme", knowledge).concepts[0]).toMatchObject({ label: "filme", alternatives: ["camera surveillance"], own: 0, typed: 0 });
  });
  test("the words typed and their forms come first, then glossary names in the other language", () => {
    const a = analyseQuery("fødselsnummer", knowledge).concepts[0];
    expect(a.alternatives.slice(0, a.typed)).toEqual(["fødselsnummer"]);
    expect(a.alternatives.slice(a.typed, a.own)).toEqual(["national identity number"]);
  });
  test("a glossary term brings the pages its see list names, the first lifted most; an everyday word brings its terms' pages, lifted less", () => {
    const withPlaces = {
      ...knowledge,
      synonyms: [
        { names: ["kameraovervåking", "camera surveillance"], pages: [["/personal-data-act/31/", "/personopplysningsloven/31/"], ["/guides/cameras/"]] },
      ],
    };
    expect(analyseQuery("kameraovervåking", withPlaces).concepts[0].places).toEqual([
      { page: "/personal-data-act/31/", weight: 1 },
      { page: "/personopplysningsloven/31/", weight: 1 },
      { page: "/guides/cameras/", weight: 0.7 },
    ]);
    expect(analyseQuery("cctv", withPlaces).concepts[0].places).toEqual([
      { page: "/personal-data-act/31/", weight: 0.8 },
      { page: "/personopplysningsloven/31/", weight: 0.8 },
      { page: "/guides/cameras/", weight: expect.closeTo(0.56) },
    ]);
  });
  test("a word the search knows only in its base form brings what the base stands for: «fødselsnummeret», «filmen»", () => {
    const a = analyseQuery("fødselsnummeret", knowledge);
    expect(a.concepts[0].alternatives).toContain("national identity number");
    expect(a.concepts[0].places?.[0]).toEqual({ page: "/personal-data-act/12/", weight: 1 });
    expect(analyseQuery("filmen", knowledge).concepts[0].alternatives).toContain("camera surveillance");
    // Not an English plural: "phones" in an English question keeps to its own forms.
    expect(analyseQuery("can my boss check phones", knowledge).concepts.flatMap((c) => c.alternatives)).not.toContain("electronic equipment");
  });
  test("two words the pages write as one are searched as that word, and the message says so: «fødsels nummer», «data tilsynet»", () => {
    const a = analyseQuery("fødsels nummer", knowledge);
    expect(a.concepts.map((c) => [c.label, c.correctedFrom])).toEqual([["fødselsnummer", "fødsels nummer"]]);
    expect(a.concepts[0].alternatives).toContain("national identity number");
    expect(analyseQuery("data tilsynet", knowledge).concepts.map((c) => c.label)).toEqual(["datatilsynet"]);
    // Words the pages use apart stay apart.
    expect(analyseQuery("camera surveillance", knowledge).concepts.map((c) => c.label)).not.toContain("camerasurveillance");
  });
  test("an everyday entry's own pages are lifted for its words as a glossary term's first page is", () => {
    const withPages = { ...knowledge, everyday: [...knowledge.everyday, { words: ["biggest"], terms: ["largest"], pages: ["/fines/"] }] };
    expect(analyseQuery("biggest fine", withPages).concepts[0].places).toEqual([{ page: "/fines/", weight: 1 }]);
  });
  test("a compound the pages lack is searched as the two words the search knows", () => {
    const k = {
      ...knowledge,
      everyday: [...knowledge.everyday, { words: ["opptak"], terms: ["recording"] }, { words: ["kamera"], terms: ["camera surveillance"] }],
    };
    const a = analyseQuery("kameraopptak", k);
    expect(a.concepts.map((c) => c.label)).toEqual(["kamera", "opptak"]);
    expect(a.concepts[1].alternatives).toEqual(["opptak", "recording"]);
    expect(a.unknown).toEqual([]);
    // A word the pages use is never split.
    expect(analyseQuery("telefonsamtaler", k).concepts.map((c) => c.label)).toEqual(["telefonsamtaler"]);
  });
  test("a correction keeps to the query's language: a Norwegian word is not made an English one", () => {
    const k = { ...knowledge, vocabulary: new Map([...knowledge.vocabulary, ["share", 9]]), languages: new Map([["share", "en" as const]]) };
    const no = analyseQuery("hvor lang tid har vi på å svare", k);
    expect(no.unknown).toContain("svare");
    expect(no.concepts.map((c) => c.label)).not.toContain("share");
    expect(analyseQuery("how do we sharre it", k).concepts.map((c) => c.label)).toEqual(["share"]);
    // Without little words to tell the language, any word the pages use may be the correction.
    expect(analyseQuery("sharre", k).concepts[0]).toMatchObject({ label: "share", correctedFrom: "sharre" });
  });
  test("a word the pages use only in the other language is a false friend: its known meaning is searched, not the word", () => {
    const k = {
      ...knowledge,
      vocabulary: new Map([...knowledge.vocabulary, ["journal", 25], ["health", 75]]),
      languages: new Map([["journal", "en" as const]]),
      everyday: [...knowledge.everyday, { words: ["journal", "journalen"], terms: ["health"] }],
    };
    // Norwegian "journal" is a medical record; the pages' English "journal" is the EU's Official Journal.
    const no = analyseQuery("kan legen se journal min", k).concepts.find((c) => c.label === "journal");
    expect(no).toMatchObject({ alternatives: ["health"], typed: 0 });
    expect(analyseQuery("kan legen dele journalen min", k).concepts.find((c) => c.label === "journalen")?.alternatives).toEqual(["health"]);
    // In an English query the word is the reader's own.
    expect(analyseQuery("the official journal", k).concepts.find((c) => c.label === "journal")?.alternatives[0]).toBe("journal");
  });
  test("a glossary name no page uses still leads to the names the pages use", () => {
    const k = {
      ...knowledge,
      synonyms: [{ names: ["records of processing activities"], unused: ["protokoll over behandlingsaktiviteter"], pages: [["/gdpr/article-30/"]] }],
    };
    const a = analyseQuery("protokoll over behandlingsaktiviteter", k).concepts[0];
    expect(a).toMatchObject({ label: "protokoll over behandlingsaktiviteter", alternatives: ["records of processing activities"], typed: 0 });
    expect(a.places).toEqual([{ page: "/gdpr/article-30/", weight: 1 }]);
  });
  test("numbers pass through; the words to load vocabulary for", () => {
    expect(
      analyseQuery("breach 72 hours", {
        ...knowledge,
        vocabulary: new Map([
          ["breach", 1],
          ["hours", 1],
        ]),
      }).concepts.map((c) => c.label),
    ).toEqual(["breach", "72", "hours"]);
    expect(lookupWords("Can my employer check § 12")).toEqual(["employer", "check"]);
  });
});

describe("the reader's own words first", () => {
  test("a first search keeps the words typed and their forms; names in the other language and everyday terms wait", () => {
    const a = analyseQuery("fødselsnummer Datatilsynet samtale", knowledge);
    const first = ownWordsFirst(a)!;
    expect(first.concepts.map((c) => c.label)).toEqual(a.concepts.map((c) => c.label));
    expect(first.concepts.map((c) => c.alternatives)).toEqual([["fødselsnummer"], ["datatilsynet"], ["samtalen", "samtaler"]]);
    expect(a.concepts[0].alternatives).toContain("national identity number");
    for (const c of first.concepts) expect(c.typed).toBe(c.alternatives.length);
    // The reader's words are not on the site: their glossary names are the first search.
    expect(ownWordsFirst(analyseQuery("national identity number", knowledge))).toBeUndefined();
  });
  test("a word the site does not use is searched through its terms at once; nothing to leave for later gives no first search", () => {
    const cctv = analyseQuery("cctv", knowledge);
    expect(ownWordsFirst(cctv)).toBeUndefined();
    expect(ownWordsFirst(analyseQuery("xylofon", knowledge))).toBeUndefined();
  });
  test("first results come from one concept: the one with the fewest words to look up, the rarest on the site among those", () => {
    const a = analyseQuery("fødselsnummer Datatilsynet samtale", knowledge);
    // fødselsnummer and datatilsynet are one word each; fødselsnummer is used on two pages, datatilsynet on one.
    expect(narrowestFirst(a, vocabulary)!.concepts.map((c) => c.alternatives)).toEqual([["datatilsynet"]]);
    // "film" stands for a term of two words, each looked up: the one word typed goes first.
    const b = analyseQuery("film fødselsnummer", knowledge);
    expect(narrowestFirst(b, vocabulary)!.concepts.map((c) => c.label)).toEqual(["fødselsnummer"]);
    // One concept: the reader's own words first, as before; nothing to leave for later, nothing first.
    expect(narrowestFirst(analyseQuery("fødselsnummer", knowledge), vocabulary)).toEqual(ownWordsFirst(analyseQuery("fødselsnummer", knowledge)));
    // A phrase alone: its rarest word first ("camera" and "surveillance" are each on one page: the first of them).
    expect(narrowestFirst(analyseQuery("cctv", knowledge), vocabulary)!.concepts[0].alternatives).toEqual(["camera"]);
    expect(narrowestFirst(analyseQuery("xylofon", knowledge), vocabulary)).toBeUndefined();
  });
});

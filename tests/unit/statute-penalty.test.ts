// Penalty frames, an optional part of any section (lib/statute/penalty.ts): read back from the
// statute's words, checked against the section's own text, and put into plain English.
import { describe, expect, test } from "vitest";
import { checkPenalty, formatFrame, formatNegligence, formatTerm, readWording } from "../../src/lib/statute/penalty";
import { renderStatute } from "../../src/lib/statute/render";
import type { PenaltyData } from "../../src/schemas/statute";

const FILE = "content/statutes/x/9.mdx";
/** A section of two subsections, the second with lettered items, as the shared model renders it. */
const text = renderStatute(
  [
    "Med bot eller fengsel inntil 1 år straffes den som forsettlig eller grovt uaktsomt gjør noe.",
    "Straffen er fengsel inntil 3 år dersom\n\n- a. handlingen er grov, eller\n- b. den gjentas.",
  ].join("\n\n"),
  { lang: "nb", source: FILE },
);
const main = { fine: true, imprisonment: { years: 1 }, wording: "bot eller fengsel inntil 1 år", subsection: 1 };

describe("a penalty frame against its section's text", () => {
  test("a frame whose words stand in the subsection it names, and whose numbers agree with them, passes", () => {
    expect(() => checkPenalty(FILE, text, { main, negligence: null })).not.toThrow();
    // Words found in a lettered item's subsection count, and a frame "same" is only looked for.
    const same = { degree: "gross-negligence", frame: "same", wording: "forsettlig eller grovt uaktsomt", subsection: 1 } as const;
    expect(() => checkPenalty(FILE, text, { main, negligence: same })).not.toThrow();
    const second = { fine: false, imprisonment: { years: 3 }, wording: "fengsel inntil 3 år", subsection: 2 };
    expect(() => checkPenalty(FILE, text, { main: second, negligence: null })).not.toThrow();
  });

  test.each<[string, PenaltyData, string]>([
    [
      "words not in the subsection",
      { main: { ...main, subsection: 2 }, negligence: null },
      'field "penalty.main.wording" = "bot eller fengsel inntil 1 år": not found verbatim in subsection 2',
    ],
    [
      "a subsection the section does not have",
      { main: { ...main, subsection: 3 }, negligence: null },
      'field "penalty.main.subsection" = 3: the section has 2 subsection(s)',
    ],
    [
      "a fine the words do not give",
      { main: { ...main, wording: "fengsel inntil 3 år", subsection: 2, imprisonment: { years: 3 } }, negligence: null },
      'field "penalty.main.fine" = true',
    ],
    [
      "a term the words do not give",
      { main: { ...main, imprisonment: { months: 12 } }, negligence: null },
      'field "penalty.main.imprisonment" = {"months":12}: the wording "bot eller fengsel inntil 1 år" says {"years":1}',
    ],
    [
      "a negligence frame of its own that is not in the text",
      {
        main,
        negligence: {
          degree: "negligence",
          frame: "own",
          fine: true,
          imprisonment: { months: 6 },
          wording: "bot eller fengsel inntil 6 måneder",
          subsection: 1,
        },
      },
      'field "penalty.negligence.wording"',
    ],
  ])("%s fails, naming the file, the field and the value", (_why, penalty, message) => {
    expect(() => checkPenalty(FILE, text, penalty)).toThrow(`${FILE}: ${message}`);
  });
});

describe("penalty frames in words", () => {
  test("read back from the statute's wording", () => {
    expect(readWording("bot eller fengsel inntil 2 år")).toEqual({ fine: true, imprisonment: { years: 2 } });
    expect(readWording("fengsel inntil 4 år")).toEqual({ fine: false, imprisonment: { years: 4 } });
    expect(readWording("bot eller fengsel inntil 6 måneder")).toEqual({ fine: true, imprisonment: { months: 6 } });
    expect(readWording("forsettlig eller grovt uaktsomt")).toEqual({ fine: false, imprisonment: undefined });
  });

  test("in English", () => {
    expect(formatTerm({ years: 1 })).toBe("1 year");
    expect(formatTerm({ months: 6 })).toBe("6 months");
    expect(formatFrame({ fine: true, imprisonment: { years: 2 } })).toBe("Fine or imprisonment up to 2 years");
    expect(formatFrame({ fine: false, imprisonment: { years: 4 } })).toBe("Imprisonment up to 4 years");
    const own = { degree: "gross-negligence", frame: "own", fine: true, imprisonment: { months: 6 }, wording: "w", subsection: 1 } as const;
    expect(formatNegligence({ main, negligence: own })).toBe("Gross negligence: fine or imprisonment up to 6 months");
    expect(formatNegligence({ main, negligence: { ...own, degree: "negligence", fine: false } })).toBe("Negligence: imprisonment up to 6 months");
    expect(formatNegligence({ main, negligence: { degree: "gross-negligence", frame: "same", wording: "w", subsection: 1 } })).toBe(
      "Gross negligence is covered by the same frame",
    );
    expect(formatNegligence({ main, negligence: null })).toBe("No negligence variant in this provision");
  });
});

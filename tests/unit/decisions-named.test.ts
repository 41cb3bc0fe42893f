// The provisions a decision's record names (src/lib/decisions/named.ts): the site's recogniser over
// the dataset's own text of real entries, read at test time, and the rules that keep false
// positives out (a bare section, another Act's section, an instrument made after the decision).
import { describe, expect, test } from "vitest";
import type { SourceEntry } from "../../src/lib/decisions/facts";
import { namedProvisions } from "../../src/lib/decisions/named";
import { readRegistry } from "../../src/lib/refs/registry";
import { root } from "./helpers/act-files";
import { datasetEntry } from "./helpers/dataset";

const reg = readRegistry(root);
const named = (id: string) => namedProvisions(datasetEntry(id), reg);
/** A real entry with other notes. */
const withNotes = (id: string, notes: string, over: Partial<SourceEntry> = {}) =>
  namedProvisions({ ...datasetEntry(id), summary: "", appeal_outcome: null, notes, ...over }, reg);

describe("provisions named in a decision's record", () => {
  test("real entries: the camera and e-mail regulations as the notes name them", () => {
    // "§ 3 of the regulation on camera surveillance … (FOR-2018-07-02-1107)"; its "Working Environment Act § 9(6)" is doubted by the note itself.
    expect(named("fast-candy-2023")).toEqual(["kameraovervakingsforskriften:3"]);
    expect(named("pvn-2024-01")).toEqual(["epostforskriften:2"]);
    // "§§ 2-3 of the e-mail access regulation": a range in a regulation not numbered by chapter.
    for (const id of ["cyberbook-2021", "email-forwarding-20-01916", "email-sickleave-2021-pvn", "elit-elektro-2022"]) {
      expect(named(id), id).toEqual(["epostforskriften:2", "epostforskriften:3"]);
    }
  });

  test("a range names the places between its ends", () => {
    expect(withNotes("fast-candy-2023", "The note names e-postforskriften §§ 2 til 4.")).toEqual([
      "epostforskriften:2",
      "epostforskriften:3",
      "epostforskriften:4",
    ]);
    expect(withNotes("fast-candy-2023", "Sections 3 to 5 of the Camera Surveillance Regulations.")).toEqual([
      "kameraovervakingsforskriften:3",
      "kameraovervakingsforskriften:4",
      "kameraovervakingsforskriften:5",
    ]);
  });

  test("sections the dataset already records as applied are not repeated", () => {
    // The notes name personopplysningsloven § 3, which pda_sections holds.
    expect(datasetEntry("legelisten-hr-2021").pda_sections).toEqual(["§ 3"]);
    expect(named("legelisten-hr-2021")).toEqual([]);
  });

  test("a decision made before an instrument cannot name it: 2017's personopplysningsloven is the Act of 2000", () => {
    expect(datasetEntry("legelisten-dt-2017").notes).toContain("personopplysningsloven § 3");
    expect(named("legelisten-dt-2017")).toEqual([]);
    expect(withNotes("legelisten-dt-2017", "kameraovervåkingsforskriften § 6")).toEqual([]);
    expect(withNotes("legelisten-dt-2017", "kameraovervåkingsforskriften § 6", { date: "2019-03-01" })).toEqual(["kameraovervakingsforskriften:6"]);
  });

  test("other Acts' sections, places the site does not hold and bare numbers stay out", () => {
    // forvaltningsloven §§ 34(2) and 51 are outside the site's extract; §§ 22 and 29 of the Act are in pda_sections.
    expect(named("meta-2024-pvn-coercive").filter((t) => t.startsWith("forvaltningsloven"))).toEqual([]);
    expect(named("scanbox-telenor-hr-2017")).toEqual([]);
    expect(withNotes("fast-candy-2023", "The note cites § 12 and section 9-1, and the Education Act § 15.")).toEqual([]);
    expect(withNotes("fast-candy-2023", "Also arbeidsmiljøloven § 9-1 første ledd and fvl. § 29; again arbeidsmiljøloven § 9-1 første ledd.")).toEqual([
      "arbeidsmiljoloven:9-1(1)",
      "forvaltningsloven:29",
    ]);
  });
});

import { expect, test } from "vitest";
import { instrument } from "../../src/lib/statute/instruments";
import { dataPath, slugIn } from "../../src/lib/statute/page";

test("an instrument held in two languages has pages under each; every instrument has one data file", () => {
  expect(slugIn(instrument("pda"), "nb")).toBe("personopplysningsloven");
  expect(slugIn(instrument("pda"), "en")).toBe("personal-data-act");
  expect(slugIn(instrument("kameraovervakingsforskriften"), "nb")).toBe("kameraovervakingsforskriften");
  expect(slugIn(instrument("kameraovervakingsforskriften"), "en")).toBe("kameraovervakingsforskriften");
  expect(dataPath(instrument("pda"))).toBe("/data/act.json");
  expect(dataPath(instrument("penal"))).toBe("/data/penal-code.json");
  expect(dataPath(instrument("arbeidsmiljoloven"))).toBe("/data/arbeidsmiljoloven.json");
});

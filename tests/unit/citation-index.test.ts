import { expect, test } from "vitest";
import { caseKey, caseKeys, caseNumbersIn, citationFile, citationFiles, citationIndex, numberingOf } from "../../src/lib/search/citation-index";

test("case numbers are picked out of free-form fields", () => {
  expect(caseNumbersIn("PVN-2022-03 (Datatilsynet 20/02375)")).toEqual(["PVN-2022-03", "20/02375"]);
  expect(caseNumbersIn("Datatilsynet 20/02136-18")).toEqual(["20/02136-18", "20/02136"]);
  expect(caseNumbersIn("HR-2013-00234-A (sak nr. 2012/1334); Rt-2013-143")).toEqual(["HR-2013-00234-A", "2012/1334", "RT-2013-143"]);
  expect(caseNumbersIn("LB-2022-46509 and TROG-2023-81694")).toEqual(["LB-2022-46509", "TROG-2023-81694"]);
  expect(caseNumbersIn("Sivilombudet 2024/4601")).toEqual(["2024/4601"]);
  expect(caseNumbersIn("Lov 2018-06-15-38, decided 2021-05-05")).toEqual([]);
  expect(caseNumbersIn("23-114365TVI-TOSL/08 and 23-114359TVI-TOSL/08")).toEqual(["23-114365TVI-TOSL/08", "23-114359TVI-TOSL/08"]);
  expect(caseNumbersIn("none")).toEqual([]);
});

test("whose numbering a case number follows", () => {
  expect(numberingOf("HR-2021-2403-A")).toBe("Høyesterett");
  expect(numberingOf("Rt-2013-143")).toBe("Høyesterett");
  expect(numberingOf("LB-2022-46509")).toBe("court");
  expect(numberingOf("PVN-2022-03")).toBe("Personvernnemnda");
  expect(numberingOf("20/02375")).toBe("Datatilsynet");
  expect(numberingOf("23-114365TVI-TOSL/08")).toBe("court");
});

test("the first page named for a key wins", () => {
  expect(
    citationIndex([
      { key: "case:PVN-2022-22", url: "/a/", title: "A" },
      { key: "case:PVN-2022-22", url: "/b/", title: "B" },
    ]),
  ).toEqual({ "case:PVN-2022-22": { url: "/a/", title: "A" } });
});

test("case numbers with or without leading zeros and suffixes", () => {
  expect(caseKey("PVN-2022-03")).toBe("PVN-2022-3");
  for (const written of ["Rt-2013-143", "Rt. 2013 s. 143", "rt 2013 s.143", "Rt.2013-143"]) expect(caseKey(written)).toBe("RT-2013-143");
  expect(caseKeys("hr-2013-00234-a")).toEqual(["case:HR-2013-234-A", "case:HR-2013-234"]);
  expect(caseKeys("20/02136-18")).toEqual(["case:20/2136-18", "case:20/2136"]);
  expect(caseKeys("23-114365TVI-TOSL/08")).toEqual(["case:23-114365TVI-TOSL/8", "case:23-114365TVI-TOSL"]);
});

test("the index is split into one file per kind of citation, each keyed as the whole index", () => {
  const files = citationFiles([
    { key: "pda:12", url: "/personal-data-act/12/", title: "12" },
    { key: "gdpr:33", url: "/gdpr/article-33/", title: "33" },
    { key: "gdpr-recital:71", url: "/gdpr/recital-71/", title: "71" },
    { key: "case:PVN-2022-3", url: "/a/", title: "A" },
    { key: "case:PVN-2022-3", url: "/b/", title: "B" },
    { key: "kameraovervakingsforskriften:6", url: "/kameraovervakingsforskriften/6/", title: "6" },
  ]);
  expect(Object.keys(files).sort()).toEqual(["case", "gdpr", "gdpr-recital", "kameraovervakingsforskriften", "pda"]);
  expect(files.case).toEqual({ "case:PVN-2022-3": { url: "/a/", title: "A" } });
  expect(files["gdpr-recital"]).toEqual({ "gdpr-recital:71": { url: "/gdpr/recital-71/", title: "71" } });
  expect(citationFile("case:HR-2021-2403-A")).toBe("case");
  expect(citationFile("gdpr-recital:71")).toBe("gdpr-recital");
});

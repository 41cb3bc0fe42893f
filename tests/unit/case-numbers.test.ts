// Case numbers and the keys decisions are found by (src/lib/decisions/case-numbers.ts).
import { expect, test } from "vitest";
import { CASE_NUMBER, caseKey, caseKeys, caseNumberMatches, caseNumbersIn, decisionsByCaseKey, numberingOf } from "../../src/lib/decisions/case-numbers";

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

test("case numbers with or without leading zeros and suffixes", () => {
  expect(caseKey("PVN-2022-03")).toBe("PVN-2022-3");
  for (const written of ["Rt-2013-143", "Rt. 2013 s. 143", "rt 2013 s.143", "Rt.2013-143"]) expect(caseKey(written)).toBe("RT-2013-143");
  expect(caseKeys("hr-2013-00234-a")).toEqual(["case:HR-2013-234-A", "case:HR-2013-234"]);
  expect(caseKeys("20/02136-18")).toEqual(["case:20/2136-18", "case:20/2136"]);
  expect(caseKeys("23-114365TVI-TOSL/08")).toEqual(["case:23-114365TVI-TOSL/8", "case:23-114365TVI-TOSL"]);
});

test("a case number is found where it stands in running text, in any of its printed forms", () => {
  const text = "Compare Rt. 2013 s. 143 with PVN-2022-3 and 20/02136-18.";
  expect(caseNumberMatches(text).map((m) => text.slice(m.start, m.end))).toEqual(["Rt. 2013 s. 143", "PVN-2022-3", "20/02136-18"]);
  expect(caseNumberMatches(text).map((m) => m.caseNumber)).toEqual(["Rt. 2013 s. 143", "PVN-2022-3", "20/02136-18"]);
  expect(CASE_NUMBER.exec("see HR-2021-2403-A")?.[1]).toBe("HR-2021-2403-A");
});

test("a key names the decisions of the authority that numbered it, or else every decision printing it", () => {
  const board = { id: "pvn", authority: "Personvernnemnda", caseNumber: "PVN-2023-31 and PVN-2024-04 (Datatilsynet ref. 21/03530-22)" };
  const agency = { id: "dt", authority: "Datatilsynet", caseNumber: "Datatilsynet 21/03530-22; PVN-2023-31 and PVN-2024-04" };
  const court = { id: "hr", authority: "Høyesterett", caseNumber: "HR-2013-00234-A (sak nr. 2012/1334); Rt-2013-143" };
  const byKey = decisionsByCaseKey([board, agency, court, { id: "none", authority: "Datatilsynet" }]);
  expect(byKey.get("case:PVN-2023-31")?.map((d) => d.id)).toEqual(["pvn"]);
  expect(byKey.get("case:21/3530-22")?.map((d) => d.id)).toEqual(["dt"]);
  expect(byKey.get("case:21/3530")?.map((d) => d.id)).toEqual(["dt"]);
  const printedByOthers = decisionsByCaseKey([board, { ...agency, authority: "Oslo tingrett" }]);
  expect(printedByOthers.get("case:21/3530")?.map((d) => d.id)).toEqual(["pvn", "dt"]);
  expect(byKey.get("case:RT-2013-143")?.map((d) => d.id)).toEqual(["hr"]);
  expect(byKey.get("case:HR-2013-234")?.map((d) => d.id)).toEqual(["hr"]);
  expect([...byKey.values()].flat().some((d) => d.id === "none")).toBe(false);
});

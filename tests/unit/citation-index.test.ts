import { expect, test } from "vitest";
import { citationFile, citationFiles, citationIndex } from "../../src/lib/search/citation-index";

test("the first page named for a key wins", () => {
  expect(
    citationIndex([
      { key: "case:PVN-2022-22", url: "/a/", title: "A" },
      { key: "case:PVN-2022-22", url: "/b/", title: "B" },
    ]),
  ).toEqual({ "case:PVN-2022-22": { url: "/a/", title: "A" } });
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

test("a case number with its suffix is left out of the file where the bare number names the same page, kept where it names another", () => {
  const files = citationFiles([
    { key: "case:21/1507-25", url: "/x/", title: "X" },
    { key: "case:21/1507", url: "/x/", title: "X" },
    { key: "case:20/2136-18", url: "/grindr/", title: "Grindr" },
    { key: "case:20/2136", url: "/pvn/", title: "Appeal" },
    { key: "case:HR-2021-2403-A", url: "/hr/", title: "HR" },
    { key: "case:HR-2021-2403", url: "/hr/", title: "HR" },
  ]);
  expect(Object.keys(files.case).sort()).toEqual(["case:20/2136", "case:20/2136-18", "case:21/1507", "case:HR-2021-2403"]);
});

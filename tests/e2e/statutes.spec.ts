// The regulations and neighbouring provisions, as a reader uses them: find a section of the camera
// regulation from /legislation/ and by typing its citation into the search, read it, cite it,
// follow its reference to the Act, and see it listed on the Act's section as citing it.
import { axeViolations, expect, test } from "./fixtures";
import { clipboard } from "./clipboard";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("read a regulation section: text, explanation, Lovdata link, text-as-of date, Previous/Next", async ({ page }) => {
  await page.goto("/legislation/");
  await expect(page.getByRole("navigation", { name: /main/i }).getByRole("link", { name: "Legislation" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "kameraovervåkingsforskriften" }).click();
  await expect(page).toHaveURL(/\/kameraovervakingsforskriften\/$/);
  await page.getByRole("link", { name: /§ 6\. Sletting av opptak/ }).click();
  await expect(page).toHaveURL(/\/kameraovervakingsforskriften\/6\/$/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("§ 6. Sletting av opptak gjort ved kameraovervåking");
  await expect(page.locator("#subsection-1")).toContainText("Opptak skal slettes senest én uke etter at opptakene er gjort.");
  await expect(page.locator("#subsection-3-b")).toContainText("hvor den som er avbildet samtykker");
  await expect(page.getByText("An explanation, not a translation.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Official text on Lovdata" })).toHaveAttribute("href", "https://lovdata.no/forskrift/2018-07-02-1107/§6");
  await expect(page.getByText(/Text as of 1 July 2021/)).toBeVisible();
  // Why the text may be reproduced: the Copyright Act's section, on this site.
  await expect(page.getByRole("link", { name: "åndsverkloven § 14" })).toHaveAttribute("href", "/andsverkloven/14/");
  await expect(page.getByText("Endret ved forskrift 28 juni 2021 nr. 2255 (i kraft 1 juli 2021).")).toBeVisible();
  await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: /§ 7\./ }).click();
  await expect(page).toHaveURL(/\/kameraovervakingsforskriften\/7\/$/);
  expect(await axeViolations(page)).toEqual([]);
});

test("cite a regulation section in Norwegian with its own name and ordinals, and in English", async ({ page, baseURL }) => {
  await page.goto("/kameraovervakingsforskriften/6/#subsection-2");
  // The panel opens from the place's # pin, not on arrival.
  await page.locator("#subsection-2").hover();
  await page.locator("#subsection-2 > a.pin").click();
  // The page's interface is English, so are the panel's words; the text, and the first citation, are Norwegian.
  const panel = page.getByRole("region", { name: "Cite this place" });
  await expect(panel).toContainText("kameraovervåkingsforskriften § 6 andre ledd");
  await expect(panel).toContainText("Workplace Camera Surveillance Regulations section 6 second subsection");
  await panel.getByRole("button", { name: "Copy citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("kameraovervåkingsforskriften § 6 andre ledd");
  await expect(page.locator("cite-tools").getByRole("status")).toContainText("Copied to the clipboard");
  await panel.getByRole("button", { name: "Copy English citation" }).click();
  await expect.poll(() => clipboard(page)).toBe("Workplace Camera Surveillance Regulations section 6 second subsection");
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect.poll(() => clipboard(page)).toBe(`${baseURL}/kameraovervakingsforskriften/6/#subsection-2`);
  // A printout carries the address, the text's date and its source.
  await expect(page.locator(".print-provenance")).toContainText("/kameraovervakingsforskriften/6/");
  await expect(page.locator(".print-provenance")).toContainText("1 July 2021");
  await expect(page.locator(".print-provenance")).toContainText("FOR-2018-07-02-1107, Lovdata (NLOD 2.0).");
  // A reader who chooses the Norwegian interface gets the tools in Norwegian too.
  await page.getByRole("button", { name: "Norsk grensesnitt" }).click();
  const panelNb = page.getByRole("region", { name: "Siter dette stedet" });
  await expect(panelNb).toBeVisible();
  await panelNb.getByRole("button", { name: "Kopier engelsk henvisning" }).click();
  await expect.poll(() => clipboard(page)).toBe("Workplace Camera Surveillance Regulations section 6 second subsection");
  await expect(page.locator("cite-tools").getByRole("status")).toContainText("Kopiert til utklippstavlen");
  await page.reload();
  await expect(page.getByRole("group", { name: "Siter: kameraovervåkingsforskriften § 6" }).getByRole("button", { name: "Kopier lenke" })).toBeVisible();
});

test("a reference in a regulation leads to the Act, and the Act's section lists the regulation as citing it", async ({ page }) => {
  await page.goto("/kameraovervakingsforskriften/1/");
  await page.locator('.statute a[data-ref="pda:31"]').click();
  await expect(page).toHaveURL(/\/personopplysningsloven\/31\/$/);
  const citedBy = page.locator(".cited-by");
  await expect(citedBy.getByRole("link", { name: "kameraovervåkingsforskriften § 1. Virkeområde" })).toHaveAttribute(
    "href",
    "/kameraovervakingsforskriften/1/#subsection-2",
  );
});

test.describe("a citation typed into the search puts that section first", () => {
  for (const [query, path] of [
    ["kameraforskriften § 6", "/kameraovervakingsforskriften/6/"],
    ["aml 9-1", "/arbeidsmiljoloven/9-1/"],
    ["fvl § 29", "/forvaltningsloven/29/"],
    ["e-postforskriften § 4", "/epostforskriften/4/"],
    ["åvl § 104", "/andsverkloven/104/"],
  ]) {
    test(query, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator("[data-summary]")).toContainText("result");
      const first = page.locator("[data-hits] a.hit-title, [data-hits] .hit-title a").first();
      await expect(first).toHaveAttribute("href", new RegExp(`^${path.replace(/\//g, "\\/")}`));
    });
  }
});

test("the Penal Code answers under its Norwegian name", async ({ page }) => {
  await page.goto("/straffeloven/205/");
  await expect(page).toHaveURL(/\/penal-code\/205\/$/);
});

test("a section amended where the sources lack the earlier wording says so, with the amending regulation", async ({ page }) => {
  await page.goto("/kameraovervakingsforskriften/6/");
  await expect(page.locator(".earlier-missing")).toContainText("forskrift 28. juni 2021 nr. 2255");
  await expect(page.locator(".earlier-missing")).toContainText("do not give the wording before that change");
  await expect(page.locator(".versions")).toHaveCount(0);
});

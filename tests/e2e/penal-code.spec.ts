import { axeViolationsInBothThemes, expect, test } from "./fixtures";
import { crawled } from "./site";
import { clipboard } from "./clipboard";

// id, maximum imprisonment, fine?, negligence, a phrase of the Norwegian text
const provisions = [
  ["204", "2 years", true, "No negligence variant", "skaffer seg tilgang til datasystem"],
  ["205", "2 years", true, "No negligence variant", "hemmelig avlytter eller gjør hemmelig opptak"],
  ["236", "1 year", true, "Gross negligence is covered by the same frame", "grove voldsskildringer"],
  ["266", "2 years", true, "No negligence variant", "krenker en annens fred"],
  ["266a", "4 years", false, "No negligence variant", "iakttar, kontakter"],
  ["267", "1 year", true, "No negligence variant", "krenker privatlivets fred"],
  ["267a", "1 year", true, "Gross negligence: fine or imprisonment up to 6 months", "bilde, film eller lydopptak"],
  ["267b", "2 years", false, "No negligence variant", "Grov overtredelse av § 267 a første ledd"],
  ["311", "3 years", true, "Negligence: fine or imprisonment up to 6 months", "Med barn menes i denne paragrafen"],
] as const;

test.describe("a Penal Code provision", () => {
  for (const [id, prison, fine, negligence, phrase] of provisions) {
    test(`§ ${id}: penalty frame, Norwegian text, links to the Act and Lovdata`, async ({ page }) => {
      await page.goto(`/penal-code/${id}/`);
      const label = id.replace(/(\d)([a-z])$/, "$1 $2");
      await expect(page.getByRole("heading", { level: 1 })).toContainText(`Section ${label}.`);

      const frame = page.getByRole("region", { name: "Penalty frame" });
      await expect(frame.locator('[data-penalty="imprisonment"]')).toHaveText(prison);
      await expect(frame.locator('[data-penalty="fine"]')).toContainText(fine ? "Yes" : "No");
      await expect(frame.locator('[data-penalty="negligence"]')).toContainText(negligence);

      const text = page.locator('.statute[lang="nb"]');
      await expect(text).toContainText(phrase);
      await expect(text.locator("#subsection-1")).toBeVisible();
      await expect(page.locator(".statute-source")).toContainText("Text as of 15 April 2026");

      await expect(page.locator("#explanation")).toContainText("not a translation");
      await expect(page.getByRole("link", { name: "Official text on Lovdata" }).first()).toHaveAttribute("href", `https://lovdata.no/lov/2005-05-20-28/§${id}`);
      const actLinks = page.locator('main a[href^="/personal-data-act/"]');
      expect(await actLinks.count()).toBeGreaterThan(0);
    });
  }

  test("§ 236: its amendment history, each change with its in-force date where Lovdata's note gives one, and the note itself", async ({ page }) => {
    await page.goto("/penal-code/236/");
    const history = page.getByRole("region", { name: "Amendment history" });
    await expect(history.getByRole("listitem")).toHaveText(["Added by LOV-2009-06-19-74.", "Amended by LOV-2022-06-22-83, in force 1 January 2023."]);
    await expect(history).toContainText("Lovdata's note: Tilføyd ved lov 19 juni 2009 nr. 74, endret ved lov 22 juni 2022 nr. 83");
  });

  test("a link in the explanation leads to the Act's subsection", async ({ page }) => {
    await page.goto("/penal-code/205/");
    await page.locator("#relation").getByRole("link", { name: "section 2 second subsection (a)" }).click();
    await expect(page).toHaveURL(/\/personal-data-act\/2\/#subsection-2-a$/);
    await expect(page.locator("#subsection-2-a")).toContainText("purely personal or household activity");
  });

  test("subsections and letters have anchors, and the cite panel names them in both languages", async ({ page }) => {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/penal-code/205/#subsection-1-a");
    const panel = page.getByRole("region", { name: "Cite this place" });
    await expect(panel).toBeHidden();
    await page.locator("#subsection-1-a > a.pin").click();
    await expect(panel).toContainText("Penal Code section 205 first subsection (a)");
    await expect(panel).toContainText("straffeloven § 205 første ledd bokstav a");
    await panel.getByRole("button", { name: "Copy Norwegian citation" }).click();
    await expect.poll(() => clipboard(page)).toBe("straffeloven § 205 første ledd bokstav a");

    await page.goto("/penal-code/267a/");
    await page.getByRole("group", { name: "Cite this: Penal Code section 267 a" }).getByRole("button", { name: "Copy citation" }).click();
    await expect.poll(() => clipboard(page)).toBe("Penal Code section 267 a");
  });

  test("neighbours link in statute order", async ({ page }) => {
    await page.goto("/penal-code/266a/");
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", "/penal-code/266/");
    await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", "/penal-code/267/");
  });
});

test("the index is the contents every instrument has, with the instrument file's facts and a penalty table with every provision", async ({ page }) => {
  await page.goto("/penal-code/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lov om straff (straffeloven)");
  const facts = page.getByRole("region", { name: "About the Act" });
  await expect(facts).toContainText("LOV-2005-05-20-28");
  await expect(facts).toContainText("15 April 2026");
  await expect(page.locator("nav#contents").getByRole("link")).toHaveCount(provisions.length);
  await expect(page.locator(".statute-source")).toContainText("last corrected by Lovdata on 12 January 2023");
  const table = page.getByRole("table");
  await expect(table.locator("thead th")).toHaveText(["Provision", "What it covers", "Maximum penalty", "Negligence"]);
  await expect(table.locator("tbody tr")).toHaveCount(provisions.length);
  const row = table.locator("tbody tr", { hasText: "Section 267 a" });
  await expect(row.locator("td").nth(1)).toHaveText("Fine or imprisonment up to 1 year");
  await expect(row.locator("td").nth(2)).toHaveText("Gross negligence: fine or imprisonment up to 6 months");
  await row.getByRole("link", { name: "Section 267 a" }).click();
  await expect(page).toHaveURL(/\/penal-code\/267a\/$/);
});

test("the provisions read on one page, as every instrument's whole text does, with anchors per section", async ({ page }) => {
  await page.goto("/penal-code/");
  await page.getByRole("link", { name: "Whole text on one page" }).click();
  await expect(page).toHaveURL(/\/penal-code\/full\/$/);
  const sections = page.locator(".full-section");
  await expect(sections).toHaveCount(provisions.length);
  for (const [id, , , , phrase] of provisions) await expect(page.locator(`#section-${id}`)).toContainText(phrase as string);
  await expect(page.locator("#section-205-subsection-1-a")).toContainText("hemmelig avlytter");
  // Each provision's page links here, and the Penal Code's explanations name Lovdata's English translation as not theirs.
  await expect(page.locator("#section-205 .explanation-notice").getByRole("link", { name: "unofficial English translation" })).toHaveCount(1);
  await page.goto("/penal-code/205/");
  await expect(page.getByRole("link", { name: "Whole text on one page" })).toHaveAttribute("href", "/penal-code/full/");
  // A printout names the text's date and source, as every instrument's section page does.
  await expect(page.locator(".print-provenance")).toContainText("15 April 2026");
  await expect(page.locator(".print-provenance")).toContainText("LOV-2005-05-20-28, Lovdata (NLOD 2.0).");
});

test("the main navigation leads to the Penal Code, the guides and the glossary", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const [name, path] of [
    ["Penal Code", "/penal-code/"],
    ["Guides", "/guides/"],
    ["Glossary", "/glossary/"],
  ]) {
    await expect(nav.getByRole("link", { name })).toHaveAttribute("href", path);
  }
  await page.goto("/penal-code/311/");
  await expect(nav.getByRole("link", { name: "Penal Code" })).toHaveAttribute("aria-current", "page");
});

test("axe, light and dark: the index and a provision with a targeted letter", async ({ page }) => {
  if (!crawled("/penal-code/")) {
    await page.goto("/penal-code/");
    expect(await axeViolationsInBothThemes(page)).toEqual({});
  }
  await page.goto("/penal-code/311/#subsection-1-c");
  expect(await axeViolationsInBothThemes(page)).toEqual({});
});

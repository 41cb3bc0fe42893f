import { expect, test } from "./fixtures";

test("the Norwegian section page has lang=nb, the same anchors and a link to the English", async ({ page }) => {
  await page.goto("/personopplysningsloven/16/");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("§ 16. Unntak fra retten til informasjon og innsyn");
  await expect(page.locator("#subsection-1-c")).toContainText("c. det må anses utilrådelig");
  await expect(page.locator("#subsection-4")).toContainText("Plikten til å underrette den registrerte");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/personal-data-act\/16\/$/);
  await page.getByRole("link", { name: "English translation" }).click();
  await expect(page).toHaveURL(/\/personal-data-act\/16\/$/);
});

test("the Norwegian text names its source in Norwegian only, and contents list all sections", async ({ page }) => {
  await page.goto("/personopplysningsloven/");
  await expect(page.locator(".toc ul a")).toHaveCount(35);
  for (const path of ["/personopplysningsloven/", "/personopplysningsloven/full/", "/personopplysningsloven/3/"]) {
    await page.goto(path);
    const notice = page.locator(".translation-notice");
    await expect(notice).toContainText("Lovteksten er gjengitt etter Lovdatas offentlige data");
    await expect(notice).toContainText("Opphav: Lovdatas dataeksport");
    await expect(notice.locator('[lang="en"]')).toHaveCount(0);
    await expect(notice).not.toContainText("Source:");
  }
  await expect(page.locator("#subsection-1")).toBeVisible();
  await page.goto("/personopplysningsloven/full/");
  await expect(page.locator("#section-12a-subsection-1")).toContainText("arbeidslivskriminalitet");
});

test("side by side: a ledd of § 16 beside its English subsection, bokstav beside letter", async ({ page }) => {
  await page.goto("/personal-data-act/parallel/#section-16-subsection-1-c");
  const row = page.locator("#section-16-subsection-1-c");
  await expect(row).toBeInViewport();
  await expect(row.locator('td[lang="en"]')).toContainText("c. it must be considered inadvisable");
  await expect(row.locator('td[lang="nb"]')).toContainText("c. det må anses utilrådelig");
  const second = page.locator("#section-16-subsection-2");
  await expect(second.locator('td[lang="en"]')).toContainText("Information as mentioned in first subsection c");
  await expect(second.locator('td[lang="nb"]')).toContainText("Opplysninger som nevnt i første ledd bokstav c");
  await expect(page.locator(".parallel-section")).toHaveCount(35);
});

test("on the English page the Norwegian can be shown alongside, and the choice is remembered", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  const nb = page.locator("[data-alongside-cell]").first();
  await expect(nb).toBeHidden();
  const toggle = page.getByRole("button", { name: "Show Norwegian alongside" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(nb).toBeVisible();
  await expect(nb).toContainText("Retten til informasjon og innsyn");
  await page.goto("/personal-data-act/5/");
  await expect(page.locator("[data-alongside-cell]").first()).toBeVisible();
  await page.getByRole("button", { name: "Show Norwegian alongside" }).click();
  await page.reload();
  await expect(page.locator("[data-alongside-cell]").first()).toBeHidden();
});

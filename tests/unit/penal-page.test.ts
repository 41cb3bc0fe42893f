// How a Penal Code provision's page reads (src/lib/penal/page.ts): in English, under "Penal Code",
// with the penalty frame in its description (its date and source in print are every instrument's, from its facts).
import { expect, test } from "vitest";
import { citation } from "../../src/lib/citation";
import { penalSectionPage } from "../../src/lib/penal/page";
import { formatFrame } from "../../src/lib/statute/penalty";
import { ui } from "../../src/i18n";
import { paths } from "../../src/lib/urls";
import { builtStatutes } from "./helpers/built";

const code = builtStatutes().find((s) => s.key === "penal")!;

test("each provision: an English title with the citation, the Norwegian citation on its card, the frame in the description", () => {
  const provisions = code.chapters.flatMap((c) => c.sections);
  expect(provisions).toHaveLength(9);
  for (const p of provisions) {
    const page = penalSectionPage(p);
    const heading = p.data.heading;
    expect(page.lang).toBe("en");
    expect(page.title).toBe(`${citation({ statute: "penal", section: p.id }, "en")}: ${heading.en}`);
    expect(page.ogKicker).toBe(citation({ statute: "penal", section: p.id }, "nb"));
    expect(page.description).toContain(`Straffeloven § ${p.label} (${heading.nb})`);
    expect(page.description).toContain(formatFrame(p.data.penalty!.main).toLowerCase());
    expect(page.search?.filters).toEqual({ type: "Penal Code" });
  }
});

test("under Penal Code", () => {
  const page = penalSectionPage(code.chapters.flatMap((c) => c.sections).find((p) => p.id === "205")!);
  const trail = (lang: "en" | "nb") => page.breadcrumbs!.map((c) => ({ ...c, label: typeof c.label === "string" ? c.label : c.label(ui(lang)) }));
  expect(trail("en")).toEqual([{ label: "Home", path: "/" }, { label: "Penal Code", path: paths.penalCodeIndex() }, { label: "Section 205" }]);
  // Home and the Penal Code follow the reader's interface language; the section's own name does not.
  expect(trail("nb")).toEqual([{ label: "Hjem", path: "/" }, { label: "Straffeloven", path: paths.penalCodeIndex() }, { label: "Section 205" }]);
});

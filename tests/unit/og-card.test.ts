import { describe, expect, test } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardFromMeta, cardPath, cardSvg, layoutCard, textWidth, wrap } from "../../src/lib/og/card";
import { pageCard } from "../../src/integrations/og-images";

const SITE = "Norwegian Data Protection Reference";
const LINE = CARD_WIDTH - 160;
const long =
  "Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18: an administrative fine for sharing users' personal data, including their use of the app, with advertising partners without a valid legal basis under Articles 6(1) and 9(1)";

describe("wrap", () => {
  test("breaks between words, every line within the width, nothing lost", () => {
    const lines = wrap(long, LINE, 58, Infinity);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(textWidth(line, 58)).toBeLessThanOrEqual(LINE);
    expect(lines.join(" ")).toBe(long);
  });

  test("fills each line: the next word would not have fitted", () => {
    const lines = wrap(long, LINE, 58, Infinity);
    for (let i = 0; i < lines.length - 1; i++) expect(textWidth(`${lines[i]} ${lines[i + 1].split(" ")[0]}`, 58)).toBeGreaterThan(LINE);
  });

  test("at most maxLines, the last ending in an ellipsis that still fits", () => {
    const lines = wrap(long, LINE, 68, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ …$/);
    expect(textWidth(lines[1], 68)).toBeLessThanOrEqual(LINE);
    expect(long.startsWith(`${lines[0]} ${lines[1].replace(/ …$/, "")}`)).toBe(true);
  });

  test("a word wider than the line is cut, not left running off the card", () => {
    const word = "https://www.datatilsynet.no/regelverk-og-verktoy/lover-og-regler/avgjorelser-fra-datatilsynet/2021/";
    const lines = wrap(word, 600, 40, Infinity);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe(word);
    for (const line of lines) expect(textWidth(line, 40)).toBeLessThanOrEqual(600);
  });

  test("Norwegian letters and § have their own widths; unknown characters count as wide", () => {
    expect(textWidth("æ", 100)).toBeGreaterThan(textWidth("a", 100));
    expect(textWidth("§", 100)).toBeGreaterThan(0);
    expect(textWidth("ŋ", 100)).toBeGreaterThanOrEqual(textWidth("W", 100));
    expect(textWidth("il", 100)).toBeLessThan(textWidth("mw", 100));
  });
});

describe("layoutCard", () => {
  test("a short title is large and whole; the kicker sits above it", () => {
    const l = layoutCard({ kicker: "personopplysningsloven § 16", title: "Personal Data Act section 16: Rights of the data subject" });
    expect(l.kicker).toEqual(["personopplysningsloven § 16"]);
    expect(l.titleSize).toBe(68);
    expect(l.title.join(" ")).toBe("Personal Data Act section 16: Rights of the data subject");
    expect(l.titleY).toBeGreaterThan(l.kickerY);
  });

  test("a long title steps down in size before it is cut, and stays above the footer", () => {
    const l = layoutCard({ kicker: long.slice(0, 90), title: long });
    expect(l.kicker.length).toBeLessThanOrEqual(2);
    expect(l.titleSize).toBeLessThan(68);
    const lastBaseline = l.titleY + (l.title.length - 1) * Math.round(l.titleSize * 1.15);
    expect(lastBaseline).toBeLessThanOrEqual(490);
    for (const line of l.title) expect(textWidth(line, l.titleSize)).toBeLessThanOrEqual(LINE);
  });

  test("a title that fits at a smaller size is not cut", () => {
    const title = long.slice(0, 160);
    const l = layoutCard({ title });
    expect(l.title.join(" ")).toBe(title);
  });
});

describe("cardSvg and its address", () => {
  const card = { kicker: "Datatilsynet, vedtak 5. februar 2021", title: "Ærlig & «rett» <svar> på § 12" };

  test("a 1200×630 SVG with the text escaped and the site's name", () => {
    const svg = cardSvg(card, SITE);
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain("Ærlig &amp; «rett» &lt;svar&gt; på § 12");
    expect(svg).toContain(SITE);
    expect(svg).not.toMatch(/<svar>/);
  });

  test("the PNG is named by the card's content: same card same file, another card another file", () => {
    expect(cardPath(card, SITE)).toMatch(/^\/og\/[0-9a-f]{16}\.png$/);
    expect(cardPath({ ...card }, SITE)).toBe(cardPath(card, SITE));
    expect(cardPath({ ...card, kicker: "Datatilsynet, vedtak 6. februar 2021" }, SITE)).not.toBe(cardPath(card, SITE));
  });

  test("the alternative text carries the kicker and title, and gives them back", () => {
    expect(cardAlt(card)).toBe("Datatilsynet, vedtak 5. februar 2021 — Ærlig & «rett» <svar> på § 12");
    expect(cardFromMeta(card.title, cardAlt(card))).toEqual(card);
    expect(cardFromMeta("Guides", cardAlt({ title: "Guides" }))).toEqual({ title: "Guides" });
    expect(() => cardFromMeta("Guides", "Something else")).toThrow(/does not end with the page's og:title "Guides"/);
  });
});

describe("pageCard (reading a built page's head)", () => {
  const card = { kicker: "Guide", title: `Recording "calls" & meetings` };
  const head = (image: string) =>
    `<html><head><meta property="og:title" content="Recording &quot;calls&quot; &amp; meetings"><meta property="og:image" content="${image}"><meta property="og:image:alt" content="Guide — Recording &#34;calls&#34; &amp; meetings"></head><body></body></html>`;

  test("decodes the attributes and finds the card the page names", () => {
    const path = cardPath(card, SITE);
    expect(pageCard(head(`https://personvern.example.org/privacy-law${path}`), "x.html")).toEqual({ path, card });
  });

  test("a page whose og:image is not its card's is an error naming the file", () => {
    expect(() => pageCard(head("https://personvern.example.org/og/0000000000000000.png"), "guides/x/index.html")).toThrow(/guides\/x\/index.html: og:image/);
  });

  test("a page without og:image (a redirect page) has no card", () => {
    expect(pageCard("<html><head><title>Redirect</title></head></html>", "r.html")).toBeUndefined();
  });
});

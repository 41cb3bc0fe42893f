// The card pool of src/integrations/og-images.ts and its worker threads (og-worker.ts): real
// drawing with resvg into a cache of the test's own.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, test } from "vitest";
import { CardPool } from "../../src/integrations/og-images";
import { CARD_HEIGHT, CARD_LISTENER, CARD_WIDTH, cardPath, requestCard, type Card } from "../../src/lib/og/card";

const SITE = "Norwegian Data Protection Reference";
const dir = mkdtempSync(join(tmpdir(), "og-pool-"));
const cache = pathToFileURL(`${dir}/`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a card is drawn once into the cache as a 1200×630 PNG, and a later build finds it there", { timeout: 30_000 }, async () => {
  const card = { kicker: "Datatilsynet, vedtak 13. desember 2021", title: "Grindr: fine for sharing users' data with advertisers" };
  const other = { title: "Guides" };
  const pool = new CardPool(cache, 2);
  const [first, again, second] = await Promise.all([
    pool.draw(cardPath(card, SITE), card),
    pool.draw(cardPath(card, SITE), card),
    pool.draw(cardPath(other, SITE), other),
  ]);
  expect(pool.threads).toBe(2);
  await pool.close();
  expect([first, again, second]).toEqual([true, true, true]);
  expect(pool.drawn).toBe(2);
  expect(readdirSync(dir).sort()).toEqual([cardPath(card, SITE), cardPath(other, SITE)].map((p) => p.slice(4)).sort());
  const png = readFileSync(new URL(cardPath(card, SITE).slice(4), cache));
  expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);

  // A later build finds the card in the cache without starting a thread to look.
  const later = new CardPool(cache, 1);
  expect(await later.draw(cardPath(card, SITE), card)).toBe(false);
  expect(later.threads).toBe(0);
  await later.close();
  expect(later.drawn).toBe(0);
});

test("requestCard gives the card's address and tells a listening build to draw it", () => {
  const card = { kicker: "Guide", title: "Cameras at work" };
  const heard: [string, Card][] = [];
  const global = globalThis as { [CARD_LISTENER]?: (path: string, card: Card) => void };
  expect(requestCard(card, SITE)).toBe(cardPath(card, SITE));
  global[CARD_LISTENER] = (path, c) => heard.push([path, c]);
  try {
    expect(requestCard(card, SITE)).toBe(cardPath(card, SITE));
  } finally {
    delete global[CARD_LISTENER];
  }
  expect(heard).toEqual([[cardPath(card, SITE), card]]);
});

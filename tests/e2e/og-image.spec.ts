// Link previews: every page names a 1200×630 PNG card (og:image) drawn at build time, on the host
// the site was built for (SITE_URL), and the card files are really there. Reads dist/ without a browser.
import { openSync, readSync, closeSync, readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "./fixtures";
import { dist, htmlFiles, onePageOfEachKind } from "./site";

const SITE = new URL(process.env.SITE_URL ?? "http://127.0.0.1:4321").origin;
const LOOPBACK = /^https?:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?\//;

/** Width and height from a PNG's signature and IHDR chunk (the first 24 bytes). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = Buffer.alloc(24);
  const fd = openSync(file, "r");
  readSync(fd, bytes, 0, 24, 0);
  closeSync(fd);
  expect(bytes.subarray(0, 8).toString("hex"), file).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1"), file).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`, "g"))].map((m) => m[1].replace(/&amp;/g, "&"));

test("every page's og:image is a 1200×630 PNG of this build on the site's own host, with its size, alt and a large card", () => {
  const problems: string[] = [];
  const cards = new Set<string>();
  let pages = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, "utf8");
    if (/<meta http-equiv="refresh"/.test(html)) continue; // a redirect page (/pda/12A/) previews where it leads
    const name = relative(dist, file);
    pages++;
    const [image] = meta(html, "og:image");
    if (!image) {
      problems.push(`${name}: no og:image`);
      continue;
    }
    const url = new URL(image);
    if (url.origin !== SITE) problems.push(`${name}: og:image on ${url.origin}, not ${SITE}`);
    if (!/^\/og\/[0-9a-f]{16}\.png$/.test(url.pathname)) problems.push(`${name}: og:image ${url.pathname}`);
    cards.add(url.pathname);
    if (meta(html, "og:image:width")[0] !== "1200" || meta(html, "og:image:height")[0] !== "630") problems.push(`${name}: size not 1200×630`);
    if (!meta(html, "og:image:alt")[0]) problems.push(`${name}: no og:image:alt`);
    if (meta(html, "twitter:card")[0] !== "summary_large_image") problems.push(`${name}: twitter:card`);
    if (!LOOPBACK.test(`${SITE}/`))
      for (const value of [...html.matchAll(/<meta (?:property|name)="(?:og|twitter):[^"]*" content="(https?:[^"]*)"/g)].map((m) => m[1]))
        if (LOOPBACK.test(value)) problems.push(`${name}: ${value}`);
  }
  expect(problems).toEqual([]);
  expect(pages).toBeGreaterThan(600);
  for (const path of cards) {
    const file = join(dist, path);
    expect(existsSync(file), path).toBe(true);
    expect(pngSize(file), path).toEqual({ width: 1200, height: 630 });
  }
});

test("the card names the page: its citation and title, served as a PNG", async ({ request }) => {
  const expected: Record<string, string> = {
    "/personal-data-act/16/": "personopplysningsloven § 16 — Personal Data Act section 16: ",
    "/personopplysningsloven/16/": "Personal Data Act section 16 — personopplysningsloven § 16: ",
    "/penal-code/205/": "straffeloven § 205 — Penal Code section 205: ",
    "/gdpr/article-33/": "Regulation (EU) 2016/679 (GDPR) — GDPR Article 33: ",
    "/gdpr/recital-71/": "Regulation (EU) 2016/679 (GDPR) — GDPR recital 71",
    "/guides/breach-notification/": "Guide — ",
  };
  const paths = [...new Set([...Object.keys(expected), ...onePageOfEachKind()])];
  const seen = new Set<string>();
  for (const path of paths) {
    const html = readFileSync(join(dist, path, "index.html"), "utf8");
    if (/<meta http-equiv="refresh"/.test(html)) continue;
    const [alt] = meta(html, "og:image:alt");
    const [title] = meta(html, "og:title");
    expect(alt.endsWith(title), path).toBe(true);
    if (expected[path]) expect(alt.startsWith(expected[path]), `${path}: ${alt}`).toBe(true);
    const image = new URL(meta(html, "og:image")[0]);
    if (seen.has(image.pathname)) continue;
    seen.add(image.pathname);
    const response = await request.get(image.pathname);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString("latin1"), path).toBe("PNG");
  }
  // A decision's card carries its citation with the date; a guide's says it is a guide.
  const decision = readFileSync(join(dist, "decisions", "2013-01-31-a-v-avfallsservice", "index.html"), "utf8");
  expect(meta(decision, "og:image:alt")[0]).toMatch(/^Supreme Court of Norway, judgment of 31 January 2013, case HR-2013-00234-A .* — /);
  expect(seen.size).toBeGreaterThan(5);
});

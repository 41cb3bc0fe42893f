// Old and short URLs that answer with a redirect. Used to make HTML redirect pages (any static
// host) and the _redirects file (hosts that read one). ":section" stands for any section id.
// Decision pages whose file name changed when a corrected date moved them are in
// content/decisions/moved.json (kept by npm run decisions:sync).
import moved from "../../content/decisions/moved.json";
import { escapeHtml } from "./html";

export interface RedirectRule {
  from: string;
  to: string;
  /** Whose section ids ":section" stands for: the Act's (default) or the Penal Code's. */
  sections?: "pda" | "penal";
}

export const redirectRules: RedirectRule[] = [
  { from: "/pda/", to: "/personal-data-act/" },
  { from: "/pda/:section/", to: "/personal-data-act/:section/" },
  ...(moved as { from: string; to: string }[]).map((m) => ({ from: `/decisions/${m.from}/`, to: `/decisions/${m.to}/` })),
  // The Penal Code under its Norwegian name, as it is cited ("straffeloven § 205").
  { from: "/straffeloven/", to: "/penal-code/" },
  { from: "/straffeloven/:section/", to: "/penal-code/:section/", sections: "penal" },
];

/** Whether a site path (without the base path) is a redirect page: such pages stay out of the sitemap. */
export function isRedirect(pathname: string): boolean {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  return redirectRules.some(({ from }) => new RegExp(`^${from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(":section", "[^/]+")}$`).test(path));
}

/**
 * The same address with its section id in capitals ("/pda/12a/" → "/pda/12A/"), for section
 * ids with a letter (12 a, 266 a, 3-15 b); undefined for every other page. People type and paste
 * ids as printed ("§ 12 A"), and static hosts match paths case-sensitively.
 */
export function caseVariant(pathname: string): string | undefined {
  const match = /^(.*\/)?(\d+(?:-\d+)?[a-z]{1,2})(\/?)$/.exec(pathname);
  return match ? `${match[1] ?? ""}${match[2].toUpperCase()}${match[3]}` : undefined;
}

/**
 * The lines of a Netlify/Cloudflare-style _redirects file, under the base path. `301!` makes
 * hosts that honour it (Netlify) redirect even though a redirect page exists at the old address,
 * so that an HTTP redirect keeps the #anchor without JavaScript. `pages` are the built pages'
 * paths, for the capitalised variants of section addresses.
 */
export function redirectsFile(base: string, pages: string[] = []): string {
  const prefix = base.replace(/\/$/, "");
  const variants = pages.flatMap((page) => {
    const path = `/${page.replace(/^\//, "")}`;
    const upper = caseVariant(path);
    return upper ? [{ from: upper, to: path }] : [];
  });
  return (
    [...redirectRules, ...variants]
      .flatMap(({ from, to }) => {
        const target = `${prefix}${to}`;
        // Answer with and without the trailing slash.
        return [`${prefix}${from} ${target} 301!`, `${prefix}${from.replace(/\/$/, "")} ${target} 301!`];
      })
      .join("\n") + "\n"
  );
}

/**
 * A page that sends the reader on to `target` (a URL path), keeping any #anchor: a meta refresh,
 * a canonical link and a small script that carries the hash. The same page as layouts/Redirect.astro,
 * for pages written after the build (the capitalised section addresses).
 */
export function redirectPage(target: string, canonical: string, script: string): string {
  const [t, c, s] = [target, canonical, script].map(escapeHtml);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moved to ${c}</title><meta name="robots" content="noindex"><link rel="canonical" href="${c}"><script src="${s}" data-to="${t}"></script><meta http-equiv="refresh" content="0; url=${t}"></head><body><p>This address has moved to <a href="${t}">${c}</a>.</p></body></html>\n`;
}

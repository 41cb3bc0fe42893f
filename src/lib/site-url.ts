// The site's public address (SITE_URL). Canonical links, link previews, the sitemap, feeds and
// data files are absolute, so a build for the web must know where it will live.

/** The address used when SITE_URL is unset outside a build (the dev server). */
export const LOCAL_SITE_URL = "http://127.0.0.1:4321";

/** What is wrong with a SITE_URL value for a build, or undefined when it will do. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  const local = `For a local build run npm run build:local (the same as SITE_URL=${LOCAL_SITE_URL} npm run build); npm start and npm test set it for you.`;
  if (!value?.trim())
    return `SITE_URL is not set. A build for the web needs the address it will be served from, e.g. SITE_URL=https://personvern.example.org npm run build. ${local}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL is not an absolute URL: "${value}". Write it with its scheme, e.g. https://personvern.example.org. ${local}`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `SITE_URL must start with https:// or http://, not "${url.protocol}" ("${value}").`;
  if (url.pathname !== "/" || url.search || url.hash)
    return `SITE_URL names the host only ("${url.origin}"); put a sub-path in BASE_PATH instead ("${value}").`;
  return undefined;
}

/**
 * Whether a build runs on a CI or hosting machine (CI, Netlify, Cloudflare Pages, Vercel,
 * GitHub Actions, GitLab set these), where it is a build for the web: there a missing or bad
 * SITE_URL stops the build. On a developer's machine it is a loud warning and the local address.
 */
export function deployBuild(env: Record<string, string | undefined>): boolean {
  return ["CI", "NETLIFY", "CF_PAGES", "VERCEL", "GITHUB_ACTIONS", "GITLAB_CI"].some((name) => !!env[name] && env[name] !== "false" && env[name] !== "0");
}

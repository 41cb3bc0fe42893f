// Old and short URLs that answer with a redirect. Used to make HTML redirect pages (any static
// host) and the _redirects file (hosts that read one). ":section" stands for any section id.
export interface RedirectRule {
  from: string;
  to: string;
}

export const redirectRules: RedirectRule[] = [
  { from: "/pda/", to: "/personal-data-act/" },
  { from: "/pda/:section/", to: "/personal-data-act/:section/" },
];

/** The lines of a Netlify/Cloudflare-style _redirects file, under the base path. */
export function redirectsFile(base: string): string {
  const prefix = base.replace(/\/$/, "");
  return (
    redirectRules
      .flatMap(({ from, to }) => {
        const target = `${prefix}${to}`;
        // Answer with and without the trailing slash.
        return [`${prefix}${from} ${target} 301`, `${prefix}${from.replace(/\/$/, "")} ${target} 301`];
      })
      .join("\n") + "\n"
  );
}

// Stops a build for the web that does not know the site's public address (see lib/site-url.ts);
// on a developer's machine it warns and builds for the local address.
import type { AstroIntegration } from "astro";
import { deployBuild, LOCAL_SITE_URL, siteUrlProblem } from "../lib/site-url";

export default function siteUrlRequired(): AstroIntegration {
  return {
    name: "site-url-required",
    hooks: {
      "astro:config:setup": ({ command, logger }) => {
        if (command !== "build") return;
        const problem = siteUrlProblem(process.env.SITE_URL);
        if (!problem) return;
        if (deployBuild(process.env)) throw new Error(problem);
        logger.warn(`${problem}\nThis build on a developer's machine names ${LOCAL_SITE_URL} in every absolute URL; do not deploy it.`);
      },
    },
  };
}

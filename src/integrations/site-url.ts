// Stops a build that does not know the site's public address (see lib/site-url.ts).
import type { AstroIntegration } from "astro";
import { siteUrlProblem } from "../lib/site-url";

export default function siteUrlRequired(): AstroIntegration {
  return {
    name: "site-url-required",
    hooks: {
      "astro:config:setup": ({ command }) => {
        if (command !== "build") return;
        const problem = siteUrlProblem(process.env.SITE_URL);
        if (problem) throw new Error(problem);
      },
    },
  };
}

// @ts-check
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import ogImages from "./src/integrations/og-images.ts";
import pagefindIndex from "./src/integrations/pagefind.ts";
import rehypeCrossReferences from "./src/plugins/rehype-cross-references.ts";
import rehypeTargetLinks from "./src/plugins/rehype-target-links.ts";
import siteUrlRequired from "./src/integrations/site-url.ts";
import staticHostFiles from "./src/integrations/static-host-files.ts";
import { isRedirect } from "./src/lib/redirects.ts";
import { LOCAL_SITE_URL } from "./src/lib/site-url.ts";

const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  // Absolute URLs (canonical links, link previews, data files) use SITE_URL, which a build must set
  // (siteUrlRequired stops it otherwise; the dev server falls back to a local address). BASE_PATH puts the site under a sub-path.
  site: process.env.SITE_URL || LOCAL_SITE_URL,
  base,
  outDir: process.env.OUT_DIR ?? "dist",
  build: { format: "directory", inlineStylesheets: "never" },
  // smartypants off: quoted text (statutes, GDPR articles) must keep its own punctuation.
  markdown: { processor: unified({ gfm: true, smartypants: false, rehypePlugins: [rehypeTargetLinks, rehypeCrossReferences] }) },
  integrations: [
    siteUrlRequired(),
    mdx(),
    // Redirect pages (old and alias addresses) are not pages of their own: only their targets are listed.
    sitemap({
      filter: (page) => {
        const path = `/${new URL(page).pathname.slice(base.replace(/\/?$/, "/").length)}`;
        return !isRedirect(path) && !/^\/(search\/|404\/?$)/.test(path);
      },
    }),
    staticHostFiles(),
    ogImages(),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  // No inline scripts: every script is a file, so a strict Content-Security-Policy can apply.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX entry "use astro:head-inject", and Rolldown warns about each one
        // (withastro/astro#18087): 270 warnings, 2,600 lines, that bury any warning that matters.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
});

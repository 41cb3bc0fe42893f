// Lets Node run the site's TypeScript modules from scripts: a relative import without an extension
// ("../refs/recognise", as Vite resolves it in the build) is tried with ".ts".
// Used as: node --experimental-transform-types --import ./scripts/resolve-ts.ts scripts/<script>.ts
import { existsSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]sx?$|\.json$/.test(specifier) && context.parentURL?.startsWith("file:")) {
      if (existsSync(fileURLToPath(new URL(`${specifier}.ts`, context.parentURL)))) return next(`${specifier}.ts`, context);
    }
    return next(specifier, context);
  },
});

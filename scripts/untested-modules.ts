// Lists the modules of src/lib and src/scripts that have no unit test file named after them
// (tests mirror sources: lib/trees/walk.ts is tested in tests/unit/trees-walk.test.ts or walk.test.ts,
// lib/refs/recognise/scanner.ts in recognise-scanner.test.ts: the test's name is the module's path below
// lib/ or scripts/, or its end, with "-" for "/"). Adapters that read Astro's collections (astro:content)
// and modules without logic (types and constants) are listed apart. Prints nothing else; exits 0.
// Run: npm run test:mirror
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(import.meta.dirname, "..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.[jt]s$/.test(name) ? [path] : [];
  });

const tests = new Set(readdirSync(join(root, "tests", "unit")).flatMap((f) => (f.endsWith(".test.ts") ? [f.replace(/\.test\.ts$/, "")] : [])));
const groups = { untested: [] as string[], adapters: [] as string[], noLogic: [] as string[] };
for (const file of [...files(join(root, "src", "lib")), ...files(join(root, "src", "scripts"))].sort()) {
  const parts = relative(join(root, "src"), file)
    .replace(/\.[jt]s$/, "")
    .split("/")
    .slice(1);
  if (parts.some((_, i) => tests.has(parts.slice(i).join("-")))) continue;
  const text = readFileSync(file, "utf8");
  const name = relative(root, file);
  if (text.includes('from "astro:content"')) groups.adapters.push(name);
  else if (!/\bfunction\b|=>/.test(text)) groups.noLogic.push(name);
  else groups.untested.push(name);
}
const show = (title: string, list: string[]) => list.length && console.log(`${title} (${list.length}):\n${list.map((f) => `  ${f}`).join("\n")}`);
show("Modules with logic and no test file of their own", groups.untested);
show("Adapters reading Astro's collections (tested through the build and the e2e tests)", groups.adapters);
show("Modules without logic (types, constants)", groups.noLogic);

// Run by npm before dev, build, check and test (the "pre" scripts): stops with a clear message when
// the Node that npm found is older than package.json's engines field allows. Plain JavaScript, so
// that an old Node can run it. `npm run` normally finds the project's own Node 22 (the `node`
// devDependency in node_modules/.bin); an old one means node_modules is missing or was installed
// by hand, or the script was started outside npm.
import { readFileSync } from "node:fs";

const wanted = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).engines.node;
const [needMajor, needMinor] = wanted
  .replace(/^>=\s*/, "")
  .split(".")
  .map(Number);
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(
    [
      `This project needs Node ${wanted}; npm ran Node ${process.versions.node} (${process.execPath}).`,
      "The project brings its own Node 22: run `npm install`, then start scripts with `npm run …`,",
      "which puts node_modules/.bin first on PATH. With a version manager, `nvm use` reads .nvmrc.",
    ].join("\n"),
  );
  process.exit(1);
}

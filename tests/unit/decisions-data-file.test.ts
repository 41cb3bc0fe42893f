// Reading the facts file and the ledger (lib/decisions/data-file.ts) from a project root: every entry
// checked against its schema, a bad one failing with the entry, the field and the value. Each test
// writes a small root of its own in the system's temporary folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { readDataFile, readLedger } from "../../src/lib/decisions/data-file";
import { DATA_FILE } from "../../src/lib/decisions/facts";
import { LEDGER_FILE } from "../../src/lib/decisions/ledger";
import { dataEntry } from "./helpers/decision-entry";

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A project root holding the given files (path below the root → content, written as JSON unless it is text). */
function rootWith(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), "data-file-"));
  roots.push(root);
  mkdirSync(join(root, "data"));
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, path), typeof content === "string" ? content : JSON.stringify(content));
  return root;
}

describe("the facts file", () => {
  test("entries come back as written, checked", () => {
    const entries = [dataEntry({ id: "acme-2021" }), dataEntry({ id: "beta-2022", date: null, amount: null, currency: null })];
    expect(readDataFile(rootWith({ [DATA_FILE]: entries }))).toEqual(entries);
  });

  test("a bad entry fails naming the file, the entry, the field and the value", () => {
    const bad = { ...dataEntry({ id: "acme-2021" }), sources: ["https://www.datatilsynet.no/x", "ftp://example.org/y"] };
    expect(() => readDataFile(rootWith({ [DATA_FILE]: [dataEntry({ id: "ok-2020" }), bad] }))).toThrow(
      /^data\/decision-facts\.json: entry "acme-2021", field "sources\.1" = "ftp:\/\/example\.org\/y": /,
    );
    expect(() => readDataFile(rootWith({ [DATA_FILE]: [{ ...dataEntry({ id: "acme-2021" }), authority: "Tingretten" }] }))).toThrow(
      'entry "acme-2021", field "authority" = "Tingretten"',
    );
  });

  test("an entry without an id is named by its place in the file; a field it lacks has no value", () => {
    const { id: _, ...noId } = dataEntry({ id: "x" });
    expect(() => readDataFile(rootWith({ [DATA_FILE]: [dataEntry({ id: "first" }), noId] }))).toThrow(
      /^data\/decision-facts\.json: entry "#1", field "id" = undefined: /,
    );
  });

  test("a file that is not JSON, or not a list, fails naming the file", () => {
    expect(() => readDataFile(rootWith({ [DATA_FILE]: '[{"id": "acme-2021",' }))).toThrow(/^data\/decision-facts\.json: not valid JSON: /);
    expect(() => readDataFile(rootWith({ [DATA_FILE]: { "acme-2021": {} } }))).toThrow(
      'data/decision-facts.json: expected a list of entries, got {"acme-2021":{}}',
    );
  });
});

describe("the ledger", () => {
  test("read as written, and empty when the file is missing", () => {
    const ledger = { "acme-2021": { hash: "0123456789abcdef", updated: "2026-01-01T00:00:00Z" } };
    expect(readLedger(rootWith({ [LEDGER_FILE]: ledger }))).toEqual(ledger);
    expect(readLedger(rootWith({}))).toEqual({});
    expect(() => readLedger(rootWith({ [LEDGER_FILE]: "{" }))).toThrow(/^data\/decisions-updated\.json: not valid JSON: /);
  });
});

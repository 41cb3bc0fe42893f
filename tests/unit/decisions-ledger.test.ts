// When each decision last changed (lib/decisions/ledger.ts): a fingerprint of its dataset entry and page
// file, and the ledger a sync writes. (That the ledger in data/ is up to date is checked with the feeds.)
import { describe, expect, test } from "vitest";
import { fingerprint, updateLedger } from "../../src/lib/decisions/ledger";

describe("the ledger", () => {
  test("the ledger keeps a time while nothing changes and moves it when something does", () => {
    const old = { a: { hash: "1", updated: "2026-01-01T00:00:00Z" }, b: { hash: "2", updated: "2026-01-01T00:00:00Z" } };
    expect(
      updateLedger(
        old,
        new Map([
          ["a", "1"],
          ["b", "3"],
          ["c", "4"],
        ]),
        "2026-02-02T00:00:00Z",
      ),
    ).toEqual({
      a: old.a,
      b: { hash: "3", updated: "2026-02-02T00:00:00Z" },
      c: { hash: "4", updated: "2026-02-02T00:00:00Z" },
    });
  });

  test("a new ledger holds only the current ids, sorted, whatever the old one held", () => {
    const old = { gone: { hash: "9", updated: "2025-01-01T00:00:00Z" } };
    const next = updateLedger(
      old,
      new Map([
        ["b", "2"],
        ["a", "1"],
      ]),
      "2026-03-03T00:00:00Z",
    );
    expect(Object.keys(next)).toEqual(["a", "b"]);
    expect(updateLedger({}, new Map(), "2026-03-03T00:00:00Z")).toEqual({});
  });
});

describe("a decision's fingerprint", () => {
  const entry = { id: "acme", amount: 400000, related: ["b", "c"], nested: { x: 1, y: [null, true] } };

  test("the same entry gives the same fingerprint whatever the order of its keys", () => {
    const reordered = { nested: { y: [null, true], x: 1 }, related: ["b", "c"], amount: 400000, id: "acme" };
    expect(fingerprint(reordered, "page")).toBe(fingerprint(entry, "page"));
    expect(fingerprint(entry, "page")).toMatch(/^[0-9a-f]{16}$/);
  });

  test("a change to a value, to the order of a list or to the page file changes it", () => {
    const base = fingerprint(entry, "page");
    expect(fingerprint({ ...entry, amount: 400001 }, "page")).not.toBe(base);
    expect(fingerprint({ ...entry, related: ["c", "b"] }, "page")).not.toBe(base);
    expect(fingerprint(entry, "page ")).not.toBe(base);
    // The entry and the page are kept apart: text moved from one to the other is a change.
    expect(fingerprint("ab", "c")).not.toBe(fingerprint("a", "bc"));
  });
});

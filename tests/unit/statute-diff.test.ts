// The word-level comparison of two wordings (lib/statute/diff.ts).
import { describe, expect, test } from "vitest";
import { wordDiff } from "../../src/lib/statute/diff";

const words = (parts: ReturnType<typeof wordDiff>, kind: string) =>
  parts
    .filter((p) => p.kind === kind)
    .map((p) => p.text)
    .join(" | ");

describe("wordDiff", () => {
  test("the same text is one unchanged part, whatever the spacing", () => {
    expect(wordDiff("Loven gjelder  for\nbehandling", "Loven gjelder for behandling")).toEqual([{ kind: "same", text: "Loven gjelder for behandling" }]);
  });

  test("a replaced word shows as removed then added, in reading order", () => {
    const parts = wordDiff("Loven gjelder ikke for behandling", "Loven gjelder for all behandling");
    expect(parts.map((p) => p.kind)).toEqual(["same", "removed", "same", "added", "same"]);
    expect(words(parts, "removed")).toBe("ikke");
    expect(words(parts, "added")).toBe("all");
  });

  test("runs of changed words are joined into one part", () => {
    const parts = wordDiff("a b c", "a x y z c");
    expect(parts).toEqual([
      { kind: "same", text: "a" },
      { kind: "added", text: "x y z" },
      { kind: "removed", text: "b" },
      { kind: "same", text: "c" },
    ]);
  });

  test("every word of both texts is kept: the same and removed words make the earlier text, the same and added the later", () => {
    const before = "Personopplysningsloven gjelder ikke for behandling som en fysisk person utfører som ledd i rent personlige aktiviteter";
    const after = "Loven gjelder for behandling som utføres av en fysisk person som ledd i aktiviteter av rent personlig karakter";
    const parts = wordDiff(before, after);
    const rebuild = (skip: string) =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join(" ");
    expect(rebuild("added")).toBe(before);
    expect(rebuild("removed")).toBe(after);
  });

  test("empty texts", () => {
    expect(wordDiff("", "")).toEqual([]);
    expect(wordDiff("", "ny tekst")).toEqual([{ kind: "added", text: "ny tekst" }]);
    expect(wordDiff("gammel tekst", " ")).toEqual([{ kind: "removed", text: "gammel tekst" }]);
  });
});

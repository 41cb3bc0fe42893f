// How names are folded for matching (src/lib/decisions/slug.ts).
import { expect, test } from "vitest";
import { fold } from "../../src/lib/decisions/slug";

test("lower case, Norwegian letters spelt out, other accents dropped", () => {
  expect(fold("Østre Rælingen")).toBe("ostre raelingen");
  expect(fold("ÅRSAK Café Noël")).toBe("arsak cafe noel");
});

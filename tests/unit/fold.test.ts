// How text is folded for matching (src/lib/fold.ts), here names as the fines explorer filters them.
import { expect, test } from "vitest";
import { fold } from "../../src/lib/fold";

test("lower case, Norwegian letters spelt out, other accents dropped", () => {
  expect(fold("Østre Rælingen")).toBe("ostre raelingen");
  expect(fold("ÅRSAK Café Noël")).toBe("arsak cafe noel");
});

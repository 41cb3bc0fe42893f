import { it, expect } from "vitest";
import { decisionCite } from "../../src/lib/cite-places";
it("a decision is cited by body, date, bare case number and party", () => {
  expect(decisionCite({ authority: "Datatilsynet", decided: "2021-12-13", caseNumber: "Datatilsynet 20/02136-18", entity: "Grindr LLC" }, "/d/").en).toBe(
    "Datatilsynet, 13 December 2021, case 20/02136-18 (Grindr LLC)",
  );
  expect(decisionCite({ authority: "Datatilsynet", decided: "2021-12", caseNumber: "21/01507-25 (PVN number not captured)", entity: "X" }, "/d/").nb).toBe(
    "Datatilsynet, 2021-12, sak 21/01507-25 (X)",
  );
});

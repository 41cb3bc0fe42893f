import { breachTypes } from "../../../src/lib/decisions/breaches";
import type { FineRow } from "../../../src/lib/decisions/fines";

/** A fines-table row with plain defaults; what a test sets overrides them (breaches follow the articles). */
export const fineRow = (over: Partial<FineRow>): FineRow => ({
  id: "x",
  path: "/decisions/x/",
  title: "t",
  entity: "Acme AS",
  date: "2021-05-01",
  year: 2021,
  sortDate: "2021-05-01",
  authority: "Datatilsynet",
  authorityKey: "datatilsynet",
  sector: "other-private",
  body: "private",
  kind: "fine",
  amount: 100_000,
  currency: "NOK",
  nok: 100_000,
  status: "upheld",
  final: 100_000,
  note: "",
  articles: [6],
  uncertain: false,
  ...over,
  breaches: breachTypes(over.articles ?? [6]),
});

// Case numbers as courts, the Privacy Appeals Board, Datatilsynet and the Ombud print them, and the
// keys they are found by wherever a reader types or writes one: the search, /go/ and the citation
// linker all look decisions up by these keys. Pure and free of Node: it runs in the browser.

/** A Supreme Court report: "Rt-2013-143", "Rt. 2013 s. 143", "rt 2013 s.143". Groups: year, page. */
const RT = String.raw`Rt[-.]?\s?(\d{4})(?:-|\s(?:s\.\s?)?)(\d{1,4})`;

/**
 * Case numbers as printed (HR-2021-2403-A, Rt-2013-143 or "Rt. 2013 s. 143", Lovdata's LB-2022-46509 and
 * TROG-2023-81694, PVN-2022-03, 20/02375-18, 2024/4601) and as readers type them: without leading zeros or
 * suffixes. Group 1 is the whole number.
 */
export const CASE_NUMBER = new RegExp(
  String.raw`\b(HR-\d{4}-\d{1,5}(?:-[A-Z])?|${RT}|(?:L[A-H]|T[A-Z]{3,5})-\d{4}-\d{1,6}|PVN-\d{4}-\d{1,3}|\d{2}-\d{1,6}[A-Z]{3}-[A-Z]{4}(?:\/\d{2})?|\d{4}\/\d{3,5}|\d{2}\/\d{1,5}(?:-\d+)?)\b`,
  "i",
);

const RT_WHOLE = new RegExp(`^${RT}$`, "i");

/** Every case number in a text or a free-form case number field, with where it stands. */
export function caseNumberMatches(text: string): { start: number; end: number; caseNumber: string }[] {
  return [...text.matchAll(new RegExp(CASE_NUMBER.source, "gi"))].map((m) => ({ start: m.index, end: m.index + m[0].length, caseNumber: m[1] }));
}

/**
 * Every case number inside a free-form case number field ("PVN-2022-03 (Datatilsynet 20/02375)").
 * A Datatilsynet number with a document suffix ("20/02136-18") also answers without it.
 */
export function caseNumbersIn(text: string): string[] {
  return [
    ...new Set(
      caseNumberMatches(text).flatMap(({ caseNumber }) => {
        const n = caseNumber.toUpperCase();
        const bare = /^(\d{2}\/\d{5})-\d+$/.exec(n)?.[1];
        return bare ? [n, bare] : [n];
      }),
    ),
  ];
}

/** A case number with every run of digits written without leading zeros: "PVN-2022-03" and "PVN-2022-3" are one key; "Rt. 2013 s. 143" is Rt-2013-143. */
export function caseKey(caseNumber: string): string {
  return caseNumber
    .toUpperCase()
    .replace(RT_WHOLE, "RT-$1-$2")
    .replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, ""));
}

/**
 * The keys a case number is found by, most precise first: as written (zeros dropped), and without
 * its suffix (a Supreme Court "-A", a Datatilsynet document number "-18", a court's "/08").
 */
export function caseKeys(caseNumber: string): string[] {
  const key = caseKey(caseNumber.trim());
  const bare = key.replace(/^(HR-\d+-\d+)-[A-Z]$|^(\d+\/\d+)-\d+$|^(\d+-\d+[A-Z]{3}-[A-Z]{4})\/\d+$/, "$1$2$3");
  return [...new Set([key, bare])].map((k) => `case:${k}`);
}

/** Which authority's own numbering a case number follows, to prefer that authority's page. */
export function numberingOf(caseNumber: string): "Høyesterett" | "Personvernnemnda" | "Datatilsynet" | "court" {
  if (/^(HR|RT)[-.\s]/i.test(caseNumber)) return "Høyesterett";
  if (caseNumber.startsWith("PVN-")) return "Personvernnemnda";
  if (/^\d{2}\/\d{5}/.test(caseNumber)) return "Datatilsynet";
  return "court";
}

/**
 * Each key the decisions' case numbers are found by → the decisions it names. Where several
 * decisions print a number (a board's decision and the decision it reviews), it names those of the
 * authority that numbered it; a number no decision of its own authority prints names them all.
 */
export function decisionsByCaseKey<D extends { caseNumber?: string; authority?: string }>(decisions: readonly D[]): Map<string, D[]> {
  const byKey = new Map<string, { decision: D; own: boolean }[]>();
  for (const decision of decisions) {
    for (const n of caseNumbersIn(decision.caseNumber ?? "")) {
      const own = numberingOf(n) === decision.authority;
      for (const key of caseKeys(n)) {
        const named = byKey.get(key) ?? byKey.set(key, []).get(key)!;
        if (!named.some((x) => x.decision === decision)) named.push({ decision, own });
      }
    }
  }
  return new Map([...byKey].map(([key, named]) => [key, (named.some((x) => x.own) ? named.filter((x) => x.own) : named).map((x) => x.decision)]));
}

// Facts about the Penal Code (straffeloven) and the source of the Norwegian text the site
// reproduces, from the header of ../shared/sources/penal-code.md. Quoted text is verbatim;
// the English chapter titles are our glosses, not an official translation.
export const penalCodeMeta = {
  identifier: "LOV-2005-05-20-28",
  title: { nb: "Lov om straff (straffeloven)", en: "Penal Code" },
  shortTitle: { nb: "straffeloven", en: "Penal Code" },
  datedReference: "lov 20. mai 2005 nr. 28 om straff (straffeloven)",
  ministry: { nb: "Justis- og beredskapsdepartementet", en: "Ministry of Justice and Public Security" },
  /** "I kraft fra 2015-10-01, 2008-03-07": most of the Act from 1 October 2015, some parts earlier. */
  inForce: "2015-10-01",
  /** "Sist endret ved: lov/2025-12-22-115 fra 2026-04-15, lov/2026-04-10-13". */
  lastAmendedBy: ["LOV-2025-12-22-115", "LOV-2026-04-10-13"],
  /** The in-force date the export names for the first of those Acts; the text is current to then (spring 2026). */
  consolidated: "2026-04-15",
  /** "Siste rettelse: 2023-01-12". */
  lastCorrected: "2023-01-12",
  source:
    "Lovdata's public data export of the consolidated Act (nl-20050520-028.xml, from Lovdata's free dataset of statutes in force), as stored in the GitHub repository devify-no/lovspeil.no (tests/fixtures/nl-20050520-028.xml, commit f1d03793).",
  licence: "Norwegian statutes are not protected by copyright (åndsverkloven § 14), so the Norwegian wording is reproduced in full.",
  /** Lovdata's unofficial English translation of the Act; the site gives no English statutory text. */
  englishTranslation: "https://lovdata.no/dokument/NLE/lov/2005-05-20-28",
  part: { nb: "Annen del. De straffbare handlingene", en: "Part Two. The criminal offences" },
  chapters: {
    21: { nb: "Vern av informasjon og informasjonsutveksling", en: "Protection of information and the exchange of information" },
    23: { nb: "Vern av folkehelsen og det ytre miljø", en: "Protection of public health and the external environment" },
    24: { nb: "Vern av den personlige frihet og fred", en: "Protection of personal liberty and peace" },
    26: { nb: "Seksuallovbrudd", en: "Sexual offences" },
  } as Record<number, { nb: string; en: string }>,
} as const;

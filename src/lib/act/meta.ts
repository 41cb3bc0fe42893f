// Facts about the Personal Data Act as a whole, from the header of the English translation
// (../shared/seeds/personal-data-act-en.txt) and of the Norwegian source
// (../shared/sources/personopplysningsloven-no.md). Quoted text is verbatim.
export const actMeta = {
  identifier: "LOV-2018-06-15-38",
  date: "2018-06-15",
  inForce: "2018-07-20",
  consolidatedTo: "LOV-2021-06-18-124",
  consolidatedInForce: "2022-01-01",
  title: {
    en: "Act relating to the processing of personal data (The Personal Data Act)",
    nb: "Lov om behandling av personopplysninger (personopplysningsloven)",
  },
  shortTitle: { en: "Personal Data Act", nb: "personopplysningsloven" },
  datedReference: "lov 15. juni 2018 nr. 38 om behandling av personopplysninger (personopplysningsloven)",
  ministry: { en: "Ministry of Justice and Public Security", nb: "Justis- og beredskapsdepartementet" },
  /** The translation's own notices, verbatim. */
  translation: {
    published: "2023-07-11",
    amendmentsNotice:
      "Amendment Acts incorporated in this text: This translation was first published by Lovdata on 11 July 2023 and included all amendment acts in force up to this date, the last of which was Act 18 June 2021 No. 124 in force 1 January 2022.",
    disclaimer:
      "This is an unofficial translation of the Norwegian version of the Act and is provided for information purposes only. Legal authenticity remains with the Norwegian version as published in Norsk Lovtidend. In the event of any discrepancy, the Norwegian version shall prevail.",
    providedBy: "The translation is provided by the Ministry of Justice and Public Security.",
  },
  /** Where the Norwegian text on this site comes from. */
  norwegianSource:
    "Lovdata's public data (licence NLOD 2.0), consolidated up to the amending Act of 18 June 2021 no. 124 (in force 1 January 2022). Provenance: Lovdata's data export as converted to Markdown in the GitHub repository sstraume97/norwegian-laws (commit ec53a72a); only spacing left by that conversion was corrected, and the wording is Lovdata's.",
} as const;

// A small vocabulary and the knowledge a search has of it (synonyms, everyday words), shared by the
// tests of the vocabulary (src/lib/search/vocabulary.ts) and of query analysis (analyse.ts).
import { vocabularyOf } from "../../../src/lib/search/vocabulary";

export const vocabulary = vocabularyOf([
  "Fødselsnummer og andre entydige identifikasjonsmidler. National identity numbers.",
  "Datatilsynet er et uavhengig forvaltningsorgan. The Norwegian Data Protection Authority.",
  "personvernforordningen gjelder. Telefonsamtaler og samtaler, samtalen ble tatt opp. Opptak av samtalen.",
  "Camera surveillance at the workplace. The employer may not monitor employees' electronic equipment.",
  "For fødselsnummer se § 12. Job applicants and the storage limitation principle.",
  "Consent was given; consents are recorded.",
]);
export const knowledge = {
  vocabulary,
  synonyms: [
    { names: ["fødselsnummer", "national identity number"], pages: [["/personal-data-act/12/"], ["/guides/national-identity-numbers/"]] },
    { names: ["Datatilsynet", "Norwegian Data Protection Authority"], pages: [] },
  ],
  everyday: [
    { words: ["film", "filme", "cctv"], terms: ["camera surveillance"] },
    { words: ["phone", "work phone"], terms: ["electronic equipment"] },
    { words: ["job applications"], terms: ["job applicants"] },
    { words: ["store", "how long"], terms: ["storage limitation"] },
  ],
};

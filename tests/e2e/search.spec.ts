import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The result titles on the search page for a query, once the search with synonyms has replaced the first list. */
async function results(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator("[data-summary]")).toContainText("result", { timeout: 15_000 });
  await expect(page.locator("[data-hits]")).toHaveAttribute("aria-busy", "false", { timeout: 15_000 });
  return page.locator("[data-hits] .hit-title").allInnerTexts();
}

// Queries people type, and the page that must come first (or in the top three): English and
// Norwegian words, citations, case numbers and names.
const table: { q: string; first?: RegExp; top3?: RegExp }[] = [
  // citations
  { q: "§ 12", first: /section 12\. Use of national identity numbers/ },
  { q: "section 12a", first: /section 12 a\. Public authorities may disclose/ },
  { q: "pda 16", first: /section 16\. Exceptions from the rights/ },
  { q: "popl. § 16", first: /section 16\. Exceptions from the rights/ },
  { q: "personopplysningsloven § 9 annet ledd", first: /section 9\. Processing of special categories/ },
  { q: "art 33", first: /Article 33\. Notification of a personal data breach/ },
  { q: "article 9(2)", first: /Article 9\. Processing of special categories/ },
  { q: "straffeloven § 205", first: /Penal Code section 205/ },
  { q: "§ 267 a", first: /Penal Code section 267 a/ },
  { q: "HR-2021-2403-A", first: /Supreme Court: Legelisten\.no/ },
  { q: "PVN-2022-03", first: /Privacy Appeals Board: a company that buys a business/ },
  { q: "PVN-2022-22", first: /Privacy Appeals Board upholds the NOK 65 million Grindr fine/ },
  // Norwegian and English words for the same thing
  { q: "fødselsnummer", top3: /Section 12\. Use of national identity numbers|§ 12\. Bruk av fødselsnummer/ },
  { q: "national identity number", first: /Section 12\. Use of national identity numbers/ },
  { q: "tvangsmulkt", top3: /Section 29\. Coercive fines/ },
  { q: "coercive fine", top3: /§ 29\. Tvangsmulkt/ },
  { q: "overtredelsesgebyr", top3: /Section 26\. Violation penalties/ },
  { q: "Datatilsynet", top3: /§ 20\. Datatilsynet|Section 20\. The Norwegian Data Protection Authority/ },
  { q: "personvernombud", top3: /Data protection officers/ },
  { q: "arbeidslivskriminalitet", first: /§ 12 a\./ },
  // topics and names
  { q: "breach 72 hours", top3: /Personal data breaches|Article 33\. Notification|notify Datatilsynet/ },
  { q: "Grindr", first: /Grindr/ },
  { q: "Meta ban", top3: /Temporary ban on Meta's behavioural advertising/ },
  { q: "recording a phone call", top3: /May I record this conversation or phone call\?/ },
  { q: "fake cameras", top3: /Section 31\. False video surveillance equipment/ },
  { q: "age of consent 13", top3: /Section 5\. Children's consent|Children and consent/ },
  { q: "limitation period", top3: /Section 28\. Limitation period/ },

  // Questions and everyday words, in English: reduced to their content words, mapped to the law's terms.
  { q: "can my employer check my work phone", top3: /Employer access to e-mail|Section 6\.|May we set up camera surveillance/ },
  { q: "can my boss read my email", top3: /Employer access to e-mail|taking over a departing employee's mailbox/ },
  { q: "is it legal to film my employees", top3: /May we set up camera surveillance at the workplace\?|Camera surveillance at work/ },
  { q: "cctv at work", top3: /May we set up camera surveillance at the workplace\?|Camera surveillance at work/ },
  { q: "dashcam", top3: /camera surveillance|Camera surveillance|kameraovervåking/ },
  { q: "do we need consent for cookies", first: /ekomloven § 3-15/ },
  { q: "cookie banner", first: /ekomloven § 3-15/ },
  { q: "krever informasjonskapsel samtykke", first: /ekomloven § 3-15/ },
  { q: "school posting pictures of pupils", top3: /Photos and video where people expect privacy|May I publish or share a recording, photo or video/ },
  { q: "may I record a phone call I am part of", top3: /May I record this conversation or phone call\?|Recording conversations and calls/ },
  { q: "secretly recording a conversation", top3: /May I record this conversation or phone call\?|Recording conversations and calls|Penal Code § 205/ },
  { q: "we were hacked what now", top3: /Personal data breaches|Must we notify Datatilsynet|Article 33\./ },
  { q: "data leak", top3: /Personal data breaches|Article 33\. Notification|Must we notify Datatilsynet/ },
  {
    q: "how do I get a copy of my data",
    top3: /Article 15\. Right of access|Section 16\. Exceptions from the rights to information and access|§ 16\. Unntak fra retten til informasjon og innsyn/,
  },
  { q: "do we need a dpo", top3: /Do we need a data protection officer\?|Data protection officers/ },
  { q: "do we need a dpia", top3: /Do we need a data protection impact assessment|Data protection impact assessments/ },
  { q: "sending personal data to the usa", top3: /Transfers outside the EEA|May we transfer personal data outside the EEA\?|Article 44\./ },
  { q: "children under 13 consent", top3: /Children and consent|Section 5\. Children's consent/ },
  { q: "credit check fines", top3: /credit check/i },
  { q: "who decides appeals against Datatilsynet", top3: /Personvernnemnda|Privacy Appeals Board|Enforcement, fines and appeals/ },
  { q: "how long do I have to appeal", top3: /Deadline calculators|Enforcement, fines and appeals|forvaltningsloven § 29: \(klagefrist\)/ },
  { q: "gps log of a driver", top3: /truck GPS log/ },
  { q: "does the law apply to my company", top3: /Does the Personal Data Act apply\?|Does the Norwegian Personal Data Act apply to us\?/ },
  { q: "researchers using health data", top3: /Research, archiving and statistics|Section 9\.|Section 10\./ },
  // Criminal-offence data in the words people use for it (Article 10 and the Act's section 11).
  { q: "criminal record check", top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal convictions/ },
  { q: "police certificate", top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal convictions/ },
  { q: "background check", top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal convictions/ },
  { q: "record of convictions", top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal convictions/ },
  { q: "notify a breach within 72 hours", top3: /Article 33\. Notification|Personal data breaches|Must we notify Datatilsynet/ },
  { q: "fake cctv camera", top3: /Section 31\. False video surveillance equipment/ },
  { q: "publishing a video of someone online", top3: /May I publish or share a recording, photo or video of someone\?|Photos and video/ },

  // Norwegian (bokmål and nynorsk), with inflections.
  { q: "opptak av samtale", top3: /May I record this conversation or phone call\?|Recording conversations and calls/ },
  { q: "samtalen ble tatt opp", top3: /May I record this conversation or phone call\?|Recording conversations and calls|Penal Code § 205/ },
  { q: "kan arbeidsgiver lese e-posten min", top3: /Employer access to e-mail|mailbox/ },
  { q: "kamera på arbeidsplassen", top3: /May we set up camera surveillance at the workplace\?|Camera surveillance at work/ },
  { q: "filme ansatte", top3: /camera surveillance|Camera surveillance/ },
  { q: "bilder av elever", top3: /Photos and video|pupils|May I publish or share a recording, photo or video/ },
  { q: "datalekkasje", top3: /Personal data breaches|Article 33\.|Must we notify Datatilsynet/ },
  { q: "innsyn", top3: /Article 15\. Right of access|§ 16\. Unntak fra retten til informasjon og innsyn/ },
  { q: "barn samtykke", top3: /§ 5\. Barns samtykke|Children and consent|Section 5\. Children's consent/ },
  { q: "taushetsplikt", top3: /§ 24\. Taushetsplikt|§ 18\. Personvernombudets taushetsplikt/ },
  { q: "personvernforordningen", top3: /§ 1\. Gjennomføring av personvernforordningen|General Data Protection Regulation|Section 1\. Incorporation/ },
  { q: "responsibility of the controller", top3: /Article 24\. Responsibility of the controller/ },
  { q: "kva er eit personvernombod", top3: /Data protection officers|Do we need a data protection officer\?|personvernombud/i },
  { q: "korleis klage på eit vedtak", top3: /Personvernnemnda|Enforcement, fines and appeals|Deadline calculators|§ 22\./ },
  { q: "politiattest", top3: /Article 10\.|Section 11\./ },
  { q: "avlytting", top3: /Penal Code § 205|Recording conversations and calls|May I record this conversation/ },
  { q: "sporing av firmabil", top3: /GPS/ },

  // Misspellings and missing æ/ø/å: corrected against the site's own words, never matched as a prefix.
  {
    q: "fodselsnummer",
    top3: /Section 12\. Use of national identity numbers|National identity numbers \(fødselsnummer\)|May we use national identity numbers/,
  },
  { q: "fodselsnumer", top3: /Section 12\. Use of national identity numbers|National identity numbers \(fødselsnummer\)|May we use national identity numbers/ },
  { q: "Datatilsynnet", top3: /§ 20\. Datatilsynet|Section 20\. The Norwegian Data Protection Authority|Datatilsynet/ },
  // A slip in the first letter: sounds alike (k for c, z for s) or the first two letters swapped.
  { q: "konsent", top3: /Conditions for consent/ },
  { q: "kookies", top3: /ekomloven § 3-15/ },
  { q: "ofdselsnummer", top3: /Section 12\. Use of national identity numbers|§ 12\. Bruk av fødselsnummer|National identity numbers \(fødselsnummer\)/ },
  { q: "personvernforordingen", top3: /§ 1\. Gjennomføring av personvernforordningen|General Data Protection Regulation|Section 1\. Incorporation/ },
  { q: "overtredelsesgebyret", top3: /Section 26\. Violation penalties|§ 26\. Overtredelsesgebyr|overtredelsesgebyr/i },
  { q: "kameraovervaking", top3: /camera surveillance|kameraovervåking/i },
  { q: "personvernombod", top3: /Data protection officers|personvernombud|Do we need a data protection officer\?/i },
  { q: "survelliance camera", top3: /camera surveillance|Camera surveillance/ },
  { q: "consnet of children", top3: /Children and consent|Section 5\. Children's consent|Article 8\./ },
  { q: "Grinder fine", top3: /Grindr/ },
  { q: "tvangsmulkt Meta", top3: /coercive fine on Meta|Meta given a coercive fine/ },

  // Citation forms.
  { q: "section 16 first subsection c", first: /section 16\. Exceptions from the rights/ },
  { q: "§ 16 første ledd bokstav c", first: /section 16\. Exceptions from the rights/ },
  { q: "personopplysningsloven § 12", first: /section 12\. Use of national identity numbers/ },
  { q: "pol § 12", top3: /ection 12\. Use of national identity numbers|§ 12\. Bruk av fødselsnummer/ },
  { q: "GDPR article 6", first: /Article 6\. Lawfulness of processing/ },
  { q: "art. 6 (1) (f)", first: /Article 6\. Lawfulness of processing/ },
  { q: "artikkel 15", first: /Article 15\. Right of access/ },
  { q: "gdpr 83", first: /Article 83\. General conditions for imposing administrative fines/ },
  { q: "strl. § 205", first: /Penal Code section 205/ },
  { q: "penal code section 266 a", first: /Penal Code section 266 a/ },
  { q: "§ 31", first: /section 31\. False video surveillance equipment/ },

  // Everyday questions never tuned for: the page that defines the topic comes first even when it lacks the question's other words.
  {
    q: "kan arbeidsgiver kreve politiattest",
    top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal|§ 11\. Behandling av personopplysninger om straffedommer/,
  },
  { q: "hvor lenge kan vi lagre opplysninger", first: /Article 5\. Principles relating to processing/ },
  { q: "how long can we keep customer data", top3: /Article 5\. Principles relating to processing/ },
  { q: "må vi ha personvernombud", top3: /Do we need a data protection officer\?|Data protection officers|Article 37\./ },
  { q: "kan jeg få innsyn i opplysningene om meg", top3: /Article 15\. Right of access|§ 16\. Unntak fra retten til informasjon og innsyn|Section 16\./ },
  { q: "kan sjefen lese e-posten min", top3: /Employer access to e-mail|May we open, read or forward an employee's work e-mail\?|arbeidsmiljøloven § 9-5/ },
  { q: "hvordan klager jeg på datatilsynet", top3: /Enforcement, fines and appeals|Article 77\.|Personvernnemnda|Privacy Appeals Board/ },
  { q: "slette opplysninger om meg", first: /Article 17\. Right to erasure/ },
  { q: "do I have to report a data breach", top3: /Personal data breaches|Must we notify Datatilsynet|Article 33\./ },
  { q: "må vi melde fra om databrudd", top3: /Personal data breaches|Must we notify Datatilsynet|Article 33\.|Artikkel 33/ },
  { q: "vi har hatt et avvik", top3: /Personal data breaches|Must we notify Datatilsynet|Article 33\.|Artikkel 33/ },
  // "record" is stemmed as "recording" is: an everyday phrase counts only where its words stand together.
  {
    q: "can my employer ask for a criminal record",
    top3: /Article 10\.|Section 11\. Processing of personal data concerning criminal|§ 11\. Behandling av personopplysninger om straffedommer/,
  },
  { q: "can I see what data a company has about me", top3: /Article 15\. Right of access/ },
  // A shop's customers are searched for too: a decision on a salon's cameras on staff and customers may come first, the rules in the top three.
  {
    q: "kan vi bruke overvåkingskamera i butikken",
    top3: /Camera surveillance at work|May we set up camera surveillance at the workplace\?|kameraovervåkingsforskriften/,
  },
  { q: "how do I unsubscribe from marketing emails", top3: /Article 21\. Right to object/ },
  { q: "må vi gjøre en personvernkonsekvensvurdering", top3: /Article 35\. Data protection impact assessment|Data protection impact assessments \(DPIA\)/ },
  { q: "does gdpr apply to my small business", top3: /Recital 13|Does the Personal Data Act apply\?|Article 2\. Material scope/ },
  { q: "transfer data to the US", top3: /Article 44\.|Transfers outside the EEA|May we transfer personal data outside the EEA\?|Section 13\./ },
  { q: "my employer is tracking my car with gps", first: /GPS/ },
  { q: "kan jeg ta opp samtaler med sjefen", top3: /May I record this conversation or phone call\?|Recording conversations and calls/ },
  { q: "kan skolen legge ut bilder av barna", first: /Photos and video where people expect privacy|May I publish or share a recording, photo or video/ },
  { q: "hvor mye kan boten bli", top3: /§ 26\. Overtredelsesgebyr|Section 26\. Violation penalties|Article 83\./ },
  { q: "can my neighbour film my garden", top3: /neighbour|camera surveillance/i },
  { q: "hvor lang tid har vi på å svare på innsyn", top3: /Article 15\. Right of access|Article 12\. Transparent information|Section 16\.|§ 16\./ },

  // How long recordings may be kept: the camera regulation's deletion rule, for "footage" and the compound "kameraopptak".
  { q: "how long keep cctv footage", top3: /kameraovervåkingsforskriften § 6: Sletting av opptak/ },
  { q: "hvor lenge kan vi lagre kameraopptak", top3: /kameraovervåkingsforskriften § 6: Sletting av opptak/ },
  { q: "may we keep job applications", top3: /Article 5\. Principles relating to processing/ },
  // The article granting the right before the section limiting it.
  { q: "innsyn i egne opplysninger", first: /Article 15\. Right of access/ },
  { q: "can I record a call with customer service", top3: /May I record this conversation or phone call\?|Recording conversations and calls/ },
  { q: "kan jeg ta opp en telefonsamtale", top3: /May I record this conversation or phone call\?|Recording conversations and calls/ },
  { q: "how do I get my data deleted", first: /Article 17\. Right to erasure/ },
  { q: "hvordan sletter jeg opplysninger om meg", first: /Article 17\. Right to erasure/ },
  { q: "can we put cameras in the changing room", top3: /Camera surveillance at work|May we set up camera surveillance at the workplace\?/ },
  { q: "hvor store bøter kan datatilsynet gi", top3: /Enforcement, fines and appeals|Article 83\.|§ 26\. Overtredelsesgebyr|Section 26\. Violation penalties/ },
  {
    q: "can my employer see my browsing history",
    top3: /Employer access to e-mail|May we open, read or forward an employee's work e-mail\?|e-postforskriften/,
  },
  { q: "can my employer read my text messages", top3: /Employer access to e-mail|May we open, read or forward an employee's work e-mail\?|e-postforskriften/ },
  { q: "do we have to answer an access request within a month", top3: /Article 12\. Transparent information/ },

  // The largest fine, health records, biometrics and deadlines, in either language: each asked as a question
  // and in words the pages do not use; the provision that governs it in the top three.
  { q: "what is the maximum fine under gdpr", top3: /Article 83\. General conditions for imposing administrative fines/ },
  { q: "how high can a gdpr fine be", top3: /Article 83\. General conditions for imposing administrative fines/ },
  { q: "største bot etter personvernforordningen", top3: /Article 83\. General conditions|§ 26\. Overtredelsesgebyr|Section 26\. Violation penalties/ },
  { q: "can my doctor share my health records", top3: /Article 9\. Processing of special categories|Article 4\. Definitions/ },
  { q: "kan legen dele journalen min", top3: /Article 9\. Processing of special categories|Article 4\. Definitions/ },
  { q: "is my GP allowed to pass on my medical history", top3: /Article 9\. Processing of special categories|Article 4\. Definitions/ },
  { q: "helseopplysninger", top3: /Article 9\. Processing of special categories/ },
  { q: "may a school use fingerprint scanning", top3: /Article 9\. Processing of special categories|Article 4\. Definitions/ },
  { q: "kan skolen bruke fingeravtrykk", top3: /Article 9\. Processing of special categories|Article 4\. Definitions/ },
  { q: "facial recognition in a shop", top3: /Article 9\. Processing of special categories|Article 4\. Definitions|Data protection impact assessments/ },
  { q: "ansiktsgjenkjenning på jobben", top3: /Article 9\. Processing of special categories|Article 4\. Definitions|Data protection impact assessments/ },
  { q: "how long do we have to respond to a subject access request", top3: /Article 12\. Transparent information|Article 15\. Right of access/ },
  { q: "deadline for answering an access request", top3: /Article 12\. Transparent information|Article 15\. Right of access/ },
  { q: "hvor lang tid har vi på å svare på en innsynsbegjæring", top3: /Article 12\. Transparent information|Article 15\. Right of access/ },
  { q: "how long do we have to report a data breach", top3: /Article 33\. Notification of a personal data breach/ },
  { q: "hvor raskt må vi melde avvik", top3: /Article 33\. Notification of a personal data breach/ },
  { q: "how quickly must a breach be reported to datatilsynet", top3: /Article 33\. Notification of a personal data breach/ },
  { q: "frist for å melde brudd på personopplysningssikkerheten", top3: /Article 33\. Notification of a personal data breach/ },

  // Case numbers, as stored and as people type them.
  { q: "PVN-2022-3", first: /Privacy Appeals Board: a company that buys a business/ },
  { q: "pvn-2022-22", first: /Privacy Appeals Board upholds the NOK 65 million Grindr fine/ },
  { q: "HR-2021-2403", first: /Supreme Court: Legelisten\.no/ },
  { q: "20/02136-18", first: /Grindr fined NOK 65 million/ },
  { q: "20/2136", first: /Grindr fined NOK 65 million/ },
  { q: "21/03823", first: /Telenor fined NOK 4 million/ },
  { q: "PVN-2024-17", first: /Privacy Appeals Board sets aside NAV's NOK 20 million fine/ },

  // Concepts asked for by their name or an everyday phrase: the provision that defines or governs
  // them first (the glossary's see list), in the reader's language before the other's.
  { q: "consent", first: /Article 7\. Conditions for consent/ },
  { q: "sensitive data", first: /Article 9\. Processing of special categories/ },
  { q: "how do I complain to datatilsynet", top3: /Article 77\. Right to lodge a complaint/ },
  { q: "legitimate interest", top3: /Article 6\. Lawfulness of processing/ },
  { q: "data processing agreement", top3: /Article 28\. Processor/ },
  { q: "delete my data", top3: /Article 17\. Right to erasure/ },
  { q: "right to be forgotten", first: /Article 17\. Right to erasure/ },
  { q: "can I object to direct marketing", top3: /Article 21\. Right to object/ },
  { q: "privacy by design", first: /Article 25\. Data protection by design and by default/ },
  { q: "automated decision making", first: /Article 22\. Automated individual decision-making/ },
  { q: "profiling", top3: /Article 22\. Automated individual decision-making/ },
  { q: "data portability", first: /Article 20\. Right to data portability/ },
  { q: "compensation for damage", top3: /Article 82\. Right to compensation|Section 30\. Damages for non-economic loss/ },
  { q: "how much can the fine be", top3: /Section 26\. Violation penalties|Article 83\./ },
  { q: "tell people about a data breach", top3: /Must we notify Datatilsynet, and the people affected|Article 34\.|Personal data breaches/ },
  { q: "records of processing activities", first: /Article 30\. Records of processing activities/ },
  { q: "correct wrong information about me", top3: /Article 16\. Right to rectification/ },
  { q: "rett til å bli glemt", first: /Article 17\. Right to erasure/ },
  { q: "slette opplysninger", top3: /Article 17\. Right to erasure/ },
  { q: "klage til Datatilsynet", top3: /Article 77\. Right to lodge a complaint/ },
  { q: "berettiget interesse", top3: /Article 6\. Lawfulness of processing/ },
  { q: "sensitive personopplysninger", top3: /Article 9\. Processing of special categories|§ 6\. Behandling av særlige kategorier/ },
  { q: "personvernerklæring", top3: /Article 13\. Information to be provided|Article 14\. Information to be provided/ },
  { q: "behandlingsgrunnlag", first: /Article 6\. Lawfulness of processing/ },
  { q: "retting av opplysninger", first: /Article 16\. Right to rectification/ },
  { q: "erstatning", top3: /§ 30\. Erstatning for ikke-økonomisk skade|Section 30\. Damages for non-economic loss/ },
  { q: "protokoll over behandlingsaktiviteter", first: /Article 30\. Records of processing activities/ },

  // Names of entities and things.
  { q: "Telenor", top3: /Telenor fined NOK 4 million/ },
  { q: "SATS", top3: /Fitness chain SATS/ },
  { q: "Østre Toten", top3: /Østre Toten/ },
  { q: "Ostre Toten", top3: /Østre Toten/ },
  { q: "Trumf", first: /Trumf fined NOK 5 million/ },
  { q: "Smittestopp", top3: /Smittestopp/ },
  { q: "Legelisten", top3: /Legelisten/ },
  { q: "Disqus", first: /Disqus/ },
  { q: "Ferde toll images China", first: /Ferde/ },
  { q: "University of Agder Teams", first: /University of Agder/ },

  // Tried as new readers would (issue 18, ninth round): the largest fines, paraphrases, nynorsk, split and inflected words.
  { q: "biggest fine", first: /^Fines explorer$/ },
  { q: "største bot", first: /^Fines explorer$/ },
  { q: "highest GDPR fine Norway", first: /^Fines explorer$/ },
  { q: "record fine", top3: /^Fines explorer$/ },
  { q: "employer tracking company car", first: /truck GPS log/ },
  { q: "is my employer allowed to install gps in my car", first: /truck GPS log/ },
  { q: "kan arbeidsgiveren min spore bilen", first: /truck GPS log/ },
  { q: "what counts as personal data", first: /Article 4\. Definitions/ },
  { q: "hva er personopplysninger", first: /Article 4\. Definitions/ },
  { q: "what is a joint controller", first: /Article 26\. Joint controllers/ },
  { q: "how to write a privacy notice", top3: /Article 13\. Information to be provided|Article 14\. Information to be provided/ },
  { q: "can i sue a company for a data breach", top3: /Article 82\. Right to compensation|Section 30\. Damages for non-economic loss/ },
  { q: "who enforces gdpr in norway", top3: /§ 20\. Datatilsynet|Section 20\. The Norwegian Data Protection Authority|Article 51\./ },
  { q: "overføring til tredjeland", top3: /Transfers outside the EEA|May we transfer personal data outside the EEA\?|Article 44\./ },
  { q: "trenger vi databehandleravtale", first: /Article 28\. Processor/ },
  { q: "korleis får eg innsyn", first: /Article 15\. Right of access/ },
  {
    q: "kan arbeidsgjevar lese eposten min",
    top3: /Employer access to e-mail|May we open, read or forward an employee's work e-mail\?|arbeidsmiljøloven § 9-5/,
  },
  { q: "samtykke frå barn", top3: /§ 5\. Barns samtykke|Section 5\. Children's consent|Children and consent/ },
  { q: "rett til sletting", first: /Article 17\. Right to erasure/ },
  { q: "samtykket", first: /Article 7\. Conditions for consent/ },
  { q: "behandlingsansvarlige", top3: /Article 24\. Responsibility of the controller|Article 4\. Definitions/ },
  { q: "personvern ombud", top3: /Data protection officers|Article 37\.|personvernombud/i },
  { q: "data tilsynet", top3: /§ 20\. Datatilsynet|Section 20\. The Norwegian Data Protection Authority/ },
  { q: "dataportabilitet", first: /Article 20\. Right to data portability/ },
  { q: "anonymisering", top3: /Recital 26/ },
  { q: "anonymization", top3: /Recital 26/ },
  { q: "kan naboen filme meg", top3: /camera surveillance|Camera surveillance|neighbour/ },
  { q: "databehanlder", first: /Article 28\. Processor/ },
  { q: "overtredelsesgebyer", top3: /§ 26\. Overtredelsesgebyr|Section 26\. Violation penalties/ },
  { q: "Personvernemnda", top3: /§ 22\. Personvernnemnda|Section 22\. The Privacy Appeals Board/ },
  { q: "arbeidsmiljoloven", top3: /arbeidsmiljøloven § 9-/ },
  // Citations as lawyers write them: the name after the place, "s" without its full stop, "paragraph" and "point", nynorsk names, case numbers with spaces.
  { q: "Working Environment Act s 9-1", first: /arbeidsmiljøloven § 9-1\. Vilkår for kontrolltiltak/ },
  { q: "PDA s 12", first: /section 12\. Use of national identity numbers/ },
  { q: "s 12 PDA", first: /section 12\. Use of national identity numbers/ },
  { q: "article 6 paragraph 1 point f", first: /Article 6\. Lawfulness of processing/ },
  { q: "Article 6(1)(f) of the GDPR", first: /Article 6\. Lawfulness of processing/ },
  { q: "GDPR Article 17(1)", first: /Article 17\. Right to erasure/ },
  { q: "personvernforordningen art. 9", first: /Article 9\. Processing of special categories/ },
  { q: "section 16 first paragraph litra c", first: /section 16\. Exceptions from the rights/ },
  { q: "§ 16 1. ledd bokstav c", first: /section 16\. Exceptions from the rights/ },
  { q: "personopplysningslova § 12", first: /section 12\. Use of national identity numbers/ },
  { q: "straffelova § 205", first: /Penal Code section 205/ },
  { q: "section 205 of the Penal Code", first: /Penal Code section 205/ },
  { q: "§ 29 i forvaltningsloven", first: /forvaltningsloven § 29/ },
  { q: "kameraforskriften § 6", first: /kameraovervåkingsforskriften § 6/ },
  { q: "fortalepunkt 71", first: /recital 71/i },
  { q: "PVN 2022-03", first: /Privacy Appeals Board: a company that buys a business/ },
  { q: "PVN-22-03", first: /Privacy Appeals Board: a company that buys a business/ },
  { q: "20/2136-18", first: /Grindr fined NOK 65 million/ },
  { q: "21/3823", first: /Telenor fined NOK 4 million/ },
];

/**
 * Searches for `query` from the search page's own field, as a reader types a new query on a page already
 * open, and gives the result titles once that query's search with synonyms has replaced its first list.
 * The list's aria-busy is "false" from the query before until this one's first list is shown, so the
 * wait is for the list to be marked done (aria-busy set to "false") after the query was sent, with the
 * summary naming it.
 */
async function typedResults(page: Page, query: string): Promise<string[]> {
  await page.locator("[data-hits]").evaluate((list) => {
    const w = window as unknown as { searchDone?: boolean };
    w.searchDone = false;
    const watch = new MutationObserver(() => {
      if (list.getAttribute("aria-busy") !== "false") return;
      w.searchDone = true;
      watch.disconnect();
    });
    watch.observe(list, { attributes: true, attributeFilter: ["aria-busy"] });
  });
  const field = page.getByLabel("Search for");
  await field.fill(query);
  await field.press("Enter");
  await page.waitForFunction(() => (window as unknown as { searchDone?: boolean }).searchDone, undefined, { timeout: 15_000 });
  await expect(page.locator("[data-summary]")).toContainText(`for “${query}”`);
  return page.locator("[data-hits] .hit-title").allInnerTexts();
}

// The table's rows in groups, each group searched one row after another on one open page (a page load
// per row was most of the suite's time); every row still asserts its own first or top three.
const ROWS_PER_TEST = 12;
for (let start = 0; start < table.length; start += ROWS_PER_TEST) {
  const rows = table.slice(start, start + ROWS_PER_TEST);
  test(`search ranking, rows ${start + 1}–${start + rows.length}: ${rows[0].q} … ${rows.at(-1)!.q}`, async ({ page }) => {
    await page.goto("/search/");
    await expect(page.locator("[data-summary]")).toContainText("Type a word");
    await expect(page.locator("[data-hits]")).toHaveAttribute("aria-busy", "false");
    for (const { q, first, top3 } of rows) {
      await test.step(`search: ${q}`, async () => {
        const titles = await typedResults(page, q);
        if (first) expect.soft(titles[0], q).toMatch(first);
        if (top3)
          expect
            .soft(
              titles.slice(0, 3).some((t) => top3.test(t)),
              `${q}: ${titles.slice(0, 3).join(" | ")}`,
            )
            .toBe(true);
      });
    }
  });
}

test("a result lands on the matching item, with the words marked", async ({ page }) => {
  await results(page, "inadvisable");
  await page.locator("[data-hits] a.hit-title").first().click();
  await expect(page).toHaveURL(/\/personal-data-act\/16\/\?highlight=inadvisable#subsection-1-c$/);
  await expect(page.locator("#subsection-1-c mark.search-mark")).toHaveText("inadvisable");
  await expect(page.locator("#subsection-1-c")).toBeInViewport();
});

test("filters narrow the results and live in the URL with the sort, restored on load", async ({ page }) => {
  await results(page, "consent");
  const summary = page.locator("[data-summary]");
  const count = async () => Number(/^(\d+) result/.exec(await summary.innerText())![1]);
  const total = await count();
  const before = await summary.innerText();
  await page.getByRole("checkbox", { name: /^ ?Decision \(\d+\)/ }).check();
  await expect(page).toHaveURL(/type=Decision/);
  await expect(summary).not.toHaveText(before);
  const narrowed = await count();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(total);
  const urls = await page.locator("[data-hits] a.hit-title").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(urls.every((u) => u.startsWith("/decisions/"))).toBe(true);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^ ?Decision \(\d+\)/ })).toBeChecked();
  await expect(page.getByLabel("Search for")).toHaveValue("consent");
  await expect(summary).toHaveText(new RegExp(`^${narrowed} result`));
  await page.getByLabel("Sort by").selectOption("amount");
  await expect(page).toHaveURL(/type=Decision.*sort=amount|sort=amount.*type=Decision/);
  await expect(page.locator("[data-hits] .hit-title").first()).toContainText("Grindr");
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=amount/);
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
});

test("the header box: '/' focuses it, results as you type, arrow keys and Enter", async ({ page }) => {
  await page.goto("/personal-data-act/5/");
  await page.keyboard.press("/");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await expect(box).toBeFocused();
  await page.keyboard.type("identity numbers");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expect(page.getByRole("option").first()).toContainText("Section 12. Use of national identity numbers");
  await expect(page.getByRole("status").filter({ hasText: /results?$/ })).toHaveText(/\d+ results?/);
  // The known items come first; the full-text results replace them (the status may still count an
  // earlier prefix's results until then).
  await expect(page.getByRole("option").last()).toContainText(/All \d+ results? on the search page/);
  // The first full-text list may be for the query's rarest word alone; the list is busy until the
  // search with every word (and its synonyms) has replaced it.
  await expect(page.getByRole("listbox")).toHaveAttribute("aria-busy", "false");
  await page.keyboard.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", "site-search-option-0");
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/personal-data-act\/12\/\?highlight=identity&highlight=numbers(&highlight=number)?(#subsection-1)?$/);
  await expect(page.locator("main mark.search-mark").first()).toBeVisible();
});

test("the header box: a list for earlier words says it is out of date until the new words' results come", async ({ page }) => {
  await page.goto("/personal-data-act/5/");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await box.click();
  await page.keyboard.type("identity");
  const all = page.getByRole("option").last();
  await expect(all).toContainText(/All \d+ results? on the search page/);
  await expect(all.locator("a")).toHaveAttribute("href", /\?q=identity$/);
  // More words: the list shown is for "identity", so its last option stops offering that count at once.
  await page.keyboard.type(" numbers");
  await expect(all).not.toContainText(/All \d+ results?/);
  await expect(all.locator("a")).toHaveAttribute("href", /\?q=identity%20numbers$/);
  await expect(all).toContainText(/All \d+ results? on the search page/);
  await expect(page.getByRole("listbox")).toHaveAttribute("aria-busy", "false");
  await expect(page.getByRole("option").first().locator("a")).toHaveAttribute("href", /highlight=identity&highlight=numbers/);
});

test("the header box keeps the option chosen with the arrow keys when the full-text results replace the known items", async ({ page }) => {
  // Pagefind is held back until an option is chosen, so the replacement surely comes after the choice.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/pagefind/pagefind.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/personal-data-act/5/");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await box.fill("identity numbers");
  await expect(page.getByRole("option").last()).toContainText("Searching all pages");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const chosen = page.locator("#site-search-listbox [aria-selected=true]");
  const path = async () => new URL((await chosen.locator("a").getAttribute("href"))!, page.url()).pathname;
  const before = await path();
  release();
  await expect(page.getByRole("option").last()).toContainText(/All \d+ results? on the search page/);
  await expect(page.getByRole("listbox")).not.toHaveAttribute("aria-busy", "true");
  await expect(chosen).toHaveCount(1);
  expect(await path()).toBe(before);
  await expect(box).toHaveAttribute("aria-activedescendant", (await chosen.getAttribute("id"))!);
});

test("Escape closes the list; Enter without a choice opens the search page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Search the site" }).fill("coercive fines");
  await expect(page.getByRole("listbox")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\/\?q=coercive\+fines$/);
  await expect(page.locator("[data-hits] .hit-title").first()).toContainText("Section 29. Coercive fines");
});

test("without JavaScript the search page says so and links the contents", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/search/?q=x");
  await expect(page.getByText("Search runs in your browser and needs JavaScript")).toBeVisible();
  await expect(page.getByRole("link", { name: "Personal Data Act" }).last()).toBeVisible();
  await context.close();
});

test("a misspelt word is corrected, a question relaxed with a message, and an empty page offers help", async ({ page }) => {
  await results(page, "fodselsnumer");
  await expect(page.locator("[data-note]")).toContainText("Showing results for “fødselsnummer”");
  // A Norwegian word is never "corrected" into an English one ("svare" is not "share").
  await results(page, "hvor lang tid har vi på å svare på innsyn");
  await expect(page.locator("[data-note]")).not.toContainText("Showing results for");
  await results(page, "smittestopp fingerprint");
  await expect(page.locator("[data-note]")).toContainText(/No page has all of .*; showing pages with/);
  await results(page, "qwxzy");
  await expect(page.locator("[data-summary]")).toHaveText(/^0 results/);
  await expect(page.locator("[data-help]")).toBeVisible();
  await expect(page.locator("[data-help]").getByRole("link", { name: "Personal Data Act" })).toBeVisible();
});

test("toggling a filter by keyboard keeps the focus on it; counts are those of the listed results", async ({ page }) => {
  await results(page, "kamera");
  await expect(page.locator("[data-filters]")).toHaveAttribute("aria-busy", "false");
  const summary = page.locator("[data-summary]");
  const total = Number(/^(\d+) result/.exec(await summary.innerText())![1]);
  const typeCounts = await page.locator("fieldset:has(legend:text-is('Type')) label:visible").allInnerTexts();
  expect(typeCounts.length).toBeGreaterThan(0);
  const counted = typeCounts.map((t) => Number(/\((\d+)\)$/.exec(t.trim())![1]));
  expect(counted.every((n) => n > 0)).toBe(true);
  // Lists of pages (contents, years) have no type: the type counts add up to the results or fewer.
  const sum = counted.reduce((a, b) => a + b, 0);
  expect(sum).toBeLessThanOrEqual(total);
  expect(sum).toBeGreaterThan(total / 2);
  const box = page.getByRole("checkbox", { name: /^ ?Guide \(\d+\)/ });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/type=Guide/);
  await expect(summary).not.toHaveText(new RegExp(`^${total} result`));
  await expect(box).toBeFocused();
  await expect(box).toBeChecked();
  await expect(page.locator("summary", { hasText: "Filters (1)" })).toBeVisible();
});

test("more than 30 results can be reached, and Back restores the list and its place", async ({ page }) => {
  await results(page, "Datatilsynet");
  const hits = page.locator("[data-hits] > li");
  for (const n of [20, 30, 40]) {
    await page.locator("[data-more]").click();
    await expect(hits).toHaveCount(n);
  }
  // Keyboard users continue from the first new result.
  await expect(hits.nth(30).locator("a")).toBeFocused();
  const target = hits.nth(35).locator("a.hit-title");
  await target.scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => scrollY);
  expect(y).toBeGreaterThan(500);
  await page.waitForTimeout(300);
  await target.click();
  await expect(page).not.toHaveURL(/\/search\//);
  await page.goBack();
  await expect(hits).toHaveCount(40);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y - 100);
});

test("sorting merged results by amount puts the largest fine first and pages without one last", async ({ page }) => {
  await page.goto("/search/?q=fine&sort=amount");
  await expect(page.locator("[data-summary]")).toContainText("result", { timeout: 15_000 });
  await expect(page.locator("[data-hits] .hit-title").first()).toContainText(/Grindr|Meta/);
});

test("sorting by date puts the dated decisions first; guides follow (a review date is not what the page is dated)", async ({ page }) => {
  await page.goto("/search/?q=consent&sort=date");
  await expect(page.locator("[data-summary]")).toContainText("result", { timeout: 15_000 });
  const links = await page.locator("[data-hits] a.hit-title").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const firstGuide = links.findIndex((l) => l.startsWith("/guides/"));
  const lastDecision = links.findLastIndex((l) => l.startsWith("/decisions/"));
  expect(lastDecision, links.join(" ")).toBeGreaterThan(0);
  expect(firstGuide === -1 || firstGuide > lastDecision, links.join(" ")).toBe(true);
});

test("on the search page '/' focuses the page's own field", async ({ page }) => {
  await results(page, "consent");
  await page.locator("h1").click();
  await page.keyboard.press("/");
  await expect(page.locator("#search-q")).toBeFocused();
});

test("the header list: options are links, aria-expanded follows Escape and ArrowDown", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox", { name: "Search the site" });
  await box.fill("grindr");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expect(page.getByRole("option").first().getByRole("link")).toHaveAttribute("href", /grindr/);
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("listbox")).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", "site-search-option-0");
});

test("a tree opened from search shows its first question, with the words marked", async ({ page }) => {
  await results(page, "record conversation phone call");
  const tree = page.locator("[data-hits] a.hit-title", { hasText: "May I record this conversation or phone call?" });
  await tree.click();
  await expect(page).toHaveURL(/\/tools\/record-a-conversation\/\?highlight=/);
  await expect(page.locator("#walker-heading")).toHaveText("Who is making the recording?");
  await expect(page.locator("tree-walker [data-message]")).toBeHidden();
});

// Small phones upright and sideways, a tablet, a laptop: the first result's title is whole on the first screen.
for (const [width, height] of [
  [320, 568],
  [640, 360],
  [732, 412],
  [768, 1024],
  [1366, 768],
]) {
  test(`the first result is on the first screen at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await results(page, "can my employer read my email");
    await expect(page.locator("[data-hits] a.hit-title").first()).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true });
  test("the first result is on the first screen, filters wait in a drawer", async ({ page }) => {
    await results(page, "consent");
    await expect(page.locator("[data-hits] a.hit-title").first()).toBeInViewport();
    await expect(page.locator("summary", { hasText: "Filters" })).toBeVisible();
    await expect(page.getByRole("checkbox").first()).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Counted and built when the drawer is opened, not before (their file is not fetched): an option with results, and its count.
    const fetched = () => page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.includes("/search/filters.json")));
    expect(await fetched()).toBe(false);
    await page.locator("summary", { hasText: "Filters" }).click();
    const option = page.locator("[data-filters] label:not([hidden])").first();
    await expect(option).toBeVisible();
    await expect(option).toHaveText(/\([1-9]\d*\)$/);
    expect(await fetched()).toBe(true);
  });
  test("the header's list stays inside the screen", async ({ page }) => {
    await page.goto("/personal-data-act/");
    await page.getByRole("combobox", { name: "Search the site" }).fill("consent");
    const list = page.getByRole("listbox");
    await expect(list).toBeVisible();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});

test("the search page keeps still while results arrive on a phone (layout shift ≤ 0.05)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Every layout shift not caused by the reader, with what moved, from the first paint on.
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: { value: number; moved: string[] }[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[])
        if (!e.hadRecentInput)
          w.shifts.push({ value: e.value, moved: e.sources.map((s) => (s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : "?")) });
    }).observe({ type: "layout-shift", buffered: true });
  });
  await results(page, "camera surveillance at work");
  await expect(page.locator("[data-hits] .hit-title").first()).toBeVisible();
  // Let late work (excerpts, counts, fonts) settle before reading the sum.
  await page.waitForLoadState("networkidle");
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
  const cls = shifts.reduce((sum, s) => sum + s.value, 0);
  expect(cls, JSON.stringify(shifts)).toBeLessThanOrEqual(0.05);
});

test("a decision's excerpt keeps the facts' labels and values apart", async ({ page }) => {
  await results(page, "Oslo tingrett");
  const excerpts = (await page.locator("[data-hits] li").allInnerTexts()).join("\n");
  expect(excerpts).toContain("Authority. Oslo tingrett (Oslo District Court).");
  expect(excerpts).not.toMatch(/Authority(Oslo|Datatilsynet|Personvernnemnda)|(Decided|Published|Date)\d/);
});

test("in the Norwegian interface the search page speaks Norwegian, and switches back with the reader", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  await page.getByRole("button", { name: "Norsk grensesnitt" }).click();
  await page.goto("/search/?q=fodselsnumer%20samtale%20xqzv");
  await expect(page.locator("html")).toHaveAttribute("data-interface", "nb");
  await expect(page.getByRole("heading", { level: 1, name: "Søk", exact: true })).toBeVisible();
  await expect(page.getByLabel("Søk etter")).toHaveValue("fodselsnumer samtale xqzv");
  await expect(page.getByLabel("Sorter etter").locator("option:checked")).toHaveText("Relevans");
  await expect(page.getByRole("search", { name: "Søk på nettstedet" })).toBeVisible();
  await expect(page.locator("[data-summary]")).toHaveText(/^\d+ treff for «fodselsnumer samtale xqzv»\.$/);
  await expect(page.locator("[data-note]")).toContainText("Viser treff for «fødselsnummer» (du skrev «fodselsnumer»).");
  await expect(page.locator("[data-note]")).toContainText("Ingen side bruker «xqzv» eller et ord som ligner; søkt uten.");
  await expect(page.locator("[data-filters-summary]")).toHaveText(/^Filtre/);
  await expect(page.locator("[data-filters] legend").first()).toHaveText("Type");
  await expect(page.locator("[data-filters] legend", { hasText: "År" })).toHaveCount(1);
  // Result types and filter values in Norwegian too.
  await expect(page.locator("[data-hits] .hit-type", { hasText: "Lovparagraf" }).first()).toBeVisible();
  expect(await page.locator("[data-hits] .hit-type").allInnerTexts()).not.toContain("Act section");
  await expect(page.locator("[data-filters] label", { hasText: /^ ?Lovparagraf \(\d+\)$/ })).toHaveCount(1);
  // Back to English without reloading: the messages follow.
  await page.getByRole("button", { name: "English interface" }).click();
  await expect(page.locator("[data-summary]")).toHaveText(/^\d+ results? for “fodselsnumer samtale xqzv”\.$/);
  await expect(page.getByLabel("Sort by").locator("option:checked")).toHaveText("Relevance");
  await expect(page.locator("[data-filters] legend", { hasText: "Year" })).toHaveCount(1);
  await expect(page.locator("[data-filters] label", { hasText: /^ ?Act section \(\d+\)$/ })).toHaveCount(1);
});

test("in the Norwegian interface the header box names a cited page and the result types in Norwegian", async ({ page }) => {
  await page.goto("/personal-data-act/16/");
  await page.getByRole("button", { name: "Norsk grensesnitt" }).click();
  const box = page.getByRole("combobox", { name: "Søk på nettstedet" });
  await box.fill("§ 12");
  await expect(page.getByRole("option").first()).toContainText("Henvist direkte");
  await box.fill("fødselsnummer");
  const types = page.locator("#site-search-listbox .hit-type");
  await expect(types.filter({ hasText: "Lovparagraf" }).first()).toBeVisible();
  for (const english of ["Act section", "Cited directly", "Guide", "Decision"])
    await expect(types.filter({ hasText: new RegExp(`^${english}$`) })).toHaveCount(0);
});

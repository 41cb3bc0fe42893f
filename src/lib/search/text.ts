// Words as the search sees them: lower case, split on anything that is not a letter or digit,
// with the few words of a question that carry no meaning ("can", "my", "hvordan", "kva") set
// apart. The same rules read the site's text at build (the vocabulary) and the query.

const list = (text: string) => text.split(/\s+/).filter(Boolean);

/** English words that say nothing about what is searched for (on a site about Norway's law, "Norway" among them: "highest fine in Norway"). */
const ENGLISH =
  list(`a about after all also am an and any are as at may shall be been before being but by can could did do does doing during each either for from get gets got had has have having he her here him his how i if in
  into is it its itself just me might more most must my no nor not of off on once only or our ours out over own per same she should so some such than that the their them then there these they
  this those through to too under until up upon very was we were what when where whether which while who whom why will with within without would you your yours allowed allow okay ok legal
  legally lawful lawfully permitted possible rules rule need needs necessary required want wants let lets way ways someone something anyone anything somebody thing things us long much many often
  ask asks asked asking use using write writes norway`);

/** Bokmål and nynorsk words that say nothing about what is searched for. */
const NORWEGIAN =
  list(`og i på av for med til som er det den de at en et ei å om ikke fra har kan skal må vil var ved eller også men så jeg vi du han hun dere deg meg seg sin sitt sine min mitt mine din ditt dine vår
  vårt våre hva hvordan hvorfor hvor når hvem hvilke hvilken hvilket lov lovlig tillatt lenge lang stor stort større størst raskt fort mye mange noen noe nok bli blir ble blitt være vært får få fikk gjøre gjør kunne skulle måtte ville
  dette disse her der da enn etter før under over opp ut inn mot hos uten mellom sammen bare selv slik sånn kreve krever kreves egen eget egne
  bruke benytte spørre skrive skriver norge

  eg ikkje kva korleis kvifor kvar kven kor frå dei ho han honom henne vere vore berre også òg me mykje nokon noko sjølv slik dykk eigen eige eigne noreg`);

/** English, bokmål and nynorsk words that say nothing about what is searched for. */
export const STOPWORDS = new Set([...ENGLISH, ...NORWEGIAN]);

const englishOnly = new Set(ENGLISH.filter((w) => !NORWEGIAN.includes(w)));
const norwegianOnly = new Set(NORWEGIAN.filter((w) => !ENGLISH.includes(w)));

export type Language = "en" | "no";

/**
 * The language of a query or a sentence, told by its little words ("how", "can" against "hvor",
 * "kan"): undefined when it has none, or as many of each. Words both languages write alike ("i",
 * "under") tell nothing.
 */
export function languageOf(tokens: string[]): Language | undefined {
  let score = 0;
  for (const t of tokens) score += englishOnly.has(t) ? 1 : norwegianOnly.has(t) ? -1 : 0;
  return score > 0 ? "en" : score < 0 ? "no" : undefined;
}

/** Lower-case words and numbers of a text, in order ("§ 12 a" → ["12", "a"]). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)
      ?.map((w) => w.replace(/['’].*$/, "")) ?? []
  );
}

/** The same word written without æ, ø, å or accents: "fødselsnummer" and "fodselsnummer" fold alike. */
export { fold } from "../fold";

export const isStopword = (word: string) => STOPWORDS.has(word.toLowerCase());

/** A word worth looking up: not a stopword, and either a number or at least two letters. */
export const isContentWord = (word: string) => !isStopword(word) && (/^\p{N}+$/u.test(word) || word.length >= 2);

/** Norwegian little words that are content words in English ("store": big, or to store): set aside only in a Norwegian query. */
const NORWEGIAN_FALSE_FRIENDS = new Set(["store", "fine"]);

/** A content word of a query in `language`: "store" is one in English ("how long may we store"), not in Norwegian ("hvor store bøter"). */
export const isContentWordIn = (word: string, language: Language | undefined) =>
  isContentWord(word) && !(language === "no" && NORWEGIAN_FALSE_FRIENDS.has(word.toLowerCase()));

/**
 * A phrase as sent to Pagefind: its content words only ("the Board" → "board"). Pagefind looks up
 * every word it is given, and a stopword, found on nearly every page, only costs a download.
 */
export function engineQuery(phrase: string): string {
  const content = words(phrase).filter((w) => !isStopword(w));
  return content.length ? content.join(" ") : phrase;
}

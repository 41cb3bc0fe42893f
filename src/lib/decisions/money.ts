// Amounts of money as the site shows them: in the currency the decision was made in, with the
// other currency derived at one stated reference rate and always marked approximate.
import type { Currency } from "./vocab";

/** The one rate used for every conversion on the site, and why it is what it is. */
export const REFERENCE_RATE = {
  nokPerEur: 10,
  label: "NOK 10 = EUR 1",
  explanation:
    "Amounts in the other currency are derived at a single round reference rate of NOK 10 to the euro, not at the rate of each decision's date, " +
    "so they are approximate. The round rate is close to what our sources used when they converted fines of 2019–2021: the EDPB reported " +
    "NOK 500,000 as EUR 49,300 (December 2019) and NOK 400,000 as EUR 40,000 (June 2021), and Norges Bank's average for 2019 was NOK 9.85 " +
    "to the euro (as quoted by Landbruksdirektoratet). The krone was weaker in later years, so for recent decisions the euro figure is on the high side.",
  sources: [
    "https://edpb.europa.eu/news/national-news/2019/norwegian-data-protection-authority-imposes-fine-city-oslo_en",
    "https://edpb.europa.eu/news/national-news/2021/norwegian-dpa-municipality-oslo-fined_fr",
    "https://www.landbruksdirektoratet.no/no/statistikk/prisutvikling/indeks",
  ],
} as const;

export const otherCurrency = (c: Currency): Currency => (c === "NOK" ? "EUR" : "NOK");

/** The amount in NOK: exact for NOK, derived (approximate) for EUR. */
export function toNok(amount: number, currency: Currency): number {
  return currency === "NOK" ? amount : amount * REFERENCE_RATE.nokPerEur;
}

/** The amount in the other currency at the reference rate (approximate). */
export function convert(amount: number, from: Currency): { amount: number; currency: Currency } {
  return from === "NOK" ? { amount: amount / REFERENCE_RATE.nokPerEur, currency: "EUR" } : { amount: amount * REFERENCE_RATE.nokPerEur, currency: "NOK" };
}

const whole = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const upTo2 = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "NOK 65,000,000": the exact amount as decided. */
export function formatMoney(amount: number, currency: Currency): string {
  return `${currency} ${whole.format(amount)}`;
}

/** "NOK 65 million", "NOK 1.25 million", "NOK 400,000": for lists and headlines; exact. */
export function formatMoneyShort(amount: number, currency: Currency): string {
  if (amount >= 1_000_000 && Math.round(amount / 10_000) * 10_000 === amount) return `${currency} ${upTo2.format(amount / 1_000_000)} million`;
  return formatMoney(amount, currency);
}

/** Rounds a derived amount so it does not look more precise than it is: two or three significant figures. */
export function roundApprox(amount: number): number {
  if (amount === 0) return 0;
  const digits = Math.floor(Math.log10(Math.abs(amount))) + 1;
  const step = 10 ** Math.max(0, digits - 3);
  return Math.round(amount / step) * step;
}

/** "≈ EUR 6.5 million", "≈ EUR 12,500": a derived amount, marked approximate. */
export function formatApprox(amount: number, currency: Currency): string {
  const rounded = roundApprox(amount);
  const text = rounded >= 1_000_000 ? `${upTo2.format(Math.round(rounded / 10_000) / 100)} million` : whole.format(rounded);
  return `≈ ${currency} ${text}`;
}

/** The amount as decided and, in brackets, the other currency: "NOK 65,000,000 (≈ EUR 6.5 million)". */
export function formatWithOther(amount: number, currency: Currency): string {
  const other = convert(amount, currency);
  return `${formatMoney(amount, currency)} (${formatApprox(other.amount, other.currency)})`;
}

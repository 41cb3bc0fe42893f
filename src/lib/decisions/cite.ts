// How to cite a decision, in Norwegian and in English:
//   Datatilsynet, vedtak 13. desember 2021, sak 20/02136-18 (Grindr)
//   Norwegian Data Protection Authority, decision of 13 December 2021, case 20/02136-18 (Grindr)
import { documentOf } from "../refs/resolve";
import { parseTarget, targetLabel } from "../refs/targets";
import { formatPartialDate } from "./dates";
import type { Decision } from "./model";
import { formatMoney } from "./money";
import { AUTHORITIES, FINAL_STATUS, OUTCOMES, REVIEW_RESULTS } from "./vocab";

const NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

/** "13. desember 2021"; a partial date as precise as it is ("desember 2021", "2021"). */
export function formatDateNb(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return [d && `${d}.`, m && NB_MONTHS[m - 1], y].filter(Boolean).join(" ");
}

/** The entity in a few words, as a citation names the party: the name before any explanation. */
export function shortParty(entity: string): string {
  const name = entity
    .replace(/\s*\(.*$/, "")
    .replace(/;.*$/, "")
    .replace(/\s+-\s.*$/, "")
    .trim();
  return name.length > 3 ? name : entity;
}

/** The case number without the authority's name in front ("Datatilsynet 20/02136-18" → "20/02136-18"). */
const caseOnly = (d: Decision) => d.caseNumber?.replace(new RegExp(`^${d.authority}\\s+`), "").replace(/\s+\(.*$/, "");

function kind(d: Decision, lang: "nb" | "en"): string {
  const court = d.outcome.includes("judgment") ? ["dom", "judgment"] : d.outcome.includes("ruling") ? ["kjennelse", "ruling"] : undefined;
  if (court) return lang === "nb" ? court[0] : court[1];
  if (d.outcome.includes("statement")) return lang === "nb" ? "uttalelse" : "statement";
  if (d.stage === "notice") return lang === "nb" ? "varsel" : "advance notice";
  return lang === "nb" ? "vedtak" : "decision";
}

export function citation(d: Decision, lang: "nb" | "en"): string {
  const who = lang === "nb" ? d.authority : AUTHORITIES[d.authority].en;
  const published = d.dateKind === "published";
  const date = d.decided
    ? lang === "nb"
      ? `${published ? "publisert " : ""}${formatDateNb(d.decided)}`
      : `${published ? "published " : "of "}${formatPartialDate(d.decided)}`
    : lang === "nb"
      ? "udatert"
      : "undated";
  const head = lang === "nb" ? `${kind(d, "nb")} ${date}` : `${kind(d, "en")} ${date}`;
  const number = caseOnly(d);
  const cas = number ? (lang === "nb" ? `, sak ${number}` : `, case ${number}`) : "";
  return `${who}, ${head}${cas} (${shortParty(d.entity)})`;
}

/** Most provisions a context line names besides the page's own; the rest are counted. */
const OTHER_PROVISIONS = 4;

/**
 * One line on what a decision decided, for the list of decisions citing a provision: "Datatilsynet,
 * 13 December 2021 · Fine of NOK 65,000,000 · Upheld on appeal · Other provisions recorded: GDPR
 * Article 9(1), GDPR Article 83". The provisions are the dataset's (GDPR articles, sections of the
 * Act and of the other instruments it applies), less those of `document`, the page the list is on.
 */
export function contextLine(d: Decision, document?: string): string {
  const when = d.decided ? formatPartialDate(d.decided) : "date not known";
  // The amount goes with the penalty it is ("Fine of NOK 200,000, Order"), not after whatever outcome is listed last.
  const money = d.penalty ? ` of ${formatMoney(d.penalty.amount, d.penalty.currency)}${d.penalty.kind === "coercive fine per day" ? " a day" : ""}` : "";
  const penaltyAt = d.penalty ? Math.max(0, d.outcome.indexOf(d.penalty.kind === "fine" ? "fine" : "coercive fine")) : -1;
  const what = d.outcome.map((o, i) => OUTCOMES[o] + (i === penaltyAt ? money : "")).join(", ") + (d.review ? `: ${REVIEW_RESULTS[d.review.result]}` : "");
  const stood = d.final ? ` · ${FINAL_STATUS[d.final.status].label}` : "";
  const notice = d.stage === "notice" ? " (advance notice, not a decision)" : "";
  const others = [...d.gdpr, ...d.pda, ...d.provisions].map(parseTarget).filter((t) => documentOf(t) !== document);
  const named = others.slice(0, OTHER_PROVISIONS).map((t) => targetLabel(t));
  const rest = others.length - named.length;
  const provisions = named.length ? ` · Other provisions recorded: ${named.join(", ")}${rest ? ` and ${rest} more` : ""}` : "";
  return `${d.authority}, ${when} · ${what}${notice}${stood}${provisions}`;
}

// The four deadline calculators on /tools/deadlines/. Each takes the inputs as written in the
// form or the URL and returns either a clear message about what is wrong with them, or the
// deadline with the rule applied, step by step, and the sources it rests on. Pure functions.
import { addDays, addYears, compareDates, formatDay, parseDate } from "./calendar";
import { nonWorkingReason } from "./holidays";
import { formatLocal, formatOslo, offsetLabel, osloMoments, osloOffset, parseLocalDateTime, toOslo } from "./oslo-time";
import { type DeadlineSource, sources } from "./sources";

export interface Deadline {
  /** The deadline as the reader needs it ("Monday 31 March 2025 at 11:00 (UTC+02:00, summer time)"). */
  text: string;
  /** Machine-readable, for <time datetime>: an ISO date or a UTC moment. */
  datetime: string;
  /** When there is more than one answer (an hour that happened twice): what this one assumes. */
  assuming?: string;
}

export interface DeadlineResult {
  deadlines: Deadline[];
  /** The rule applied, in the order it was applied. */
  steps: string[];
  /** What the result does not cover, and what to check. */
  notes: string[];
  sources: DeadlineSource[];
}

export type Calculation = { ok: true; result: DeadlineResult } | { ok: false; message: string; field: string };

const fail = (message: string, field: string): Calculation => ({ ok: false, message, field });

/** The day the GDPR and the Act started to apply in Norway (section 32, footnote). */
const IN_FORCE = "2018-07-20";

// ---- Breach notification: GDPR Article 33(1) ----

/** aware: when the controller became aware of the breach, Norwegian clock time ("2025-03-28T10:00"). */
export function breachDeadline(aware: string | null | undefined): Calculation {
  const parsed = parseLocalDateTime(aware, "the date and time you became aware of the breach");
  if (!parsed.ok) return fail(parsed.message, "aware");
  const local = parsed.value;
  const moments = osloMoments(local);
  if (moments.length === 0) {
    return fail(
      `${formatLocal(local)} did not exist in Norway: the clocks were put forward an hour that night. Check the time and enter it as the clock showed it.`,
      "aware",
    );
  }
  const clock = `${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
  const deadlines = moments.map((moment, i): Deadline => {
    const due = new Date(moment.getTime() + 72 * 3_600_000);
    return {
      text: formatOslo(due),
      datetime: due.toISOString(),
      assuming: moments.length > 1 ? `if you mean the ${i === 0 ? "first" : "second"} ${clock} that night (${offsetLabel(moment)})` : undefined,
    };
  });
  const steps = [
    `You became aware of the breach on ${moments.length > 1 ? formatLocal(local) : formatOslo(moments[0])}, Norwegian time.`,
    "GDPR Article 33(1): notify the supervisory authority without undue delay and, where feasible, not later than 72 hours after having become aware of the breach.",
    "The 72 hours are counted as hours that actually pass. Nights, weekends and public holidays count: Article 33 counts hours and makes no exception for them, and the Personal Data Act adds none.",
  ];
  if (moments.length > 1) {
    steps.push(
      `${formatLocal(local)} happened twice: the clocks were put back an hour that night. Both readings are shown; choose the one that matches when you became aware.`,
    );
  } else {
    const start = moments[0];
    const due = new Date(start.getTime() + 72 * 3_600_000);
    const change = (osloOffset(due) - osloOffset(start)) / 60;
    if (change !== 0) {
      const end = toOslo(due);
      steps.push(
        `The clocks in Norway go ${change > 0 ? "forward" : "back"} one hour during those 72 hours, so the deadline falls at ${String(end.hour).padStart(2, "0")}:${String(end.minute).padStart(2, "0")} on the clock, not at the same clock time as when you became aware.`,
      );
    }
  }
  const notes = [
    "72 hours is the outer limit where notifying sooner is not feasible; the duty is to notify without undue delay. If you notify later than 72 hours, the notification must give the reasons for the delay.",
    "The clock starts when you become aware that personal data have been affected, not when your investigation is complete.",
    "No notification is needed if the breach is unlikely to result in a risk to people's rights and freedoms; the decision tree on breach notification walks through that question.",
  ];
  if (compareDates(local.date, IN_FORCE) < 0)
    notes.unshift(`The GDPR has applied in Norway since ${formatDay(IN_FORCE)}; for an earlier breach, other rules applied.`);
  return { ok: true, result: { deadlines, steps, notes, sources: [sources.gdpr33, sources.pda1] } };
}

// ---- Appeal to the Privacy Appeals Board: forvaltningsloven § 29, counted under domstolloven §§ 148 and 149 ----

/** Moves a day forward past Saturdays, Sundays and public holidays, saying why at each step. */
function nextWorkingDay(iso: string): { date: string; skipped: { date: string; why: string }[] } {
  const skipped: { date: string; why: string }[] = [];
  let date = iso;
  for (let why = nonWorkingReason(date); why; why = nonWorkingReason(date)) {
    skipped.push({ date, why });
    date = addDays(date, 1);
  }
  return { date, skipped };
}

/** received: the day notification of Datatilsynet's decision reached the party ("2025-04-02"). */
export function appealDeadline(received: string | null | undefined): Calculation {
  const parsed = parseDate(received, "the date the decision reached you");
  if (!parsed.ok) return fail(parsed.message, "received");
  const start = parsed.value;
  const threeWeeks = addDays(start, 21);
  const { date, skipped } = nextWorkingDay(threeWeeks);
  const steps = [
    `The decision reached you on ${formatDay(start)}.`,
    "Public Administration Act (forvaltningsloven) § 29 first subsection: the deadline for an appeal is three weeks from the time notification of the decision reached the party.",
    `§ 30 says the deadline is reckoned by the rules in the Courts of Justice Act (domstolloven) §§ 148 and 149. Under § 148 a deadline set in weeks ends on the same day of the week in the last week: ${formatDay(threeWeeks)}.`,
  ];
  if (skipped.length) {
    steps.push(
      `${skipped.map((s) => `${formatDay(s.date)} is ${s.why}`).join("; ")}. Under § 149 a deadline that ends on a Saturday, a public holiday or a day the law treats as one is extended to the next working day: ${formatDay(date)}.`,
    );
  } else {
    steps.push(
      `${formatDay(threeWeeks)} is a working day, so § 149, which moves a deadline ending on a Saturday or public holiday to the next working day, does not change it.`,
    );
  }
  const notes = [
    "The appeal is in time if, before the deadline runs out, it has been handed to a postal service provider for delivery to the authority, or to an official authorised to receive it (forvaltningsloven § 30).",
    "If you asked for the reasons for the decision under § 24 second subsection, the deadline is interrupted and starts again when the reasons reach you (§ 29 third subsection). The authority may extend the deadline in special cases before it runs out (§ 29 fourth subsection), and a late appeal may still be considered in some cases (§ 31).",
    "Decisions Datatilsynet makes under GDPR Article 56 and Chapter VII, in cross-border cases, cannot be appealed to the Privacy Appeals Board (Personal Data Act section 22 second subsection).",
    "A new Public Administration Act (lov 20. juni 2025 nr. 81) will replace forvaltningsloven from a date the King decides; in the text we used, last amended with effect from 1 January 2026, that date had not been set. Check whether the new Act applies to your case.",
  ];
  return {
    ok: true,
    result: {
      deadlines: [{ text: formatDay(date), datetime: date }],
      steps,
      notes,
      sources: [sources.fvl29, sources.fvl30, sources.dl148, sources.dl149, sources.holidays, sources.mayDays, sources.fvl31, sources.pda22],
    },
  };
}

// ---- Paying an administrative fine: Personal Data Act section 27 first subsection ----

/** final: the day the decision imposing the fine became final ("2025-05-05"). */
export function paymentDeadline(final: string | null | undefined): Calculation {
  const parsed = parseDate(final, "the date the decision became final");
  if (!parsed.ok) return fail(parsed.message, "final");
  const start = parsed.value;
  const due = addDays(start, 28);
  const steps = [
    `The decision became final on ${formatDay(start)}.`,
    "Personal Data Act section 27 first subsection: the deadline for complying with a decision imposing an administrative fine is four weeks from when the decision became final.",
    `Four weeks later, on the same day of the week: ${formatDay(due)}.`,
  ];
  const why = nonWorkingReason(due);
  steps.push(
    why
      ? `${formatDay(due)} is ${why}. We have not moved the deadline: section 27 does not say how the four weeks are counted, and we have found no source that applies the rule in domstolloven § 149, which moves some deadlines ending on a Saturday or public holiday, to this one. To be safe, pay before that day.`
      : "Section 27 says nothing about deadlines that end on a weekend or public holiday; this one ends on a working day.",
  );
  const notes = [
    "When a decision became final is a legal question that this calculator does not answer; enter the date you have established.",
    "Check the payment details and any other deadline stated in the decision itself.",
  ];
  return { ok: true, result: { deadlines: [{ text: formatDay(due), datetime: due }], steps, notes, sources: [sources.pda27] } };
}

// ---- Limitation: Personal Data Act section 28 ----

/** ceased: the day the violation ceased; notice (optional): the day of Datatilsynet's advance notice or decision. */
export function limitationDeadline(ceased: string | null | undefined, notice?: string | null): Calculation {
  const parsed = parseDate(ceased, "the date the violation ceased");
  if (!parsed.ok) return fail(parsed.message, "ceased");
  const start = parsed.value;
  const limit = addYears(start, 5);
  const steps = [
    `The violation ceased on ${formatDay(start)}.`,
    "Personal Data Act section 28: the power to impose an administrative fine lapses five years after the violation has ceased.",
    `Five years later: ${formatDay(limit)}.`,
    "The Act does not say how the five years are counted. We take the same date five years later and, where that date does not exist (29 February), the last day of February; that is how domstolloven § 148 counts periods in years, but section 28 does not refer to § 148, so treat dates close to the limit with care.",
  ];
  const notes = ["This limit binds Datatilsynet: after it, no administrative fine can be imposed for the violation unless the period was interrupted in time."];
  if (notice && notice.trim()) {
    const n = parseDate(notice, "the date of the advance notice or decision");
    if (!n.ok) return fail(n.message, "notice");
    if (compareDates(n.value, limit) > 0) {
      steps.push(
        `The advance notice or decision of ${formatDay(n.value)} came after the five years ran out on ${formatDay(limit)}, so it did not interrupt the period.`,
      );
    } else {
      steps.push(
        `Section 28: the period is interrupted when Datatilsynet gives advance notice of, or decides to impose, an administrative fine. The advance notice or decision of ${formatDay(n.value)} came within the five years, so the period was interrupted.`,
      );
      notes.push("Section 28 does not say whether a new period starts to run after it has been interrupted.");
    }
    if (compareDates(n.value, start) < 0)
      notes.push("The advance notice or decision is dated before the violation ceased; section 28 does not say how that affects the period.");
  } else {
    notes.push("If Datatilsynet has given advance notice of, or decided on, a fine, add that date to see whether it interrupted the period.");
  }
  return { ok: true, result: { deadlines: [{ text: formatDay(limit), datetime: limit }], steps, notes, sources: [sources.pda28, sources.dl148] } };
}

/** The calculators by name, with the URL parameters each reads. */
export const calculators = {
  breach: { params: ["aware"], run: (p: URLSearchParams) => breachDeadline(p.get("aware")) },
  appeal: { params: ["received"], run: (p: URLSearchParams) => appealDeadline(p.get("received")) },
  payment: { params: ["final"], run: (p: URLSearchParams) => paymentDeadline(p.get("final")) },
  limitation: { params: ["ceased", "notice"], run: (p: URLSearchParams) => limitationDeadline(p.get("ceased"), p.get("notice")) },
} as const;

export type CalculatorName = keyof typeof calculators;

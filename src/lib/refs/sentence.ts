// The sentence around a reference, for "Cited by" lists: short enough to scan, long enough to
// show why the place is cited. Pure.

/** Abbreviations after which a full stop does not end a sentence (legal English and Norwegian). */
const ABBREVIATIONS = new Set(
  "no nr cf jf ff flg e.g i.e etc art arts para paras s ss pp p vol mr mrs dr st ca bl.a m.m mv osv dvs evt ifr jfr kap nos lit".split(" "),
);

const BOUNDARY = /[.!?;]+["”’)]*\s+(?=[\p{Lu}\p{N}§"“‘(–-])/gu;

export interface Excerpt {
  text: string;
  /** Where the reference sits in `text`. */
  start: number;
  end: number;
}

/** The sentence of `text` that holds [start, end), shortened around it to about `max` characters. */
export function sentenceAround(text: string, start: number, end: number, max = 280): Excerpt {
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1].toLowerCase() ?? "";
    // "no. 2", "cf. Article 83", and single letters: the item labels "a." and initials.
    if (text[m.index] === "." && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  let sentence = text.slice(from, to);
  let s = start - from;
  let e = end - from;
  const lead = sentence.length - sentence.trimStart().length;
  sentence = sentence.trim();
  s -= lead;
  e -= lead;
  if (sentence.length > max) {
    const room = Math.max(0, max - (e - s));
    let a = Math.max(0, s - Math.floor(room / 2));
    let b = Math.min(sentence.length, e + (room - (s - a)));
    a = Math.max(0, b - max);
    // Cut at spaces, and say that text was left out.
    if (a > 0) a = sentence.indexOf(" ", a) + 1 || a;
    if (b < sentence.length) b = sentence.lastIndexOf(" ", b) > e ? sentence.lastIndexOf(" ", b) : b;
    const head = a > 0 ? "… " : "";
    const tail = b < sentence.length ? " …" : "";
    return { text: head + sentence.slice(a, b) + tail, start: s - a + head.length, end: e - a + head.length };
  }
  return { text: sentence, start: s, end: e };
}

/** Markdown link syntax and emphasis markers in an excerpt of Markdown source: the words a reader sees. */
const MARKUP = /\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))+\)|\*{1,2}|__|`/g;

/** The excerpt as it reads on the page: `[§ 4](epostforskriften:4)` → `§ 4`, `**x**` and `*x*` → `x`; the reference's place follows. */
export function plainExcerpt(excerpt: Excerpt): Excerpt {
  let text = "";
  let last = 0;
  let { start, end } = excerpt;
  const edits: { from: number; to: number; kept: string }[] = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(excerpt.text); m; m = MARKUP.exec(excerpt.text)) edits.push({ from: m.index, to: m.index + m[0].length, kept: m[1] ?? "" });
  // From the last edit back, so earlier offsets stay valid.
  for (const { from, to, kept } of [...edits].reverse()) {
    start = start >= to ? start - (to - from - kept.length) : Math.min(start, from);
    end = end >= to ? end - (to - from - kept.length) : end > from ? from + kept.length : end;
  }
  for (const { from, to, kept } of edits) {
    text += excerpt.text.slice(last, from) + kept;
    last = to;
  }
  text += excerpt.text.slice(last);
  return { text, start, end };
}

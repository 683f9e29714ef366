// Dates and periods in the text, resolved to ISO strings (`2025`, `2025-03`, `2025-03-14`),
// relative ones against the article date. The claim extractor uses them twice: the numbers
// inside a date are not claims (`April 26, 2025`, `26 April`, `Feb. 25`, `in 2024`,
// `24.02.2022`), and a claim's `when` is the nearest date in its sentence, else the article's
// year-month.
//
// Read: `<month> <day>[,] [<year>]`, `<day> [of] <month> [<year>]`, `<month> [<year>]`,
// `early/mid/late <month|year>` (`mid-November`), `in/since/by/until <year>`, numeric
// `DD.MM.YYYY` / `YYYY-MM-DD` / `M/D/YYYY`; relative `last/this/next month|year|week`,
// `yesterday`, `today`, `on <weekday>`. A date after `since` marks the start of a cumulative
// count: it is recorded with `since: true` and not used as the claim's period.
// datelineDate() reads a plain-text article's publication date off its dateline.

import { MONTHS } from '../text/numbers';
import { isDash, isThinSpace, tokenize, TokKind, type Tok } from '../text/tokens';
import { WordFilter } from '../text/word-filter';

export interface DateSpan {
  /** Token range [i, j). */
  i: number;
  j: number;
  /** ISO date or period, or '' when it cannot be resolved (no article date for a relative one). */
  when: string;
  since: boolean;
  /** A lone four-digit year: a count (`2000 troops`) may look the same. */
  bareYear?: boolean;
}

const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
}));

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIsoDate(s: string | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;

function shiftMonth(y: number, m: number, by: number): [number, number] {
  const k = y * 12 + (m - 1) + by;
  return [Math.floor(k / 12), (k % 12) + 1];
}

function isYear(t: Tok | undefined): boolean {
  if (!t || t.k !== TokKind.Digits || t.t.length !== 4) return false;
  const v = Number(t.t);
  return v >= 1800 && v <= 2100;
}

function isDay(t: Tok | undefined): boolean {
  if (!t || t.k !== TokKind.Digits || t.t.length > 2) return false;
  const v = Number(t.t);
  return v >= 1 && v <= 31;
}

/** Next non-space token index after k (only horizontal space skipped), or -1. */
function nextTok(toks: readonly Tok[], k: number): number {
  let x = k + 1;
  if (toks[x]?.k === TokKind.Space) x++;
  return x < toks.length ? x : -1;
}

function prevTok(toks: readonly Tok[], k: number): number {
  let x = k - 1;
  if (toks[x]?.k === TokKind.Space) x--;
  return x;
}

function monthAt(toks: readonly Tok[], k: number): number {
  const t = toks[k];
  // month names are capitalised in running text (a cheap filter before the lookup)
  if (!t || t.k !== TokKind.Word || !t.cap || t.t.length > 9) return 0;
  const m = MONTHS.get(t.l);
  if (!m) return 0;
  // `may` and `march` are also verbs: only capitalised, or next to digits
  if ((t.l === 'may' || t.l === 'march' || t.l === 'mar') && !t.cap) return 0;
  if (t.l === 'may' && t.cap) {
    const n = nextTok(toks, k);
    const p = prevTok(toks, k);
    const nt = n >= 0 ? toks[n] : undefined;
    const pt = p >= 0 ? toks[p] : undefined;
    const dateish = (nt && nt.k === TokKind.Digits) || (pt && (pt.k === TokKind.Digits || /^(in|of|early|mid|late|since|until|by|from|last|next|this|on)$/.test(pt.l)));
    if (!dateish) return 0;
  }
  return m;
}

/** A length of the lower-case words a date can begin with (`last`, `this`, `next`, `past`, `today`, `tonight`, `yesterday`). */
export const lowerDateWordLength = (n: number): boolean => n === 4 || n === 5 || n === 7 || n === 9;

let DATE_WORD_FILTER: WordFilter | undefined;
/** The words a date can begin with (lower case): months, weekdays and the relative words above. */
export function dateWordFilter(): WordFilter {
  return (DATE_WORD_FILTER ??= new WordFilter(dateStartWords()));
}

/** The words of dateWordFilter(), for callers that fold them into a filter of their own. */
export function dateStartWords(): string[] {
  return [...MONTHS.keys(), ...WEEKDAYS.keys(), 'last', 'this', 'next', 'past', 'yesterday', 'today', 'tonight'];
}

/**
 * Reads dates from tokens offered in ascending order (by a walk the caller makes anyway, such as
 * the claim scanner's); every word and digit token must be offered, others may be. A token inside
 * the date read last is passed over. Linear: each step looks a bounded distance ahead.
 */
export interface DateReader {
  offer(i: number): void;
  /** The dates read so far, in token order. */
  readonly dates: DateSpan[];
}

/** Words of an event's start (`since the start of the war in 2022`, `since the war began in 2022`). */
const SINCE_START = new Set(['start', 'beginning', 'outbreak', 'onset', 'launch', 'began', 'begun', 'started', 'launched', 'invaded', 'erupted', 'beginn', 'anfang', 'ausbruch', 'begann', 'begonnen']);

export function dateReader(toks: readonly Tok[], articleDate?: string): DateReader {
  const base = parseIsoDate(articleDate);
  const out: DateSpan[] = [];
  const n = toks.length;
  const sinceBefore = (i: number): boolean => {
    let p = prevTok(toks, i);
    const w = toks[p];
    if (w && (w.l === 'early' || w.l === 'mid' || w.l === 'late' || w.l === 'the' || w.l === 'end' || w.l === 'dem' || w.l === 'anfang' || w.l === 'mitte' || w.l === 'ende')) p = prevTok(toks, p);
    const s = toks[p];
    // `between November 19 and January 12`: the first date opens the period (the second ends it)
    if (s !== undefined && (s.l === 'since' || s.l === 'from' || s.l === 'seit' || s.l === 'between' || s.l === 'zwischen')) return true;
    return startOfSince(p);
  };
  // `since the start of the full-scale invasion in February 2022`, `seit Beginn der Invasion im
  // Februar 2022`: the date of the event a count runs from
  const startOfSince = (p: number): boolean => {
    if (p < 0 || (toks[p].l !== 'in' && toks[p].l !== 'im' && toks[p].l !== 'on' && toks[p].l !== 'am')) return false;
    let start = false;
    for (let x = prevTok(toks, p), words = 0; x >= 0 && words < 10; x = prevTok(toks, x), words++) {
      const t = toks[x];
      if (t.k !== TokKind.Word && !(t.t === '-' && toks[x - 1]?.e === t.s)) return false;
      if (t.k !== TokKind.Word) continue;
      if (t.l === 'since' || t.l === 'seit') return start;
      if (SINCE_START.has(t.l)) start = true;
    }
    return false;
  };
  /** Read a date at token i; returns the next token to look at. */
  const step = (i: number): number => {
    const t = toks[i];
    if (t.k === TokKind.Word) {
      const m = monthAt(toks, i);
      if (m) {
        let j = i + 1;
        if (toks[j]?.t === '.' && toks[j].s === t.e) j++;
        let day = 0;
        let year = 0;
        let startI = i;
        // day before: `26 April`, `26th of April`
        const p = prevTok(toks, i);
        if (p >= 0 && isDay(toks[p])) {
          day = Number(toks[p].t);
          startI = p;
        } else if (p >= 1 && toks[p].t === '.' && isDay(toks[p - 1]) && toks[p - 1].e === toks[p].s) {
          // German: `13. Juni 2024`, `seit dem 19. November`
          day = Number(toks[p - 1].t);
          startI = p - 1;
        } else if (p >= 0 && toks[p].l === 'of') {
          const p2 = prevTok(toks, p);
          if (p2 >= 1 && toks[p2].k === TokKind.Word && /^(st|nd|rd|th)$/.test(toks[p2].l) && isDay(toks[p2 - 1])) {
            day = Number(toks[p2 - 1].t);
            startI = p2 - 1;
          }
        }
        // `mid-February`, `early April`
        const q = prevTok(toks, startI);
        if (q >= 1 && isDash(toks[q]) && toks[q].s === toks[startI].s - 1 && /^(mid|early|late|end)$/.test(toks[q - 1].l)) startI = q - 1;
        else if (q >= 0 && /^(early|mid|late)$/.test(toks[q].l)) startI = q;
        let x = j < n && toks[j].k === TokKind.Space ? j + 1 : j;
        if (!day && isDay(toks[x]) && !(toks[x + 1]?.t === ',' && isDay(toks[x + 2]))) {
          day = Number(toks[x].t);
          j = x + 1;
          if (toks[j]?.k === TokKind.Word && /^(st|nd|rd|th)$/.test(toks[j].l)) j++;
          x = toks[j]?.t === ',' ? j + 1 : j;
          if (toks[x]?.k === TokKind.Space) x++;
        }
        if (isYear(toks[x])) {
          year = Number(toks[x].t);
          j = x + 1;
        }
        if (!year && base) year = m > base.m ? base.y - 1 : base.y;
        const when = year ? (day ? `${ym(year, m)}-${pad(day)}` : ym(year, m)) : '';
        out.push({ i: startI, j, when, since: sinceBefore(startI) });
        return j;
      }
      const wd = t.cap ? WEEKDAYS.get(t.l) : undefined;
      if (wd !== undefined) {
        let when = '';
        if (base) {
          const b = new Date(Date.UTC(base.y, base.m - 1, base.d));
          let back = (b.getUTCDay() - wd + 7) % 7;
          if (back === 0) back = 0;
          const d = new Date(b.getTime() - back * 86400000);
          when = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
        }
        out.push({ i, j: i + 1, when, since: false });
        return i + 1;
      }
      if ((t.l === 'last' || t.l === 'this' || t.l === 'next' || t.l === 'past') && isThinSpace(toks[i + 1])) {
        const u = toks[i + 2];
        if (u && (u.l === 'month' || u.l === 'year' || u.l === 'week')) {
          let when = '';
          if (base) {
            const by = t.l === 'last' ? -1 : t.l === 'next' ? 1 : 0;
            if (u.l === 'month') when = ym(...shiftMonth(base.y, base.m, t.l === 'past' ? -1 : by));
            else if (u.l === 'year') when = String(base.y + (t.l === 'past' ? 0 : by));
            else when = ym(base.y, base.m);
          }
          out.push({ i, j: i + 3, when, since: false });
          return i + 3;
        }
      }
      if ((t.l === 'yesterday' || t.l === 'today' || t.l === 'tonight') && base) {
        const d = new Date(Date.UTC(base.y, base.m - 1, base.d) - (t.l === 'yesterday' ? 86400000 : 0));
        out.push({ i, j: i + 1, when: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, since: false });
      }
      return i + 1;
    }
    if (t.k === TokKind.Digits) {
      // numeric dates: 24.02.2022, 2022-02-24, 2/24/2022, 24/02
      const a = toks[i + 1];
      const b = toks[i + 2];
      const c = toks[i + 3];
      const d = toks[i + 4];
      if (a && b && a.s === t.e && b.s === a.e && b.k === TokKind.Digits && (a.t === '.' || a.t === '/' || a.t === '-') && c && c.t === a.t && c.s === b.e && d && d.k === TokKind.Digits && d.s === c.e) {
        let when = '';
        if (t.t.length === 4) when = `${t.t}-${pad(Number(b.t))}-${pad(Number(d.t))}`;
        else if (d.t.length === 4) when = a.t === '/' ? `${d.t}-${pad(Number(t.t))}-${pad(Number(b.t))}` : `${d.t}-${pad(Number(b.t))}-${pad(Number(t.t))}`;
        if (t.t.length <= 4 && b.t.length <= 2 && d.t.length <= 4) {
          out.push({ i, j: i + 5, when, since: sinceBefore(i) });
          return i + 5;
        }
      }
      if (isYear(t) && !(a && a.s === t.e && (a.k === TokKind.Word || a.t === ',' || a.t === '.') && toks[i + 2]?.k === TokKind.Digits)) {
        // a bare year: decided by the claim scanner (a count such as `2000 troops` is no year)
        const p = prevTok(toks, i);
        const pw = p >= 0 ? toks[p] : undefined;
        let startI = i;
        if (pw && isDash(pw) && toks[p - 1]?.k === TokKind.Word && /^(mid|early|late|end|pre|post)$/.test(toks[p - 1].l)) startI = p - 1;
        else if (pw && /^(early|mid|late)$/.test(pw.l)) startI = p;
        out.push({ i: startI, j: i + 1, when: t.t, since: sinceBefore(startI), bareYear: startI === i });
      }
    }
    return i + 1;
  };
  let free = 0;
  return {
    dates: out,
    offer(i: number): void {
      if (i < free) return;
      // only capitalised words (months, weekdays), lower-case words as long as the ones read
      // above (a word whose lower case is one of them is as long) and digits can start a date:
      // the others are passed over without reading their text
      const t = toks[i];
      if (t.k === TokKind.Word ? t.cap || lowerDateWordLength(t.e - t.s) : t.k === TokKind.Digits) free = step(i);
    },
  };
}

/** All date expressions in token order. */
export function findDates(toks: readonly Tok[], articleDate?: string): DateSpan[] {
  const r = dateReader(toks, articleDate);
  for (let i = 0; i < toks.length; i++) r.offer(i);
  return r.dates;
}

/** The article date as a year-month, or undefined. */
export function articleMonth(articleDate?: string): string | undefined {
  const b = parseIsoDate(articleDate);
  return b ? ym(b.y, b.m) : undefined;
}

/**
 * The publication date a plain-text article (title on the first line) states in its dateline: the
 * first non-blank line after the title opens with a full date, or with a place and a comma and
 * then the date (`ADEN, January 12, 2024 (Harbor Wire) —`, `DUBAI, 13. Juni 2024 —`,
 * `12 August 2024 — KYIV`, `2024-08-12`), as YYYY-MM-DD. A date further into a sentence
 * (`On 12 August 2024 troops crossed`) is no dateline.
 */
export function datelineDate(text: string): string | undefined {
  const lines = text.split(/\r?\n/, 4).slice(1);
  const line = lines.find((l) => l.trim())?.trim();
  if (!line) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const toks = tokenize(line.slice(0, 120));
  const first = findDates(toks).find((d) => !d.bareYear);
  if (!first || !/^\d{4}-\d{2}-\d{2}$/.test(first.when)) return undefined;
  // before the date: nothing, or a place (up to four capitalised words, a country after a comma)
  // and a comma right before the date
  let words = 0;
  let commas = 0;
  let last = '';
  for (let k = 0; k < first.i; k++) {
    const t = toks[k];
    if (t.k === TokKind.Space) continue;
    last = t.t;
    if (t.k === TokKind.Word && t.cap && !WEEKDAYS.has(t.l) && !/^(on|in|by|at|from|since|until)$/.test(t.l) && ++words <= 4) continue;
    if (t.t === ',' && words > 0 && ++commas <= 2) continue;
    if (t.k === TokKind.Punct && (t.t === '-' || t.t === '.' || t.t === "'") && words > 0) continue;
    return undefined;
  }
  return words === 0 || last === ',' ? first.when : undefined;
}

// Numbers as written in news text, read off the token stream (lib/text/tokens.ts).
//
// Digits: `1,171`, `7 905` / `20 842` (a space, no-break or thin space between groups of three),
// `7.905` and `1,6` in German-style text, `54.9`, `.5`; a scale word after the digits (`54.9
// thousand`, `$500 million`, `2.1 bn`, `10k`). Which of `.` and `,` is the decimal mark is decided
// once per text by `detectConvention`: a comma followed by one or two digits (`1,6`), or dot-grouped
// thousands (`1.234.567`), is German-style evidence; a dot followed by one, two or four-plus digits
// (`54.9`) or comma-grouped millions (`1,234,567`) is English-style evidence. A lone `7.905` in
// English-style text stays ambiguous (`dot3`): the claim scanner reads it as 7905 when it counts
// people or things, which cannot be fractional.
// Words: `seven`, `twenty-one`, `one hundred and six`, `a thousand`, `three dozen`.
// All scanners walk forward over a bounded number of tokens: linear in the text.

import { isGermanWord, isHyphen, isThinSpace, statsOf, TokKind, type Tok } from './tokens';

export interface NumberConvention {
  /** True when the text writes decimals with a comma and groups thousands with dots. */
  decimalComma: boolean;
}

export interface ParsedNumber {
  /** First and one-past-last token of the number (scale word included when read). */
  i: number;
  j: number;
  value: number;
  words: boolean;
  /** `7.905` read as a decimal in English-style text: could be 7905 if it counts things. */
  dot3?: boolean;
  /** Digits joined by spaces (`7 905`). */
  spaced?: boolean;
  /** Had a decimal part. */
  decimal?: boolean;
  /** A scale word was read (`thousand`, `million`, `k`). */
  scaled?: boolean;
}

const UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  // German (not `ein`/`eine`, which are articles first)
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
}));
const TENS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
}));
/** Scale words after a number, digits or words. */
export const SCALES: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  mln: 1e6, mn: 1e6, mio: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, tln: 1e12, lakh: 1e5, crore: 1e7, dozen: 12,
  tausend: 1e3, millionen: 1e6, milliarden: 1e9, mrd: 1e9, tsd: 1e3,
}));
/** Scales read only when glued to the digits (`10k`, `1.2b`, `$5m`). */
const GLUED_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mm: 1e6, mil: 1e6, g: 1e9 }));
/** Glued scales that are also units of length: read as money only after a currency sign. */
const MONEY_ONLY = new Set(['m', 'mm', 'b', 'g']);

export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
  // German (the others are spelled as in English)
  januar: 1, jänner: 1, februar: 2, märz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
}));

export function wordValue(l: string): number | undefined {
  const u = UNITS.get(l);
  if (u !== undefined) return u;
  return TENS.get(l);
}

export function isNumberWord(l: string): boolean {
  return UNITS.get(l) !== undefined || TENS.get(l) !== undefined;
}


/**
 * One pass over the tokens: which decimal mark does the text use? Digit groups decide; when they
 * do not (`1.200` alone reads either way), a text written in German reads German-style.
 */
export function detectConvention(toks: readonly Tok[]): NumberConvention {
  let german = 0;
  let english = 0;
  let germanWords = 0;
  let words = 0;
  const stats = statsOf(toks);
  // tokens from tokenize() come with their word counts and digit positions: only the digit
  // tokens need a look here (the last two tokens never start a group)
  const digitAt = stats ? stats.digits : undefined;
  if (stats) {
    words = stats.words;
    germanWords = stats.germanWords;
  }
  const steps = digitAt ? digitAt.length : toks.length;
  for (let s = 0; s < steps; s++) {
    const i = digitAt ? digitAt[s] : s;
    if (i + 2 >= toks.length) break;
    if (!digitAt && toks[i].k === TokKind.Word) {
      words++;
      if (isGermanWord(toks[i].l)) germanWords++;
      continue;
    }
    if (toks[i].k !== TokKind.Digits) continue;
    const sep = toks[i + 1];
    const next = toks[i + 2];
    if (sep.k !== TokKind.Punct || next.k !== TokKind.Digits) continue;
    const n = next.t.length;
    const after = toks[i + 3];
    const moreGroups = after !== undefined && after.t === sep.t && toks[i + 4]?.k === TokKind.Digits;
    const inList = i > 0 && toks[i - 1].t === ',';
    if (sep.t === ',') {
      if (n <= 2 && !moreGroups && !inList && toks[i].t.length <= 3) german++;
      else if (n === 3 && moreGroups && toks[i + 4].t.length === 3) english++;
    } else if (sep.t === '.') {
      if (n === 3 && moreGroups && toks[i + 4].t.length === 3) german++;
      else if ((n <= 2 || n >= 4) && !moreGroups) english++;
    }
  }
  if (german === english && words >= 8 && germanWords * 8 >= words) return { decimalComma: true };
  return { decimalComma: german > english };
}

const isDigits = (t: Tok | undefined): t is Tok => t !== undefined && t.k === TokKind.Digits;
const glued = (a: Tok, b: Tok | undefined): boolean => b !== undefined && a.e === b.s;

function prevWordIsMonth(toks: readonly Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.k === TokKind.Space) k--;
  if (toks[k]?.t === '.') k--;
  const w = toks[k];
  return w !== undefined && w.k === TokKind.Word && MONTHS.get(w.l) !== undefined;
}

/** Digits starting at token i (a Digits token). Reads groups, decimals; not scales. */
export function parseDigitsAt(toks: readonly Tok[], i: number, conv: NumberConvention): ParsedNumber | null {
  const first = toks[i];
  if (!isDigits(first)) return null;
  let intText = first.t;
  let j = i + 1;
  let decimalText = '';
  let dot3 = false;
  let spaced = false;
  const groupSep = conv.decimalComma ? '.' : ',';
  const decimalSep = conv.decimalComma ? ',' : '.';
  // thousands groups with the text's separator
  if (first.t.length <= 3) {
    let k = j;
    let groups = 0;
    while (toks[k]?.t === groupSep && glued(toks[k - 1], toks[k]) && isDigits(toks[k + 1]) && toks[k + 1].t.length === 3 && glued(toks[k], toks[k + 1])) {
      intText += toks[k + 1].t;
      k += 2;
      groups++;
    }
    // groups of three separated by single spaces (`7 905`, `1 414 021 100`)
    if (groups === 0 && !prevWordIsMonth(toks, i)) {
      while (isThinSpace(toks[k]) && isDigits(toks[k + 1]) && toks[k + 1].t.length === 3 && toks[k + 2]?.t !== '%' && !(toks[k + 2]?.t === groupSep && isDigits(toks[k + 3]) && glued(toks[k + 2], toks[k + 3]) && toks[k + 3].t.length === 3)) {
        intText += toks[k + 1].t;
        k += 2;
        groups++;
        spaced = true;
      }
    }
    // dots grouping thousands in English-style text: `1.234.567`
    if (groups === 0 && !conv.decimalComma && toks[k]?.t === '.' && isDigits(toks[k + 1]) && toks[k + 1].t.length === 3 && toks[k + 2]?.t === '.' && isDigits(toks[k + 3]) && toks[k + 3].t.length === 3 && glued(toks[k], toks[k + 1]) && glued(toks[k + 2], toks[k + 3])) {
      while (toks[k]?.t === '.' && isDigits(toks[k + 1]) && toks[k + 1].t.length === 3 && glued(toks[k], toks[k + 1])) {
        intText += toks[k + 1].t;
        k += 2;
      }
      j = k;
      return { i, j, value: Number(intText), words: false };
    }
    j = k;
  }
  // decimal part
  const d = toks[j];
  if (d !== undefined && d.k === TokKind.Punct && glued(toks[j - 1], d) && isDigits(toks[j + 1]) && glued(d, toks[j + 1])) {
    const isDec = d.t === decimalSep || (spaced && (d.t === '.' || d.t === ','));
    if (isDec && !(toks[j + 2]?.t === d.t && isDigits(toks[j + 3]) && glued(toks[j + 2], toks[j + 3]))) {
      decimalText = toks[j + 1].t;
      if (!conv.decimalComma && d.t === '.' && decimalText.length === 3 && intText.length <= 3 && !spaced) dot3 = true;
      j += 2;
    }
  }
  const value = Number(decimalText ? `${intText}.${decimalText}` : intText);
  if (!Number.isFinite(value)) return null;
  const out: ParsedNumber = { i, j, value, words: false };
  if (dot3) out.dot3 = true;
  if (spaced) out.spaced = true;
  if (decimalText) out.decimal = true;
  return out;
}

/** Number words starting at token i: `seven`, `twenty-one`, `one hundred and six`, `a thousand`. */
export function parseWordsAt(toks: readonly Tok[], i: number): ParsedNumber | null {
  const t0 = toks[i];
  if (!t0 || t0.k !== TokKind.Word) return null;
  let total = 0;
  let current = 0;
  let last: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let k = i;
  let j = -1;
  let any = false;
  if (t0.l === 'a' || t0.l === 'an') {
    const n = toks[i + 2];
    if (!isThinSpace(toks[i + 1]) || !n || (n.l !== 'hundred' && n.l !== 'thousand' && n.l !== 'million' && n.l !== 'billion' && n.l !== 'dozen')) return null;
    current = 1;
    last = 'unit';
    k = i + 2;
  }
  for (let steps = 0; steps < 24; steps++) {
    const w = toks[k];
    if (!w || w.k !== TokKind.Word) break;
    const l = w.l;
    const u = UNITS.get(l);
    const tn = TENS.get(l);
    if (u !== undefined) {
      if (last === 'unit' || last === 'teen') break;
      if (last === 'tens' && u >= 10) break;
      current += u;
      last = u >= 10 ? 'teen' : 'unit';
    } else if (tn !== undefined) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      current += tn;
      last = 'tens';
    } else if (l === 'hundred') {
      if (last === 'hundred' || last === 'none' || current >= 100) break;
      current = current * 100;
      last = 'hundred';
    } else if (l === 'thousand' || l === 'million' || l === 'billion' || l === 'trillion' || l === 'dozen') {
      if (last === 'none' || last === 'scale') break;
      const sc = SCALES.get(l) ?? 1;
      if (sc === 12) {
        current *= 12;
      } else {
        total += current * sc;
        current = 0;
      }
      last = 'scale';
    } else break;
    any = true;
    j = k + 1;
    // connector: single space, hyphen, or ` and `
    const a = toks[k + 1];
    const b = toks[k + 2];
    if (isHyphen(a) && glued(w, a) && b && b.k === TokKind.Word && glued(a, b) && (TENS.get(l) !== undefined) && (UNITS.get(b.l) ?? 99) < 10) {
      k += 2;
      continue;
    }
    if (a && a.k === TokKind.Space && b && b.k === TokKind.Word) {
      if (b.l === 'and' && (last === 'hundred' || last === 'scale') && toks[k + 3]?.k === TokKind.Space && toks[k + 4] && (UNITS.get(toks[k + 4].l) !== undefined || TENS.get(toks[k + 4].l) !== undefined)) {
        k += 4;
        continue;
      }
      if (UNITS.get(b.l) !== undefined || TENS.get(b.l) !== undefined || b.l === 'hundred' || b.l === 'thousand' || b.l === 'million' || b.l === 'billion' || b.l === 'trillion' || b.l === 'dozen') {
        k += 2;
        continue;
      }
    }
    break;
  }
  if (!any || j < 0) return null;
  return { i, j, value: total + current, words: true };
}

/**
 * A scale after a number ending at token j (exclusive): ` thousand`, ` million`, `bn`, glued
 * `k`/`m`/`b`. Returns the multiplier and the new end, or null. `m` alone is left to the caller
 * (metres or millions) unless `allowM`.
 */
export function parseScaleAt(toks: readonly Tok[], j: number, allowM = false): { mult: number; j: number; glued: boolean } | null {
  const a = toks[j];
  if (!a) return null;
  if (a.k === TokKind.Word && glued(toks[j - 1], a)) {
    const g = GLUED_SCALES.get(a.l) ?? SCALES.get(a.l);
    if (g !== undefined && (!MONEY_ONLY.has(a.l) || allowM) && !(toks[j + 1]?.k === TokKind.Word && glued(a, toks[j + 1]))) return { mult: g, j: j + 1, glued: true };
    return null;
  }
  if (isThinSpace(a)) {
    const w = toks[j + 1];
    if (w && w.k === TokKind.Word) {
      let sc = SCALES.get(w.l);
      if (sc === undefined && w.l === 'dozens') sc = 12;
      if (sc === undefined && allowM && (w.l === 'm' || w.l === 'b')) sc = w.l === 'm' ? 1e6 : 1e9;
      if (sc !== undefined) {
        // `bn.`/`mln.` abbreviations: keep the dot out of the span
        return { mult: sc, j: j + 2, glued: false };
      }
    }
  }
  return null;
}

export interface ScannedNumber {
  start: number;
  end: number;
  value: number;
}

/**
 * Every number in a text (digits and words, with scales), for tests and the peer suite. Dates and
 * names are NOT filtered here: that is the claim scanner's business.
 */
export function scanNumbers(text: string, toks: readonly Tok[], conv: NumberConvention = detectConvention(toks)): ScannedNumber[] {
  const out: ScannedNumber[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let p: ParsedNumber | null = null;
    if (t.k === TokKind.Digits) {
      // digits glued to letters before are part of a code (`SCP173`, `MH17`)
      if (i > 0 && toks[i - 1].k === TokKind.Word && glued(toks[i - 1], t)) continue;
      p = parseDigitsAt(toks, i, conv);
    } else if (t.k === TokKind.Word) p = parseWordsAt(toks, i);
    if (!p) continue;
    let value = p.value;
    // a bare number scanner reads `10G` and `1.2b` as scales, but `1m` stays a length
    const sc = parseScaleAt(toks, p.j, toks[p.j]?.l !== 'm' && toks[p.j]?.l !== 'mm');
    if (sc) {
      value *= sc.mult;
      p.j = sc.j;
    }
    let start = toks[p.i].s;
    // leading decimal point: `.08`
    if (!p.words && p.i > 0 && toks[p.i - 1].t === '.' && glued(toks[p.i - 1], toks[p.i]) && !isDigits(toks[p.i - 2])) {
      start = toks[p.i - 1].s;
      value = Number(`0.${toks[p.i].t}`) * (sc ? sc.mult : 1);
    }
    // digits glued to a following word that is no scale: a code or unit, not a bare number
    const nx = toks[p.j];
    if (!p.words && nx && nx.k === TokKind.Word && glued(toks[p.j - 1], nx)) {
      i = p.j;
      continue;
    }
    out.push({ start, end: toks[p.j - 1].e, value });
    i = p.j - 1;
  }
  return out;
}

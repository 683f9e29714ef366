// Sentence and paragraph numbering over the token stream. A sentence ends at `.`, `!` or `?`
// (closing quotes and brackets after it included) followed by space and a capital, digit or
// quote, unless the word before the dot is a known abbreviation or a single letter (`U.S.`,
// `Feb.`, `Dr.`); a line break ends both the sentence and the paragraph.
//
// Only line breaks and punctuation tokens do anything, so the reader rides on a walk the caller
// makes anyway (SegmentBuilder). The result is the list of sentence and paragraph starts, not two
// numbers per token: a token's sentence or paragraph is a binary search in it, remembered for the
// last one found (the claim scanner asks about neighbouring tokens).

import { TokKind, type Tok } from './tokens';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'no', 'nos', 'nr', 'vol', 'p', 'pp', 'fig', 'vs', 'approx', 'ca', 'est', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'mt',
  'al', 'e', 'i', 'g', 'u', 's', 'sq',
]);
/** German month names (after a day's ordinal dot); those spelled as in English only with a German word or a year by them. */
const GERMAN_MONTHS = new Set(['januar', 'jänner', 'februar', 'märz', 'mai', 'juni', 'juli', 'oktober', 'dezember']);
const SHARED_MONTHS = new Set(['april', 'august', 'september', 'november']);
const GERMAN_BEFORE_DAY = new Set(['dem', 'am', 'vom', 'zum', 'bis', 'seit', 'ab', 'den', 'der', 'des', 'und', 'zwischen', 'im']);

/** Digits at token d, then `.` and a space, then a month name read as German (`dem 19. November`). */
function germanDay(toks: readonly Tok[], d: number): boolean {
  const m = toks[d + 3];
  if (!m || m.k !== TokKind.Word) return false;
  if (GERMAN_MONTHS.has(m.l)) return true;
  if (!SHARED_MONTHS.has(m.l)) return false;
  const y = toks[d + 4]?.k === TokKind.Space ? toks[d + 5] : undefined;
  if (y && y.k === TokKind.Digits && y.t.length === 4) return true;
  const p = toks[d - 1]?.k === TokKind.Space ? toks[d - 2] : undefined;
  return p !== undefined && p.k === TokKind.Word && GERMAN_BEFORE_DAY.has(p.l);
}
/** Abbreviations that are also words: abbreviations only before a number (`No. 3`). */
const ABBREV_BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'est', 'co']);

export interface Segments {
  /** First token index of each sentence, ascending (the last may equal the token count). */
  readonly sentenceStart: readonly number[];
  /** First token index of each paragraph, ascending. */
  readonly paragraphStart: readonly number[];
  /** Sentence number of token k (-1 outside the tokens). */
  sentenceOf(k: number): number;
  /** Paragraph number of token k (-1 outside the tokens). */
  paragraphOf(k: number): number;
}

/** Index of the last entry of the ascending list `starts` that is <= k. */
function lastAtOrBefore(starts: readonly number[], k: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

class SegmentIndex implements Segments {
  private lastS = 0;
  private lastLo = 0;
  private lastHi = -1;
  private lastP = 0;
  private lastPLo = 0;
  private lastPHi = -1;

  constructor(
    private readonly n: number,
    readonly sentenceStart: number[],
    readonly paragraphStart: number[],
  ) {}

  sentenceOf(k: number): number {
    if (k < 0 || k >= this.n) return -1;
    if (k >= this.lastLo && k < this.lastHi) return this.lastS;
    const s = lastAtOrBefore(this.sentenceStart, k);
    this.lastS = s;
    this.lastLo = this.sentenceStart[s];
    this.lastHi = this.sentenceStart[s + 1] ?? this.n;
    return s;
  }

  paragraphOf(k: number): number {
    if (k < 0 || k >= this.n) return -1;
    if (k >= this.lastPLo && k < this.lastPHi) return this.lastP;
    const p = lastAtOrBefore(this.paragraphStart, k);
    this.lastP = p;
    this.lastPLo = this.paragraphStart[p];
    this.lastPHi = this.paragraphStart[p + 1] ?? this.n;
    return p;
  }
}

/** The smallest token index >= from whose token ends after character c (tokens cover the text). */
export function tokenAt(toks: readonly Tok[], c: number, from: number): number {
  const n = toks.length;
  let lo = from;
  let hi = from;
  let step = 1;
  while (hi < n && toks[hi].e <= c) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi >= n) hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].e <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sentences and paragraphs built from the tokens that can end one, visited in ascending order by
 * a pass the caller makes anyway (the claim scanner's one walk over its tokens). Every line break
 * and every punctuation token must be visited; other tokens may be and change nothing.
 */
export class SegmentBuilder {
  private readonly sentenceStart: number[] = [0];
  private readonly paragraphStart: number[] = [0];

  constructor(private readonly toks: readonly Tok[]) {}

  visit(i: number): void {
    const toks = this.toks;
    const t = toks[i];
    if (t.k === TokKind.Break) {
      this.sentenceStart.push(i + 1);
      this.paragraphStart.push(i + 1);
      return;
    }
    if (t.k !== TokKind.Punct || !(t.t === '.' || t.t === '!' || t.t === '?' || t.t === '\u2026')) return;
    if (t.t === '.') {
      const w = toks[i - 1];
      if (w && w.k === TokKind.Word && w.e === t.s && (ABBREV.has(w.l) || w.t.length === 1)) {
        const nx = toks[i + 1]?.k === TokKind.Space ? toks[i + 2] : toks[i + 1];
        if (!ABBREV_BEFORE_NUMBER.has(w.l) || nx?.k === TokKind.Digits) return;
      }
      if (w && w.k === TokKind.Digits && toks[i + 1]?.k === TokKind.Digits) return;
      // a German day of the month (`seit dem 19. November`, `13. Juni 2024`) is an ordinal, not an end
      if (w && w.k === TokKind.Digits && w.e === t.s && w.t.length <= 2 && toks[i + 1]?.k === TokKind.Space && germanDay(toks, i - 1)) return;
    }
    // closing quotes and brackets stay with the sentence
    const n = toks.length;
    let k = i + 1;
    while (k < n && k < i + 4 && toks[k].k === TokKind.Punct && /^[”’"')\]»]$/.test(toks[k].t)) k++;
    if (toks[k]?.k !== TokKind.Space) return;
    // the sentence ends when the token after the space opens a new one (a line break opens one anyway)
    const x = k + 1;
    const u = toks[x];
    if (!u || u.k === TokKind.Break) return;
    const c = u.t.charCodeAt(0);
    if ((u.k === TokKind.Word && u.cap) || u.k === TokKind.Digits || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40) this.sentenceStart.push(x);
  }

  done(): Segments {
    return new SegmentIndex(this.toks.length, this.sentenceStart, this.paragraphStart);
  }
}

/** Sentences and paragraphs of a token array, from a walk over all of it. */
export function segment(toks: readonly Tok[]): Segments {
  const b = new SegmentBuilder(toks);
  for (let i = 0; i < toks.length; i++) b.visit(i);
  return b.done();
}

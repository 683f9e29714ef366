// Sentence and paragraph numbering over the token stream. A sentence ends at `.`, `!` or `?`
// (closing quotes and brackets after it included) followed by space and a capital, digit or
// quote, unless the word before the dot is a known abbreviation or a single letter (`U.S.`,
// `Feb.`, `Dr.`); a line break ends both the sentence and the paragraph.
//
// Only the tokens that can end a sentence are looked at: with the text at hand, one pass of one
// character-class regular expression finds them and each is mapped to its token (the tokens
// cover the text without gaps); the result is the list of sentence and paragraph starts, and a
// token's sentence or paragraph is a binary search in it (remembered for the last sentence, as
// the claim scanner asks about neighbouring tokens).

import { TokKind, type Tok } from './tokens';

const ABBREV = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'gov',
  'sen', 'rep', 'rev', 'no', 'nos', 'nr', 'vol', 'p', 'pp', 'fig', 'vs', 'approx', 'ca', 'est', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'mt',
  'al', 'e', 'i', 'g', 'u', 's', 'sq',
]);
/** Abbreviations that are also words: abbreviations only before a number (`No. 3`). */
const ABBREV_BEFORE_NUMBER = new Set(['no', 'nos', 'p', 'pp', 'vol', 'fig', 'est', 'co']);

/** Characters of the tokens that can end a sentence or a paragraph. */
const END_CHARS = /[.!?\u2026\n\r\u2028\u2029]/g;

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

/** Does the text run exactly under these tokens (so that its characters can locate them)? */
export function coversText(toks: readonly Tok[], text: string | undefined): text is string {
  return text !== undefined && toks.length > 0 && toks[0].s === 0 && toks[toks.length - 1].e === text.length;
}

/**
 * Sentences and paragraphs of a token array. With `text` (the text the tokens were read from),
 * only the end-mark characters are visited; without it every token is.
 */
export function segment(toks: readonly Tok[], text?: string): Segments {
  const n = toks.length;
  const sentenceStart: number[] = [0];
  const paragraphStart: number[] = [0];
  const visit = (i: number): void => {
    const t = toks[i];
    if (t.k === TokKind.Break) {
      sentenceStart.push(i + 1);
      paragraphStart.push(i + 1);
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
    }
    // closing quotes and brackets stay with the sentence
    let k = i + 1;
    while (k < n && k < i + 4 && toks[k].k === TokKind.Punct && /^[”’"')\]»]$/.test(toks[k].t)) k++;
    if (toks[k]?.k !== TokKind.Space) return;
    // the sentence ends when the token after the space opens a new one (a line break opens one anyway)
    const x = k + 1;
    const u = toks[x];
    if (!u || u.k === TokKind.Break) return;
    const c = u.t.charCodeAt(0);
    if ((u.k === TokKind.Word && u.cap) || u.k === TokKind.Digits || c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40) sentenceStart.push(x);
  };
  if (coversText(toks, text)) {
    const re = END_CHARS;
    re.lastIndex = 0;
    let last = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const i = tokenAt(toks, m.index, last < 0 ? 0 : last);
      if (i <= last) continue;
      last = i;
      visit(i);
      // a run of line breaks is one token: go on after it
      if (toks[i].k === TokKind.Break) re.lastIndex = toks[i].e;
    }
  } else for (let i = 0; i < n; i++) visit(i);
  return new SegmentIndex(n, sentenceStart, paragraphStart);
}

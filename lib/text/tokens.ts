// A flat token stream for the number and claim scanners: one hand-written forward pass (linear on
// any input). Every token is a run of digits, a
// run of letters (with combining marks), a run of horizontal space, a run of line breaks, or a
// single other character. Offsets are UTF-16 indices into the text; `text.slice(s, e)` is the token.

import { CC_LETTER_MARK, charClass, isSurrogate } from './charclass';
import { WordFilter } from './word-filter';

export const TokKind = { Digits: 1, Word: 2, Space: 3, Break: 4, Punct: 5 } as const;
export type TokKind = (typeof TokKind)[keyof typeof TokKind];

export interface Tok {
  s: number;
  e: number;
  k: TokKind;
  /** The token text (for words, as written). */
  t: string;
  /** Lower case of the token (words only; same as `t` otherwise). */
  l: string;
  /** Word starting with an upper-case letter. */
  cap: boolean;
}

const LETTER_Y = /[\p{L}\p{M}]/uy;
const SPACE_Y = /\s/uy;

/** Letter (or combining mark) at index p; the regex only for a surrogate pair. */
function letterAt(text: string, p: number, c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0 && c !== 0xaa && c !== 0xb5 && c !== 0xba) return false;
  if (!isSurrogate(c)) return (charClass(c) & CC_LETTER_MARK) !== 0;
  LETTER_Y.lastIndex = p;
  return LETTER_Y.test(text);
}

const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function isHSpace(text: string, p: number, c: number): boolean {
  if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007) return true;
  if (c < 0x80) return c === 11 || c === 12;
  if (isBreak(c)) return false;
  if (c !== 0x85 && c !== 0x1680 && !(c >= 0x2000 && c <= 0x200a) && c !== 0x205f && c !== 0x3000 && c !== 0xfeff) return false;
  SPACE_Y.lastIndex = p;
  return SPACE_Y.test(text);
}

/** Function words common in German prose and rare in English: evidence for German number style. */
const GERMAN_WORDS: ReadonlySet<string> = new Set(['der', 'die', 'das', 'und', 'nicht', 'mit', 'von', 'wurden', 'wurde', 'ist', 'sind', 'auf', 'für', 'dem', 'den', 'des', 'sich', 'auch', 'nach', 'bei', 'eine', 'einer', 'haben', 'hat', 'zu', 'im']);
let germanFilter: WordFilter | undefined;
/** Per (first letter's low five bits, length up to 6): whether a German function word has them;
 *  most words of a text are turned away here without reading their string. */
const GERMAN_START = /* @__PURE__ */ (() => {
  const t = new Uint8Array(32 * 8);
  for (const w of GERMAN_WORDS) t[((w.charCodeAt(0) & 31) << 3) | w.length] = 1;
  return t;
})();

/** A German function word (lower case): `der`, `und`, `wurde`... */
export function isGermanWord(l: string): boolean {
  germanFilter ??= new WordFilter(GERMAN_WORDS);
  return l.length <= 6 && germanFilter.mayHave(l) && GERMAN_WORDS.has(l);
}

/**
 * Counted while tokenising, for the number-style guess: words and German function words among
 * all tokens but the last two, and the index of every digit run.
 */
export interface TokStats {
  readonly length: number;
  readonly words: number;
  readonly germanWords: number;
  readonly digits: readonly number[];
  /** Indices of the word tokens holding a character at or above U+0300 (combining marks live there). */
  readonly wide: readonly number[];
}
const stats = new WeakMap<readonly Tok[], TokStats>();

/** The statistics of a token array exactly as tokenize() returned it (same length), if any. */
export function statsOf(toks: readonly Tok[]): TokStats | undefined {
  const st = stats.get(toks);
  return st && st.length === toks.length ? st : undefined;
}

let lowerText: string | undefined;
let lowerValue = '';

let sharedText: string | undefined;
let sharedToks: Tok[] = [];

/**
 * `tokenize(text)`, remembered for the last text: one analysis tokenises its text once and the
 * units, places and claims passes all read the same token array (do not modify it).
 */
export function tokensFor(text: string): readonly Tok[] {
  if (text !== sharedText) {
    // the last text's tokens are let go first: the collector need not copy them while these are made
    sharedToks = [];
    sharedText = undefined;
    sharedToks = tokenize(text);
    sharedText = text;
  }
  return sharedToks;
}

/** The `wide` list of TokStats for any token array (computed when the array is not tokenize()'s). */
export function wideWords(toks: readonly Tok[]): readonly number[] {
  const st = statsOf(toks);
  if (st) return st.wide;
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.k !== TokKind.Word) continue;
    for (let k = 0; k < t.t.length; k++)
      if (t.t.charCodeAt(k) >= 0x300) {
        out.push(i);
        break;
      }
  }
  return out;
}

/**
 * `text.toLowerCase()`, remembered for the last text: the extractors of one analysis lower-case
 * the same string, natively and once.
 */
export function lowerOf(text: string): string {
  if (text !== lowerText) {
    lowerValue = text.toLowerCase();
    lowerText = text;
  }
  return lowerValue;
}

/**
 * The lower case of the whole text when a slice of it is the lower case of the same slice of
 * `text`, else undefined. Lower-casing works character by character except for a final capital
 * sigma (which looks at its neighbours) and `İ` (which grows): texts with either keep per-word
 * lower-casing.
 */
export function alignedLower(text: string): string | undefined {
  const lowered = lowerOf(text);
  return lowered.length === text.length && text.indexOf('\u03a3') < 0 ? lowered : undefined;
}

// ASCII character classes for the dispatch at a token start (0 = other)
const C_DIGIT = 1;
const C_LOWER = 2;
const C_UPPER = 3;
const C_HSPACE = 4;
const C_BREAK = 5;
const ASCII_CLASS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) t[c] = C_DIGIT;
  for (let c = 97; c <= 122; c++) t[c] = C_LOWER;
  for (let c = 65; c <= 90; c++) t[c] = C_UPPER;
  t[32] = t[9] = t[11] = t[12] = C_HSPACE;
  t[10] = t[13] = C_BREAK;
  return t;
})();

// the text of the commonest line breaks
const BREAK_LF = '\n';
const BREAK_LFLF = '\n\n';

/**
 * One forward pass with charCodeAt (no regular expression per token except for non-ASCII
 * letters): each character is looked at once, so the cost is linear in the text. The common
 * ASCII cases are dispatched through a class table; a single space is one shared string.
 */
export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  const lowered = alignedLower(text);
  const digits: number[] = [];
  const wide: number[] = [];
  let words = 0;
  let germanWords = 0;
  germanFilter ??= new WordFilter(GERMAN_WORDS);
  const german = germanFilter;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    let q = p + 1;
    let k: TokKind;
    let lowerNeeded = false;
    const cls = c < 128 ? ASCII_CLASS[c] : 0;
    if (cls === C_DIGIT) {
      k = TokKind.Digits;
      digits.push(out.length);
      while (q < n) {
        const d = text.charCodeAt(q);
        if (d < 48 || d > 57) break;
        q++;
      }
    } else if (cls === C_LOWER || cls === C_UPPER || (cls === 0 && c >= 0x80 && letterAt(text, p, c))) {
      k = TokKind.Word;
      lowerNeeded = cls !== C_LOWER;
      let isWide = c >= 0x300;
      if (c >= 0xd800 && c <= 0xdbff && q < n) q++;
      while (q < n) {
        const d = text.charCodeAt(q);
        if (d >= 97 && d <= 122) {
          q++;
          continue;
        }
        if (d < 0x80 && !(d >= 65 && d <= 90)) break;
        if (d >= 0x80 && !letterAt(text, q, d)) break;
        lowerNeeded = true;
        if (d >= 0x300) isWide = true;
        q += d >= 0xd800 && d <= 0xdbff && q + 1 < n ? 2 : 1;
      }
      if (isWide) wide.push(out.length);
    } else if (cls === C_BREAK || (cls === 0 && isBreak(c))) {
      k = TokKind.Break;
      while (q < n && isBreak(text.charCodeAt(q))) q++;
      if (c === 10 && (q - p === 1 || (q - p === 2 && text.charCodeAt(p + 1) === 10))) {
        // one or two line feeds (most breaks): a shared string
        const t = q - p === 1 ? BREAK_LF : BREAK_LFLF;
        out.push({ s: p, e: q, k, t, l: t, cap: false });
        p = q;
        continue;
      }
    } else if (cls === C_HSPACE || (cls === 0 && c >= 0x80 && isHSpace(text, p, c))) {
      k = TokKind.Space;
      if (c === 32 && (q >= n || !isHSpace(text, q, text.charCodeAt(q)))) {
        out.push({ s: p, e: q, k, t: ' ', l: ' ', cap: false });
        p = q;
        continue;
      }
      while (q < n) {
        const d = text.charCodeAt(q);
        if (!isHSpace(text, q, d)) break;
        q++;
      }
    } else {
      k = TokKind.Punct;
      if (c >= 0xd800 && c <= 0xdbff && q < n) {
        const d = text.charCodeAt(q);
        if (d >= 0xdc00 && d <= 0xdfff) q++;
      }
    }
    const t = text.slice(p, q);
    let l = t;
    let cap = false;
    if (k === TokKind.Word) {
      if (lowerNeeded) {
        l = lowered !== undefined ? lowered.slice(p, q) : t.toLowerCase();
        // (a word is never empty: the first code units differ exactly when l !== t && t[0] !== l[0])
        cap = t.charCodeAt(0) !== l.charCodeAt(0);
      }
      words++;
      // (an ASCII letter's lower case is itself | 32; a word starting otherwise takes the full test)
      const wl = l.length;
      if (wl <= 6 && (c >= 0x80 || GERMAN_START[(((c | 32) & 31) << 3) | wl] === 1) && german.mayHave(l) && GERMAN_WORDS.has(l)) germanWords++;
    }
    out.push({ s: p, e: q, k, t, l, cap });
    p = q;
  }
  // the counts leave out the last two tokens
  for (let i = Math.max(0, out.length - 2); i < out.length; i++) {
    if (out[i].k !== TokKind.Word) continue;
    words--;
    if (isGermanWord(out[i].l)) germanWords--;
  }
  stats.set(out, { length: out.length, words, germanWords, digits, wide });
  return out;
}

/** A single space-like separator (space, no-break, narrow no-break, thin or figure space). */
export function isThinSpace(tok: Tok | undefined): boolean {
  if (!tok || tok.k !== TokKind.Space || tok.t.length !== 1) return false;
  const c = tok.t.charCodeAt(0);
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** Hyphen or dash used inside compounds and ranges. */
export function isDash(tok: Tok | undefined): boolean {
  if (!tok || tok.k !== TokKind.Punct) return false;
  const c = tok.t.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2212;
}

/** Hyphen proper (not an en or em dash). */
export function isHyphen(tok: Tok | undefined): boolean {
  if (!tok || tok.k !== TokKind.Punct) return false;
  const c = tok.t.charCodeAt(0);
  return c === 45 || c === 0x2010 || c === 0x2011;
}

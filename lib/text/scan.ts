// Word spans without a regular expression per word: a charCodeAt loop with an ASCII fast path
// (and Latin-1/Latin Extended letters answered by range), other BMP characters answered by the
// class table of lib/text/charclass.ts, and one sticky Unicode test only for surrogate pairs. The result is the same as matching
//   [\p{L}\p{N}]+(?:J[\p{L}\p{N}]+)*        (marks = false)
//   [\p{L}\p{M}\p{N}]+(?:J[\p{L}\p{M}\p{N}]+)*   (marks = true)
// globally, where J is a joiner character chosen by the caller; linear in the text (each
// character is examined at most twice).

import { CC_WORD, CC_WORD_MARK, charClass, isSurrogate } from './charclass';

const WORD_Y = /[\p{L}\p{N}]/uy;
const WORD_MARK_Y = /[\p{L}\p{M}\p{N}]/uy;

/**
 * Length (in UTF-16 units) of the word character at p, or 0 when there is none. `c` is
 * text.charCodeAt(p).
 */
function wordCharLen(text: string, p: number, c: number, marks: boolean): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0x2000 && c <= 0x206f) return 0; // general punctuation: dashes, quotes, spaces
  if (!isSurrogate(c)) return (charClass(c) & (marks ? CC_WORD_MARK : CC_WORD)) !== 0 ? 1 : 0;
  const re = marks ? WORD_MARK_Y : WORD_Y;
  re.lastIndex = p;
  if (!re.test(text)) return 0;
  return re.lastIndex - p;
}

/**
 * Start and end offsets of every word, as pairs in one flat array ([s0, e0, s1, e1, ...]).
 * `joiner(c)` says whether a character may join two word runs into one word (`al-Qassam`).
 */
export function wordSpans(text: string, marks: boolean, joiner: (c: number) => boolean): number[] {
  const out: number[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    const len = wordCharLen(text, p, c, marks);
    if (len === 0) {
      p++;
      continue;
    }
    const start = p;
    p = wordEnd(text, p + len, marks, joiner);
    out.push(start, p);
  }
  return out;
}

/** End of the word whose first character ends at `p`: the rest of its run, and runs joined to it. */
function wordEnd(text: string, p: number, marks: boolean, joiner: (c: number) => boolean): number {
  const n = text.length;
  for (;;) {
    // the rest of the run: ASCII letters and digits without a call
    while (p < n) {
      const d = text.charCodeAt(p);
      if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
        p++;
        continue;
      }
      if (d < 0x80) break;
      const l = wordCharLen(text, p, d, marks);
      if (l === 0) break;
      p += l;
    }
    // a joiner followed by a word character continues the word
    if (p + 1 < n && joiner(text.charCodeAt(p))) {
      const l = wordCharLen(text, p + 1, text.charCodeAt(p + 1), marks);
      if (l > 0) {
        p += 1 + l;
        continue;
      }
    }
    return p;
  }
}

/** The part of the token kinds that wordSpansOf needs (see lib/text/tokens.ts: Digits 1, Word 2, Punct 5). */
interface SpanTok {
  readonly s: number;
  readonly e: number;
  readonly k: number;
}
const K_DIGITS = 1;
const K_WORD = 2;
const K_PUNCT = 5;

/**
 * The same spans as `wordSpans(text, marks, joiner)` (and as `wordSpans(lower, ...)` for the
 * aligned lower case of the text), read from the token array of lib/text/tokens.ts instead of
 * the characters: digit runs and letter runs are whole tokens already, so most words cost one
 * step per token. `wide` lists the word tokens holding a character at or above U+0300; without
 * `marks` a combining mark ends a word, so from such a token on the characters are read one by
 * one until the next token boundary outside a word. Linear in the text.
 */
export function wordSpansOf(
  text: string,
  toks: readonly SpanTok[],
  marks: boolean,
  joiner: (c: number) => boolean,
  wide: readonly number[],
  /** When given, receives for each span the index of the token it starts with (-1: not known). */
  firstTok?: number[],
): number[] {
  const out: number[] = [];
  forEachWordOf(text, toks, marks, joiner, wide, (start, end, tok) => {
    out.push(start, end);
    firstTok?.push(tok);
  });
  return out;
}

/**
 * The spans of `wordSpansOf`, in text order, handed to `visit(start, end, firstTok)` as they are
 * found (no array of spans): `firstTok` is the index of the token the word starts with, or -1
 * when not known.
 */
export function forEachWordOf(
  text: string,
  toks: readonly SpanTok[],
  marks: boolean,
  joiner: (c: number) => boolean,
  wide: readonly number[],
  visit: (start: number, end: number, firstTok: number) => void,
): void {
  const n = text.length;
  const m = toks.length;
  let wi = 0;
  let start = -1; // start of the word being read, -1 outside a word
  let startTok = -1; // the token the word being read starts with
  let end = 0;
  let i = 0;
  while (i < m) {
    const t = toks[i];
    const k = t.k;
    if (!marks && k === K_WORD) {
      while (wi < wide.length && wide[wi] < i) wi++;
      if (wi < wide.length && wide[wi] === i) {
        // character by character from the word's start (or this token's), up to a token start
        // outside a word at or after this token's end
        const from = start >= 0 ? start : t.s;
        start = -1;
        let p = from;
        let ti = i;
        for (;;) {
          while (ti < m && toks[ti].e <= p) ti++;
          if (p >= t.e && (ti >= m || toks[ti].s === p)) break;
          if (p >= n) break;
          const len = wordCharLen(text, p, text.charCodeAt(p), marks);
          if (len === 0) {
            p++;
            continue;
          }
          const s0 = p;
          p = wordEnd(text, p + len, marks, joiner);
          visit(s0, p, -1);
        }
        i = ti;
        continue;
      }
    }
    let isWord: boolean;
    if (k === K_DIGITS || k === K_WORD) isWord = true;
    else if (k === K_PUNCT) {
      const c = text.charCodeAt(t.s);
      isWord = c >= 0x80 && wordCharLen(text, t.s, c, marks) === t.e - t.s;
    } else isWord = false;
    if (isWord) {
      if (start < 0 || t.s !== end) {
        if (start >= 0) visit(start, end, startTok);
        start = t.s;
        startTok = i;
      }
      end = t.e;
      i++;
      continue;
    }
    if (start >= 0) {
      // a joiner between two word characters continues the word
      if (t.s === end && t.e === t.s + 1 && t.e < n && joiner(text.charCodeAt(t.s)) && wordCharLen(text, t.e, text.charCodeAt(t.e), marks) > 0) {
        end = t.e;
        i++;
        continue;
      }
      visit(start, end, startTok);
      start = -1;
    }
    i++;
  }
  if (start >= 0) visit(start, end, startTok);
}

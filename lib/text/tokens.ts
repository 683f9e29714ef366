// A flat token stream for the number and claim scanners: one pass of one precompiled regular
// expression (no nested quantifiers, so linear on any input). Every token is a run of digits, a
// run of letters (with combining marks), a run of horizontal space, a run of line breaks, or a
// single other character. Offsets are UTF-16 indices into the text; `text.slice(s, e)` is the token.

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

const TOKEN_RE = /[0-9]+|[\p{L}\p{M}]+|[^\S\r\n\u2028\u2029]+|[\r\n\u2028\u2029]+|[^]/gu;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const t = m[0];
    const s = m.index;
    const c = t.charCodeAt(0);
    let k: TokKind;
    let l = t;
    let cap = false;
    if (c >= 97 && c <= 122) {
      k = TokKind.Word;
      l = t.toLowerCase();
    } else if (c >= 65 && c <= 90) {
      k = TokKind.Word;
      l = t.toLowerCase();
      cap = true;
    } else if (c >= 48 && c <= 57) k = TokKind.Digits;
    else if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007) k = TokKind.Space;
    else if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) k = TokKind.Break;
    else if (c < 0xc0) k = c === 11 || c === 12 || c === 0x85 ? TokKind.Space : TokKind.Punct;
    else if (LETTER_RE.test(t)) {
      k = TokKind.Word;
      l = t.toLowerCase();
      cap = l !== t && t[0] !== l[0];
    } else if (SPACE_RE.test(t)) k = TokKind.Space;
    else k = TokKind.Punct;
    out.push({ s, e: s + t.length, k, t, l, cap });
  }
  return out;
}

const LETTER_RE = /^[\p{L}\p{M}]/u;
const SPACE_RE = /^\s/;

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

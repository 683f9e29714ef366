// Unicode character classes of single BMP code units, answered from a table filled on first
// use: the tokenizer and the word scanner ask about every non-ASCII character, and a sticky
// Unicode regular expression per character cost more than the table lookup (most texts use a
// few dozen distinct non-ASCII characters). Surrogates (U+D800-U+DFFF) are not answered here:
// a pair is one code point outside the BMP, which callers test with a regular expression.

const KNOWN = 1;
/** \p{L} or \p{M} */
export const CC_LETTER_MARK = 2;
/** \p{L} or \p{N} */
export const CC_WORD = 4;
/** \p{L}, \p{M} or \p{N} */
export const CC_WORD_MARK = 8;

const L = /^\p{L}$/u;
const M = /^\p{M}$/u;
const N = /^\p{N}$/u;

let table: Uint8Array | undefined;

function compute(c: number): number {
  const s = String.fromCharCode(c);
  const l = L.test(s);
  const m = M.test(s);
  const n = N.test(s);
  return KNOWN | (l || m ? CC_LETTER_MARK : 0) | (l || n ? CC_WORD : 0) | (l || m || n ? CC_WORD_MARK : 0);
}

/**
 * The class bits (CC_*) of the code unit `c`, which must be a BMP code unit outside the
 * surrogate range (0 <= c < 0xd800 or 0xe000 <= c <= 0xffff).
 */
export function charClass(c: number): number {
  const t = (table ??= new Uint8Array(0x10000));
  let v = t[c];
  if (v === 0) {
    v = compute(c);
    t[c] = v;
  }
  return v;
}

/** Whether `c` is a surrogate code unit (half of a pair, or a lone one). */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

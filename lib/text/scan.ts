// Word spans without a regular expression per word: a charCodeAt loop with an ASCII fast path
// (and Latin-1/Latin Extended letters answered by range), falling back to one sticky Unicode
// test only for other non-ASCII characters. The result is the same as matching
//   [\p{L}\p{N}]+(?:J[\p{L}\p{N}]+)*        (marks = false)
//   [\p{L}\p{M}\p{N}]+(?:J[\p{L}\p{M}\p{N}]+)*   (marks = true)
// globally, where J is a joiner character chosen by the caller; linear in the text (each
// character is examined at most twice).

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
    p += len;
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
      break;
    }
    out.push(start, p);
  }
  return out;
}

// A cheap pre-check before a Map or Set lookup of a word: one bit per (length, first two letters),
// per (length, last two letters) and per (length, first and last letters) of the listed words.
// Most words of a text fail it with a few integer operations, so they are never hashed; a word
// that passes still needs the real lookup. (Letters are folded to their low six bits; lengths
// above 15 share one row.) The third table turns away common words that share their start with
// one listed word and their end with another (`said` against `sank` and `raid`).

const ROW = 64 * 64;

function headIndex(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(0) & 63)) * 64 + (w.charCodeAt(n > 1 ? 1 : 0) & 63);
}

function tailIndex(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(n - 1) & 63)) * 64 + (w.charCodeAt(n > 1 ? n - 2 : 0) & 63);
}

function endsIndex(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(0) & 63)) * 64 + (w.charCodeAt(n - 1) & 63);
}

export class WordFilter {
  private readonly head = new Uint32Array((16 * ROW) >> 5);
  private readonly tail = new Uint32Array((16 * ROW) >> 5);
  private readonly ends = new Uint32Array((16 * ROW) >> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const n = w.length;
      if (!n) continue;
      const h = headIndex(w, n);
      const t = tailIndex(w, n);
      const e = endsIndex(w, n);
      this.head[h >> 5] |= 1 << (h & 31);
      this.tail[t >> 5] |= 1 << (t & 31);
      this.ends[e >> 5] |= 1 << (e & 31);
    }
  }

  /** False when `w` is certainly not one of the words. */
  mayHave(w: string): boolean {
    const n = w.length;
    if (n === 0) return false;
    const h = headIndex(w, n);
    if ((this.head[h >> 5] & (1 << (h & 31))) === 0) return false;
    const t = tailIndex(w, n);
    if ((this.tail[t >> 5] & (1 << (t & 31))) === 0) return false;
    const e = endsIndex(w, n);
    return (this.ends[e >> 5] & (1 << (e & 31))) !== 0;
  }
}

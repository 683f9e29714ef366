// A cheap pre-check before a Map or Set lookup of a word: one bit per (length, first letter) and
// per (length, last letter) of the listed words. Most words of a text fail it with a few integer
// operations, so they are never hashed; a word that passes still needs the real lookup.

export class WordFilter {
  private readonly first = new Uint8Array(32 * 64);
  private readonly last = new Uint8Array(32 * 64);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (!w) continue;
      const len = w.length < 31 ? w.length : 31;
      this.first[len * 64 + (w.charCodeAt(0) & 63)] = 1;
      this.last[len * 64 + (w.charCodeAt(w.length - 1) & 63)] = 1;
    }
  }

  /** False when `w` is certainly not one of the words. */
  mayHave(w: string): boolean {
    const n = w.length;
    if (n === 0) return false;
    const len = n < 31 ? n : 31;
    return this.first[len * 64 + (w.charCodeAt(0) & 63)] === 1 && this.last[len * 64 + (w.charCodeAt(n - 1) & 63)] === 1;
  }
}

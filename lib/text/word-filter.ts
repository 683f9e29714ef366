// A cheap pre-check before a Map or Set lookup of a word: one bit per (length, first two letters)
// and per (length, last two letters) of the listed words. Most words of a text fail it with a few
// integer operations, so they are never hashed; a word that passes still needs the real lookup.
// (Letters are folded to their low six bits; lengths above 15 share one row.)

const ROW = 64 * 64;

function headIndex(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(0) & 63)) * 64 + (w.charCodeAt(n > 1 ? 1 : 0) & 63);
}

function tailIndex(w: string, n: number): number {
  const len = n < 15 ? n : 15;
  return (len * 64 + (w.charCodeAt(n - 1) & 63)) * 64 + (w.charCodeAt(n > 1 ? n - 2 : 0) & 63);
}

export class WordFilter {
  private readonly head = new Uint32Array((16 * ROW) >> 5);
  private readonly tail = new Uint32Array((16 * ROW) >> 5);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const n = w.length;
      if (!n) continue;
      const h = headIndex(w, n);
      const t = tailIndex(w, n);
      this.head[h >> 5] |= 1 << (h & 31);
      this.tail[t >> 5] |= 1 << (t & 31);
    }
  }

  /** False when `w` is certainly not one of the words. */
  mayHave(w: string): boolean {
    const n = w.length;
    if (n === 0) return false;
    const h = headIndex(w, n);
    if ((this.head[h >> 5] & (1 << (h & 31))) === 0) return false;
    const t = tailIndex(w, n);
    return (this.tail[t >> 5] & (1 << (t & 31))) !== 0;
  }
}

/** FNV-1a over the UTF-16 code units of `w`. */
function wordHash(w: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h | 0;
}

/**
 * A fixed string-keyed table for words looked up once per token: `get` hashes the word's code
 * units itself and compares strings only when the full 32-bit hashes agree, so the many words of
 * a text that are not listed cost one short loop and one probe, and are never hashed by a Map.
 */
export class WordTable<V> {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: V[] = [];
  private readonly mask: number;

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 8;
    while (size < list.length * 4) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.hashes = new Int32Array(size);
    for (const [k, v] of list) {
      const h = wordHash(k);
      let s = h & this.mask;
      let known = false;
      while (this.slots[s] >= 0) {
        if (this.hashes[s] === h && this.keys[this.slots[s]] === k) {
          // a repeated key keeps its last value, as a Map does
          this.values[this.slots[s]] = v;
          known = true;
          break;
        }
        s = (s + 1) & this.mask;
      }
      if (known) continue;
      this.slots[s] = this.keys.length;
      this.hashes[s] = h;
      this.keys.push(k);
      this.values.push(v);
    }
  }

  /** The value of word `w`, or undefined when it is not listed. */
  get(w: string): V | undefined {
    const h = wordHash(w);
    const mask = this.mask;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s];
      if (k < 0) return undefined;
      if (this.hashes[s] === h && this.keys[k] === w) return this.values[k];
    }
  }
}

// Distinct words as written, kept flat: a hash of a spelling's code units finds its slot in one
// typed array (the hash, where its code units lie in a shared pool of code units, the length, and
// a small integer tag), so telling a spelling seen before costs no object and no string. The
// place pass keeps in the tag what it asks first of every capitalised word, and with a record
// made on first need (the word's gazetteer form, its German readings) the rest: capitalised words
// recur from sentence to sentence and from text to text. Tags and records are exact functions of
// the spelling; the table is bounded, and cleared only between texts (`reserve`), so that a slot
// stays one spelling's while a text is read.

/**
 * One spelling: the word as written and in lower case; `data` is the user's.
 */
export class WordRecord<D> {
  readonly lower: string;
  data: D | undefined = undefined;
  constructor(readonly text: string) {
    this.lower = text.toLowerCase();
  }
}

const SLOTS = 1 << 16;
/** Spellings kept at most (half the slots: short probe runs). */
const LIMIT = SLOTS >> 1;
/** Code units kept at most. */
const POOL_LIMIT = 1 << 20;
/** Ints per slot: hash, pool offset + 1 (0 for an empty slot), length, tag. */
const STRIDE = 4;

export class WordTable<D> {
  private readonly slots = new Int32Array(SLOTS * STRIDE);
  private pool = new Uint16Array(1 << 14);
  private used = 0;
  private count = 0;
  private records: (WordRecord<D> | undefined)[] = new Array<WordRecord<D> | undefined>(SLOTS);

  /**
   * Makes room for the spellings of a text of `n` code units, clearing the table if it is
   * fuller than that leaves room for (slots found before are not valid after a call).
   */
  reserve(n: number): void {
    if (this.count + Math.min(n, LIMIT >> 2) > LIMIT || this.used + Math.min(n, POOL_LIMIT >> 2) > POOL_LIMIT) {
      this.slots.fill(0);
      this.records = new Array<WordRecord<D> | undefined>(SLOTS);
      this.count = 0;
      this.used = 0;
    }
  }

  /** The slot of the spelling `s.slice(start, end)` (not empty), or -1 when the table is full. */
  find(s: string, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    const n = end - start;
    const slots = this.slots;
    const mask = SLOTS - 1;
    let at = h & mask;
    for (let off = slots[at * STRIDE + 1]; off !== 0; off = slots[at * STRIDE + 1]) {
      const b = at * STRIDE;
      if (slots[b] === h && slots[b + 2] === n && this.same(off - 1, s, start, n)) return at;
      at = (at + 1) & mask;
    }
    if (this.count >= LIMIT || this.used + n > POOL_LIMIT) return -1;
    if (this.used + n > this.pool.length) {
      const grown = new Uint16Array(Math.max(2 * this.pool.length, this.used + n));
      grown.set(this.pool.subarray(0, this.used));
      this.pool = grown;
    }
    const pool = this.pool;
    const off = this.used;
    for (let k = 0; k < n; k++) pool[off + k] = s.charCodeAt(start + k);
    this.used += n;
    this.count++;
    const b = at * STRIDE;
    slots[b] = h;
    slots[b + 1] = off + 1;
    slots[b + 2] = n;
    slots[b + 3] = 0;
    return at;
  }

  private same(off: number, s: string, start: number, n: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < n; k++) if (pool[off + k] !== s.charCodeAt(start + k)) return false;
    return true;
  }

  /** The tag of a slot (0 until set). */
  tag(slot: number): number {
    return this.slots[slot * STRIDE + 3];
  }

  setTag(slot: number, tag: number): void {
    this.slots[slot * STRIDE + 3] = tag;
  }

  /** The record of a slot, made on first need from the spelling `text` (the slot's). */
  record(slot: number, text: string): WordRecord<D> {
    let r = this.records[slot];
    if (r === undefined) this.records[slot] = r = new WordRecord<D>(text);
    return r;
  }
}

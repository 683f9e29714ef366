// Distinct words as written, each made into strings once: a hash of a word's code units, read
// straight from the text, finds the one record of that spelling (no string is sliced or hashed
// by the engine for a word seen before). The place pass keeps with each record what it asks of
// every occurrence (the word's gazetteer form, its German readings): capitalised words recur
// from sentence to sentence and from text to text. The records are exact functions of the
// spelling; the table is bounded and cleared when full, like the other caches of the engine.

/**
 * One spelling: the word as written and in lower case; `data`, and a small integer `tag` valid
 * for `tagOwner` (read without another object: most words need only that), are the user's.
 */
export class WordRecord<D> {
  readonly lower: string;
  data: D | undefined;
  tag = 0;
  tagOwner: unknown = undefined;
  constructor(
    readonly text: string,
    readonly hash: number,
  ) {
    this.lower = text.toLowerCase();
  }
}

const SLOTS = 1 << 16;
/** Records kept before the table is cleared (half the slots: short probe runs). */
const LIMIT = SLOTS >> 1;

export class WordTable<D> {
  /** Record index + 1 per slot, 0 for an empty slot (open addressing, linear probing). */
  private readonly slots = new Int32Array(SLOTS);
  private records: WordRecord<D>[] = [];

  /** The record of the spelling `text.slice(start, end)` (not empty). */
  at(text: string, start: number, end: number): WordRecord<D> {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    const n = end - start;
    const mask = SLOTS - 1;
    let at = h & mask;
    for (let v = this.slots[at]; v !== 0; v = this.slots[at]) {
      const r = this.records[v - 1];
      if (r.hash === h && r.text.length === n && sameUnits(r.text, text, start, n)) return r;
      at = (at + 1) & mask;
    }
    if (this.records.length >= LIMIT) {
      this.slots.fill(0);
      this.records = [];
      at = h & mask;
    }
    const r = new WordRecord<D>(text.slice(start, end), h);
    this.records.push(r);
    this.slots[at] = this.records.length;
    return r;
  }
}

function sameUnits(a: string, text: string, start: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (a.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

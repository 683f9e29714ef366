// The compact candidate index both stores share: index key (record.ts claimKeys) → postings of
// (source, claim), in typed arrays rather than one object per posting.
//
// A source gets an ordinal when it is added (a replaced source gets a new one; the old ordinal is
// marked dead), so ordinals follow ingest order and each key's postings, appended in ordinal
// order, read newest first from the end. A posting is one float64: ordinal × CLAIM_SLOTS + claim.
// Dead postings are skipped and dropped by a compaction once they are many.
// The whole index is a plain object of arrays (snapshot / fromSnapshot), so IndexedDB can keep
// it as one record and a fresh service worker loads it in one read.
// Pure: no DOM, no extension API.

import { claimKeys, type SourceRecord } from '../claims/record';

/** Claims per source a posting can address (2^20: far more than any article has). */
const CLAIM_SLOTS = 1 << 20;

interface List {
  data: Float64Array;
  len: number;
}

/** What the index keeps of itself in storage (structured-cloneable). */
export interface PostingSnapshot {
  /** Ordinal → source id ('' for a dead ordinal). */
  ids: string[];
  /** Ordinal → how many claims the source has (-1: dead). */
  claims: Int32Array;
  keys: string[];
  /** Postings of keys[i] are postings[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  postings: Float64Array;
}

/** One source's claims under the looked-up keys, in the order they were met. */
export interface Hit {
  ord: number;
  id: string;
  claims: number[];
}

export class PostingIndex {
  private ids: string[] = [];
  private claimCounts = new Int32Array(64);
  private ordOf = new Map<string, number>();
  private lists = new Map<string, List>();
  private dead = 0;
  private postingTotal = 0;
  private claimTotal = 0;

  /** Alive sources. */
  get sources(): number {
    return this.ordOf.size;
  }

  /** Claims of the alive sources (linkable or not). */
  get claims(): number {
    return this.claimTotal;
  }

  has(id: string): boolean {
    return this.ordOf.has(id);
  }

  /** The ordinal of an alive source, or -1. */
  ordinal(id: string): number {
    return this.ordOf.get(id) ?? -1;
  }

  /** Every alive source id, oldest first. */
  aliveIds(): string[] {
    const out: string[] = [];
    for (let o = 0; o < this.ids.length; o++) if (this.claimCounts[o] >= 0 && this.ids[o]) out.push(this.ids[o]);
    return out;
  }

  /** Adds a source as the newest (replacing the one with its id, if any); returns its ordinal. */
  add(rec: SourceRecord): number {
    this.remove(rec.id);
    const ord = this.ids.length;
    this.ids.push(rec.id);
    if (ord >= this.claimCounts.length) {
      const next = new Int32Array(this.claimCounts.length * 2);
      next.set(this.claimCounts);
      this.claimCounts = next;
    }
    this.claimCounts[ord] = rec.claims.length;
    this.ordOf.set(rec.id, ord);
    this.claimTotal += rec.claims.length;
    for (let i = 0; i < rec.claims.length; i++) {
      const keys = claimKeys(rec, i);
      for (let k = 0; k < keys.length; k++) {
        if (keys.indexOf(keys[k]) !== k) continue;
        this.push(keys[k], ord * CLAIM_SLOTS + i);
      }
    }
    return ord;
  }

  private push(key: string, posting: number): void {
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = { data: new Float64Array(4), len: 0 }));
    if (list.len === list.data.length) {
      const next = new Float64Array(list.data.length * 2);
      next.set(list.data);
      list.data = next;
    }
    list.data[list.len++] = posting;
    this.postingTotal++;
  }

  /** Marks a source dead (its postings are skipped from now on); its old ordinal, or -1 when
   *  it was not there. */
  remove(id: string): number {
    const ord = this.ordOf.get(id);
    if (ord === undefined) return -1;
    this.ordOf.delete(id);
    this.claimTotal -= Math.max(0, this.claimCounts[ord]);
    this.claimCounts[ord] = -1;
    this.ids[ord] = '';
    this.dead++;
    if (this.dead > 1024 && this.dead * 2 > this.ids.length) this.compact();
    return ord;
  }

  /** Drops the postings of dead sources (ordinals stay as they are). */
  private compact(): void {
    let total = 0;
    for (const [key, list] of this.lists) {
      let w = 0;
      for (let r = 0; r < list.len; r++) {
        const p = list.data[r];
        if (this.claimCounts[Math.floor(p / CLAIM_SLOTS)] >= 0) list.data[w++] = p;
      }
      if (!w) this.lists.delete(key);
      else {
        list.len = w;
        if (list.data.length > 4 * w) list.data = list.data.slice(0, Math.max(4, w));
        total += w;
      }
    }
    this.postingTotal = total;
    this.dead = 0;
  }

  /** Key by key, each key's postings newest first, skipping dead sources and claims already met,
   *  until `limit` claims; grouped by source in the order first met. */
  lookup(keys: readonly string[], limit = Infinity): Hit[] {
    const bySource = new Map<number, Hit>();
    const seen = new Set<number>();
    let n = 0;
    for (const k of new Set(keys)) {
      if (n >= limit) break;
      const list = this.lists.get(k);
      if (!list) continue;
      const data = list.data;
      for (let x = list.len - 1; x >= 0 && n < limit; x--) {
        const p = data[x];
        const ord = Math.floor(p / CLAIM_SLOTS);
        if (this.claimCounts[ord] < 0 || seen.has(p)) continue;
        seen.add(p);
        n++;
        const hit = bySource.get(ord);
        if (hit) hit.claims.push(p - ord * CLAIM_SLOTS);
        else bySource.set(ord, { ord, id: this.ids[ord], claims: [p - ord * CLAIM_SLOTS] });
      }
    }
    return [...bySource.values()];
  }

  clear(): void {
    this.ids = [];
    this.claimCounts = new Int32Array(64);
    this.ordOf.clear();
    this.lists.clear();
    this.dead = 0;
    this.postingTotal = 0;
    this.claimTotal = 0;
  }

  /** The index as one structured-cloneable object (dead postings dropped). */
  snapshot(): PostingSnapshot {
    if (this.dead) this.compact();
    const keys = [...this.lists.keys()];
    const offsets = new Int32Array(keys.length + 1);
    const postings = new Float64Array(this.postingTotal);
    let at = 0;
    keys.forEach((k, i) => {
      const list = this.lists.get(k)!;
      postings.set(list.data.subarray(0, list.len), at);
      at += list.len;
      offsets[i + 1] = at;
    });
    return { ids: [...this.ids], claims: this.claimCounts.slice(0, this.ids.length), keys, offsets, postings };
  }

  /** An index from a snapshot; null when the snapshot is not well formed (then rebuild it). */
  static fromSnapshot(s: unknown): PostingIndex | null {
    const v = s as Partial<PostingSnapshot> | null;
    if (!v || !Array.isArray(v.ids) || !(v.claims instanceof Int32Array) || !Array.isArray(v.keys) || !(v.offsets instanceof Int32Array) || !(v.postings instanceof Float64Array)) return null;
    if (v.claims.length !== v.ids.length || v.offsets.length !== v.keys.length + 1 || v.offsets[v.keys.length] !== v.postings.length) return null;
    const index = new PostingIndex();
    index.ids = [...v.ids];
    index.claimCounts = new Int32Array(Math.max(64, v.ids.length * 2));
    index.claimCounts.set(v.claims);
    for (let o = 0; o < v.ids.length; o++) {
      const c = v.claims[o];
      if (c < 0 || !v.ids[o]) continue;
      index.ordOf.set(v.ids[o], o);
      index.claimTotal += c;
    }
    const postings = v.postings;
    for (let i = 0; i < v.keys.length; i++) {
      const from = v.offsets[i];
      const to = v.offsets[i + 1];
      if (to < from) return null;
      index.lists.set(v.keys[i], { data: postings.slice(from, to), len: to - from });
    }
    index.postingTotal = postings.length;
    for (let o = 0; o < v.ids.length; o++) if (v.claims[o] < 0) index.dead++;
    return index;
  }
}

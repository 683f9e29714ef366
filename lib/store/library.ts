// The claim library: one interface, three stores (memory here, file.ts for the CLI, idb.ts for
// the extension background). A source is upserted by id: a revisit or an edit of the same page
// or file replaces its record and its index entries, never duplicates them.

import type { Claim } from '../model';
import type { Candidate, CandidateIndex } from '../claims/linker';
import { claimKeys, type SourceRecord } from '../claims/record';
import { exportJsonl, importJsonl, type ImportReport } from './jsonl';

export type { SourceRecord } from '../claims/record';
export type { ImportReport } from './jsonl';

/** The current schema version of stored records and exports (see migrations in jsonl.ts / idb.ts). */
export const SCHEMA_VERSION = 2;

export interface LibraryCount {
  sources: number;
  claims: number;
}

export interface Library extends CandidateIndex {
  /** Insert or replace the source with this id; true when it replaced an existing one. */
  put(source: SourceRecord): Promise<boolean>;
  get(id: string): Promise<SourceRecord | undefined>;
  delete(id: string): Promise<boolean>;
  list(): Promise<SourceRecord[]>;
  /** Claims indexed under any of these keys (record.ts), grouped by source; at most `limit`
   *  claims (newest first where the store keeps ingest order). */
  candidates(keys: string[], limit?: number): Promise<Candidate[]>;
  count(): Promise<LibraryCount>;
  clear(): Promise<void>;
  /** The whole library as JSON Lines (a header line, then one source per line). */
  exportJsonl(): Promise<string>;
  /** Adds (upserts) every valid line; bad lines are reported with their line number. */
  importJsonl(text: string): Promise<ImportReport>;
}

interface Entry {
  record: SourceRecord;
  alive: boolean;
}

interface Bucket {
  /** Postings in ingest order (newest last); removed sources are skipped and compacted lazily. */
  postings: { entry: Entry; claim: number }[];
  dead: number;
}

/** An in-memory library with an exact-key inverted index (key → postings of source and claim),
 *  read newest first so a huge library answers with its most recent reports. */
export class MemoryLibrary implements Library {
  private sources = new Map<string, Entry>();
  private index = new Map<string, Bucket>();
  private claimTotal = 0;

  async put(source: SourceRecord): Promise<boolean> {
    return this.putSync(source);
  }

  /** Synchronous put (bulk loading from a file, benchmarks). */
  putSync(source: SourceRecord): boolean {
    const existed = this.removeSync(source.id);
    const entry: Entry = { record: source, alive: true };
    this.sources.set(source.id, entry);
    this.claimTotal += source.claims.length;
    for (let i = 0; i < source.claims.length; i++) {
      for (const k of claimKeys(source, i)) {
        let bucket = this.index.get(k);
        if (!bucket) this.index.set(k, (bucket = { postings: [], dead: 0 }));
        bucket.postings.push({ entry, claim: i });
      }
    }
    return existed;
  }

  private removeSync(id: string): boolean {
    const old = this.sources.get(id);
    if (!old) return false;
    old.alive = false;
    for (let i = 0; i < old.record.claims.length; i++)
      for (const k of claimKeys(old.record, i)) {
        const bucket = this.index.get(k);
        if (!bucket) continue;
        if (++bucket.dead * 2 > bucket.postings.length) {
          bucket.postings = bucket.postings.filter((p) => p.entry.alive);
          bucket.dead = 0;
          if (!bucket.postings.length) this.index.delete(k);
        }
      }
    this.sources.delete(id);
    this.claimTotal -= old.record.claims.length;
    return true;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    return this.sources.get(id)?.record;
  }

  async delete(id: string): Promise<boolean> {
    return this.removeSync(id);
  }

  async list(): Promise<SourceRecord[]> {
    return [...this.sources.values()].map((e) => e.record);
  }

  async candidates(keys: string[], limit?: number): Promise<Candidate[]> {
    return this.candidatesSync(keys, limit);
  }

  /** Claims under any of the keys, newest sources first, at most `limit` claims. */
  candidatesSync(keys: string[], limit = Infinity): Candidate[] {
    const bySource = new Map<Entry, number[]>();
    const seen = new Set<Claim>();
    let n = 0;
    for (const k of new Set(keys)) {
      const bucket = this.index.get(k);
      if (!bucket) continue;
      const ps = bucket.postings;
      for (let x = ps.length - 1; x >= 0 && n < limit; x--) {
        const p = ps[x];
        if (!p.entry.alive) continue;
        const c = p.entry.record.claims[p.claim];
        if (seen.has(c)) continue;
        seen.add(c);
        n++;
        const list = bySource.get(p.entry);
        if (list) list.push(p.claim);
        else bySource.set(p.entry, [p.claim]);
      }
    }
    const out: Candidate[] = [];
    for (const [entry, claims] of bySource) out.push({ source: entry.record, claims });
    return out;
  }

  async count(): Promise<LibraryCount> {
    return { sources: this.sources.size, claims: this.claimTotal };
  }

  async clear(): Promise<void> {
    this.sources.clear();
    this.index.clear();
    this.claimTotal = 0;
  }

  async exportJsonl(): Promise<string> {
    return exportJsonl([...this.sources.values()].map((e) => e.record));
  }

  async importJsonl(text: string): Promise<ImportReport> {
    const report = importJsonl(text);
    for (const r of report.records) this.putSync(r);
    return report;
  }
}

export function createMemoryLibrary(): MemoryLibrary {
  return new MemoryLibrary();
}

// The claim library: one interface, three stores (memory here, file.ts for the CLI, idb.ts for
// the extension background). A source is upserted by id: a revisit or an edit of the same page
// or file replaces its record and its index entries, never duplicates them.

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
  /** Claims indexed under any of these keys (record.ts), grouped by source. */
  candidates(keys: string[]): Promise<Candidate[]>;
  count(): Promise<LibraryCount>;
  clear(): Promise<void>;
  /** The whole library as JSON Lines (a header line, then one source per line). */
  exportJsonl(): Promise<string>;
  /** Adds (upserts) every valid line; bad lines are reported with their line number. */
  importJsonl(text: string): Promise<ImportReport>;
}

/** An in-memory library with an exact-key inverted index (key → source id → claim indices). */
export class MemoryLibrary implements Library {
  private sources = new Map<string, SourceRecord>();
  private index = new Map<string, Map<string, number[]>>();
  private claimTotal = 0;

  async put(source: SourceRecord): Promise<boolean> {
    return this.putSync(source);
  }

  /** Synchronous put (bulk loading from a file, benchmarks). */
  putSync(source: SourceRecord): boolean {
    const existed = this.removeSync(source.id);
    this.sources.set(source.id, source);
    this.claimTotal += source.claims.length;
    for (let i = 0; i < source.claims.length; i++) {
      for (const k of claimKeys(source, i)) {
        let bucket = this.index.get(k);
        if (!bucket) this.index.set(k, (bucket = new Map()));
        const list = bucket.get(source.id);
        if (list) {
          if (list[list.length - 1] !== i) list.push(i);
        } else bucket.set(source.id, [i]);
      }
    }
    return existed;
  }

  private removeSync(id: string): boolean {
    const old = this.sources.get(id);
    if (!old) return false;
    for (let i = 0; i < old.claims.length; i++)
      for (const k of claimKeys(old, i)) {
        const bucket = this.index.get(k);
        if (!bucket) continue;
        bucket.delete(id);
        if (!bucket.size) this.index.delete(k);
      }
    this.sources.delete(id);
    this.claimTotal -= old.claims.length;
    return true;
  }

  async get(id: string): Promise<SourceRecord | undefined> {
    return this.sources.get(id);
  }

  async delete(id: string): Promise<boolean> {
    return this.removeSync(id);
  }

  async list(): Promise<SourceRecord[]> {
    return [...this.sources.values()];
  }

  async candidates(keys: string[]): Promise<Candidate[]> {
    return this.candidatesSync(keys);
  }

  candidatesSync(keys: string[]): Candidate[] {
    const bySource = new Map<string, Set<number>>();
    for (const k of new Set(keys)) {
      const bucket = this.index.get(k);
      if (!bucket) continue;
      for (const [id, claims] of bucket) {
        let s = bySource.get(id);
        if (!s) bySource.set(id, (s = new Set()));
        for (const c of claims) s.add(c);
      }
    }
    const out: Candidate[] = [];
    for (const [id, s] of bySource) {
      const source = this.sources.get(id);
      if (source) out.push({ source, claims: [...s].sort((a, b) => a - b) });
    }
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
    return exportJsonl(this.sources.values());
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
